import { describe, expect, it } from 'vitest';
import { textBlocks } from '../../src/lib/markdown/plain-text';

describe('textBlocks', () => {
  it.each([
    // paragraphs: lines joined, a blank line ends the block
    ['Una frase\nsu due righe.\n\nUn altro paragrafo.', ['Una frase su due righe.', 'Un altro paragrafo.']],
    // headings and list items are blocks of their own, continuation lines join their item
    ['## Il titolo ##\nIl testo.\n- Primo\n  che continua\n1. Secondo', ['Il titolo', 'Il testo.', 'Primo che continua', 'Secondo']],
    // quotes read as their text
    ['> Una frase citata\n> su due righe.', ['Una frase citata su due righe.']],
    // inline markup: the words only; images and their alt text are not read
    ['Un **grassetto**, un _corsivo_, un [collegamento](/contatti/) e `codice`. ![Alt](media/x.jpg)', ['Un grassetto, un corsivo, un collegamento e codice.']],
    // a word with an inner underscore keeps it
    ['nome_file resta intero.', ['nome_file resta intero.']],
    // content blocks: their text is read, their attributes are not; a figure's caption is a block
    [
      ':::callout{tipo="nota"}\nUn riquadro.\n:::\n\n:::citazione{autore="Persona Esempio" ruolo="presidente"}\nParole citate.\n:::\n\n:::figura[Una didascalia]\n![Alt](media/x.jpg)\n:::',
      ['Un riquadro.', 'Parole citate.', 'Una didascalia'],
    ],
    // table cells are blocks, the separator row is not
    ['| Voce | Valore |\n| --- | --- |\n| Base | 15 |', ['Voce', 'Valore', 'Base', '15']],
    // code and thematic breaks are not text
    ['Prima.\n\n```\nconst x = 1;\n```\n\n---\n\nDopo.', ['Prima.', 'Dopo.']],
    ['', []],
  ])('returns the blocks of Markdown %j', (source, expected) => {
    expect(textBlocks(source)).toEqual(expected);
  });

  it.each([
    // a figure from the rules or the network's counts is one short word; a citation is not read
    ['Hai <Fact id="hiringRequestDays" /> per chiedere.<Cite id="hiringRequestDays" />', ['Hai 1 per chiedere.']],
    ['Vale <Since id="esoneroPerDay" />, con <Network figure="cooperatives" /> cooperative.', ['Vale 1, con 1 cooperative.']],
    // a glossary term keeps its words
    ['Una <Term id="commessa">commessa</Term> affidata.', ['Una commessa affidata.']],
    // a box keeps its text; lists and notices drawn from the rules are not the author's text
    ['<Callout tipo="importante">\nUn avviso.\n</Callout>\n\n<FactList id="x" />\n\n<Unknown id="y" />', ['Un avviso.']],
    // a question is a heading of its own, then its answer
    ['<Faq>\n<Question domanda="Chi conta?">\nConta chi lavora.\n</Question>\n</Faq>', ['Chi conta?', 'Conta chi lavora.']],
    // tables and steps written by components are looked up, not read through
    ['<RulesSummary />\n\n<Acts />\n\n<Art14Steps />\n\nFine.', ['Fine.']],
    // attributes over several lines
    ['Dura <Fact\n  id="conventionMaxYears"\n/>.', ['Dura 1.']],
  ])('returns the blocks of MDX %j, guide components read as a reader reads them', (source, expected) => {
    expect(textBlocks(source, { mdx: true })).toEqual(expected);
  });
});
