import { describe, expect, it } from 'vitest';
import { mainTextBlocks } from '../../scripts/lib/page-text';
import { decodeEntities, escapedLength, htmlToText } from '../../src/lib/html-text';
import { faqItemsFromHtml } from '../../src/lib/structured-data/faq-html';

describe('decodeEntities', () => {
  it('returns the characters Astro escapes', () => {
    expect(decodeEntities('L&#39;azienda &amp; la &quot;cooperativa&quot; &lt;3 &#x27;x&#x27;')).toBe("L'azienda & la \"cooperativa\" <3 'x'");
  });
});

describe('escapedLength', () => {
  it.each([
    // an apostrophe is written &#39;, four characters more
    ["Che cos'è", 13],
    // the typographic apostrophe is not escaped
    ['Che cos’è', 9],
    ['A & B <C> "D"', 33],
  ])('returns the length of %j as written in HTML', (text, expected) => {
    expect(escapedLength(text)).toBe(expected);
  });
});

describe('htmlToText', () => {
  it('returns the text as a reader says it: no tags, spaces between blocks, none before punctuation', () => {
    expect(htmlToText('<p>Quanto <strong>dura</strong>?</p><p>Almeno <span data-fact="x">12 mesi</span> .</p>')).toBe('Quanto dura? Almeno 12 mesi.');
  });
});

describe('faqItemsFromHtml', () => {
  it('returns each question with its answer, figures included', () => {
    const html = [
      '<div class="faq__item" data-faq-item><h3 class="faq__question" data-faq-question>Quanto dura?</h3>',
      '<div class="faq__answer" data-faq-answer><p>Almeno <span data-fact="a">12 mesi</span>.</p><p>Si rinnova.</p></div></div>',
      '<div class="faq__item" data-faq-item><h3 data-faq-question>L&#39;obbligo?</h3><div data-faq-answer><p>Sì.</p></div></div>',
    ].join('');
    expect(faqItemsFromHtml(html)).toEqual([
      { question: 'Quanto dura?', answer: 'Almeno 12 mesi. Si rinnova.' },
      { question: "L'obbligo?", answer: 'Sì.' },
    ]);
  });
  it('returns an answer without the source citations printed after its sentences', () => {
    const html =
      '<div data-faq-item><h3 data-faq-question>Chi ti assume?</h3><div data-faq-answer><p>La cooperativa. <span class="rule-source" data-readability-skip>Fonte: <a href="https://x.org">D.Lgs. 276/2003</a>; affidabilità: alta.</span> Non l’azienda.</p></div></div>';
    expect(faqItemsFromHtml(html)).toEqual([{ question: 'Chi ti assume?', answer: 'La cooperativa. Non l’azienda.' }]);
  });
  it('returns nothing for HTML without questions', () => {
    expect(faqItemsFromHtml('<p>Testo.</p>')).toEqual([]);
  });
});

describe('mainTextBlocks', () => {
  it('returns the blocks of the main content, without chrome, citations and what search ignores', () => {
    const html = `<body><nav><p>Menu</p></nav><main>
      <h1>Titolo</h1>
      <p>Una frase. <span data-readability-skip>Fonte: x.</span></p>
      <ol><li><h3>Passo uno</h3><p>Fai così.</p></li></ol>
      <nav><ul><li>Briciole</li></ul></nav>
      <div data-pagefind-ignore><p>Avviso ripetuto.</p></div>
      <table data-readability-skip><tr><td>15</td></tr></table>
    </main></body>`;
    expect(mainTextBlocks(html)).toEqual(['Titolo', 'Una frase.', 'Passo uno', 'Fai così.']);
  });
});
