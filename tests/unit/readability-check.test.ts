import { describe, expect, it } from 'vitest';
import { readabilityProblems, type ReadableEntry } from '../../src/lib/content-check/readability-check';
import { readabilityTargets } from '../../src/lib/readability';

const long =
  'Una frase con tante parole che continua ancora e poi ancora per molte righe finché non supera di sicuro il numero di parole che una frase chiara dovrebbe avere.';
const hard =
  'L’implementazione sistematica di metodologie organizzative particolarmente articolate determina un’intensificazione considerevole della complessità procedurale.';

const entry = (collection: string, body: string, data: unknown = {}): ReadableEntry => ({
  collection,
  file: `content/${collection}/voce`,
  body,
  bodyLine: 6,
  data,
  lineOf: (path) => 10 + Number(path[1] ?? 0),
});
const ideas = (...texts: string[]) => ({ ideas: texts.map((testo) => ({ testo })) });
const summary = (entry: ReadableEntry) => readabilityProblems(entry).map((p) => [p.severity, p.field, p.line, p.message.split(':')[0]]);

describe('readabilityProblems', () => {
  it.each([
    // plain prose: nothing to say
    [entry('stories', '\nUna frase breve. Poi un’altra.'), []],
    // no words at all: nothing to measure
    [entry('pages', ''), []],
    // a long sentence: a warning on its line (body line 3, file line 8)
    [entry('news', '\nUna frase breve.\n' + long), [['warning', 'body', 8, `A sentence has 29 words, more than ${readabilityTargets.prose.maxSentenceWords}`]]],
    // hard words: a warning on the first line of text
    [entry('pages', `\n\n${hard}`), [['warning', 'body', 8, 'The text has a Gulpease index of 0.5, below 60']]],
    // a guide is MDX: its components are read as a reader reads them
    [entry('guides', 'Hai <Fact id="x" /> per chiedere.<Cite id="x" />'), []],
    // collections without prose are not measured
    [entry('services', long), []],
    [entry('members', hard), []],
    // easy-to-read ideas: an error on the idea with the long sentence
    [
      entry('facile', '', ideas('Una frase.', 'Una frase breve.\nUna frase che ha proprio troppe parole per un testo facile da leggere per tutti noi.')),
      [['error', 'ideas[1].testo', 11, `A sentence of idea 2 has 16 words, more than ${readabilityTargets.easyRead.maxSentenceWords}`]],
    ],
    // easy-to-read ideas too hard together: an error on the hardest idea
    [
      entry('facile', '', ideas('Una frase.', hard, 'Una frase.')),
      [
        [
          'error',
          'ideas[1].testo',
          11,
          'The ideas have a Gulpease index of 47.2, below 80, the least an easy-to-read text may have. The hardest is idea 2 (0.5); its longest sentence',
        ],
      ],
    ],
    // an idea of one plain sentence is fine, even if it would score below 80 alone
    [entry('facile', '', ideas('Una cooperativa sociale lavora per le persone e per la comunità.', 'Sono imprese.', 'Danno lavoro.')), []],
    // malformed ideas are the schema's to report
    [entry('facile', '', { ideas: 'niente' }), []],
  ])('returns the problems of %#', (measured, expected) => {
    expect(summary(measured)).toEqual(expected);
  });

  it('quotes the sentence to shorten, with the index', () => {
    expect(readabilityProblems(entry('stories', long)).map((p) => p.message)).toEqual([
      `The text has a Gulpease index of 54.2, below 60: it is hard to read for people with middle schooling. Its longest sentence has 29 words: «${long}».`,
      `A sentence has 29 words, more than 25: «${long}».`,
    ]);
  });
});
