import { describe, expect, it } from 'vitest';
import { hardestIdea, ideaLines, ideasOf } from '../../src/lib/easy-read';

describe('ideaLines', () => {
  it.each([
    // one sentence per line, trimmed
    ['Una rete è un gruppo.\n  Lavora insieme.  ', ['Una rete è un gruppo.', 'Lavora insieme.']],
    // blank lines and Windows line ends do not make empty paragraphs
    ['Prima.\r\n\r\nDopo.', ['Prima.', 'Dopo.']],
    ['', []],
  ])('returns the lines of %j', (testo, expected) => {
    expect(ideaLines(testo)).toEqual(expected);
  });
});

describe('ideasOf', () => {
  it.each([
    // each idea's lines, with its position
    [
      { ideas: [{ testo: 'Uno.\nDue.' }, { testo: 'Tre.' }] },
      [
        { n: 0, lines: ['Uno.', 'Due.'] },
        { n: 1, lines: ['Tre.'] },
      ],
    ],
    // an idea without text keeps the others' positions
    [{ ideas: [{ immagine: {} }, { testo: 'Tre.' }] }, [{ n: 1, lines: ['Tre.'] }]],
    // no list: nothing to measure
    [{ ideas: 'niente' }, []],
    [null, []],
  ])('returns the ideas of %j', (data, expected) => {
    expect(ideasOf(data)).toEqual(expected);
  });
});

describe('hardestIdea', () => {
  it('returns the idea with the lowest Gulpease index', () => {
    const ideas = [
      { n: 0, lines: ['La rete lavora.'] },
      { n: 1, lines: ['L’implementazione sistematica di metodologie organizzative.'] },
      { n: 2, lines: [] },
    ];
    expect(hardestIdea(ideas)?.n).toBe(1);
  });

  it('returns undefined when no idea has words', () => {
    expect(hardestIdea([{ n: 0, lines: [] }])).toBeUndefined();
  });
});
