import { markdownToHtml } from 'satteri';
import { describe, expect, it } from 'vitest';
import { markdownFeatures } from '../../src/lib/markdown/features';
import { renderContentBlocks } from '../../src/lib/markdown/render-blocks';

const render = (markdown: string) => markdownToHtml(markdown, { features: markdownFeatures, mdastPlugins: [renderContentBlocks] }).html.replace(/\n/g, '');

describe('renderContentBlocks', () => {
  it('returns a callout as a note with its label', () => {
    expect(render(':::callout{tipo="importante"}\nTesto **forte**.\n:::')).toBe(
      '<div class="callout callout--importante" role="note"><p class="callout__label"><strong>Importante</strong></p><p>Testo <strong>forte</strong>.</p></div>',
    );
  });

  it('returns a quote as a figure with blockquote and attribution', () => {
    expect(render(':::citazione{autore="Sara Valorsa" ruolo="presidente"}\nParole.\n:::')).toBe(
      '<figure class="quote"><blockquote><p>Parole.</p></blockquote><figcaption><strong>Sara Valorsa</strong>, presidente</figcaption></figure>',
    );
  });

  it('returns a figure with its image and caption', () => {
    expect(render(':::figura[Una *didascalia*]\n![Descrizione](media/foto.jpg)\n:::')).toBe(
      '<figure class="figure"><img src="media/foto.jpg" alt="Descrizione"><figcaption>Una <em>didascalia</em></figcaption></figure>',
    );
  });

  it('returns raw HTML and unknown blocks dropped, never rendered', () => {
    expect(render('Prima <script>alert(1)</script> dopo')).not.toMatch(/<script/);
    expect(render(':::ignoto\nx\n:::')).toBe('');
  });

  it('returns a stray :word as the text it was', () => {
    expect(render('nota:bene')).toBe('<p>nota:bene</p>');
    expect(render('vedi :abbr[HTML]')).toBe('<p>vedi :abbr[HTML]</p>');
  });
});
