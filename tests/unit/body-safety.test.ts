import { describe, expect, it } from 'vitest';
import { checkBody } from '../../src/lib/markdown/body-safety';

describe('checkBody', () => {
  it.each([
    // plain Markdown, lists, links of every allowed kind
    ['Testo **forte**, [sito](https://example.org), [mail](mailto:a@b.it), [pagina](/servizi/) e [tel](tel:+39021234).'],
    // the three registered blocks, with literal attributes
    [':::callout{tipo="nota"}\nTesto.\n:::'],
    [':::citazione{autore="Nome" ruolo="ruolo"}\nParole.\n:::'],
    [':::figura[Didascalia]\n![Descrizione](media/foto.jpg)\n:::'],
    // an image uploaded with the entry
    ['![Descrizione](./media/foto.jpg)'],
    // braces inside code are fine
    ['Scrivi `{nome}` nel modulo.'],
    // a colon word is text, not a block
    ['Ore 14:30, nota:bene.'],
  ])('returns no violation for %j', (body) => {
    expect(checkBody(body)).toEqual([]);
  });

  it.each([
    // ESM and expressions: inert in Markdown, but refused so content stays data
    ['import x from "y"', /import\/export/],
    ['export const a = 1', /import\/export/],
    ['Il segreto è {process.env.SECRET}.', /Curly braces/],
    // unknown components and blocks
    ['<Callout>ciao</Callout>', /Unknown component <Callout>/],
    [':::video{src="x"}\nx\n:::', /Unknown content block "video"/],
    ['::figura', /Unknown content block "figura"/],
    // raw HTML that can run or load code
    ['<script>alert(1)</script>', /<script> element/],
    ['<iframe src="https://example.org"></iframe>', /<iframe> element/],
    ['<object data="x"></object>', /<object> element/],
    ['<style>body{}</style>', /<style> element/],
    ['<img src="x" onerror="alert(1)">', /event attribute/],
    ['<b>grassetto</b>', /Raw HTML/],
    // dangerous URLs, including obfuscated schemes
    ['[x](javascript:alert(1))', /javascript: address/],
    ['[x](JaVaScRiPt:alert(1))', /javascript: address/],
    ['[x](data:text/html,<script>)', /data: address/],
    ['[x][ref]\n\n[ref]: vbscript:msgbox', /vbscript: address/],
    // blocks with bad attributes or content
    [':::callout{tipo="altro"}\nx\n:::', /expected one of: nota, importante, suggerimento/],
    [':::callout{tipo="nota" onclick="x"}\nx\n:::', /no attribute "onclick"/],
    [':::callout\nx\n:::', /needs the attribute tipo/],
    [':::figura[Senza immagine]\nSolo testo.\n:::', /exactly one image, found 0/],
    // images from elsewhere: a privacy leak and not optimisable
    ['![x](https://example.org/x.jpg)', /must be files uploaded with the entry/],
    ['![](media/x.jpg)', /no alternative text/],
  ])('returns a violation for %j', (body, message) => {
    const violations = checkBody(body);
    expect(violations.map((v) => v.message).join('\n')).toMatch(message);
    expect(violations.every((v) => v.fix.length > 0)).toBe(true);
  });

  it('returns the line of each violation within the body', () => {
    const violations = checkBody('Riga uno.\n\nRiga tre <script>x</script>.\n\n[a](javascript:x)');
    expect(violations.map((v) => v.line)).toEqual([3, 5]);
  });

  it('returns a violation for images where the collection has none', () => {
    expect(checkBody('![x](media/x.jpg)', { imagesAllowed: false })[0]?.message).toMatch(/cannot contain images/);
  });
});
