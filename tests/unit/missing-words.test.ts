import { describe, expect, it } from 'vitest';
import { missingWords } from '../../src/lib/content-check/missing-words';

describe('missingWords', () => {
  it('returns the paths of words the Italian has and the translation lacks', () => {
    expect(missingWords({ title: 'Storia', cover: { src: 'x.png', alt: 'Onde' } }, { title: 'Story' }, ['title', 'cover.alt'])).toEqual(['cover.alt']);
  });
  it('returns nothing where the Italian has no words either', () => {
    expect(missingWords({ title: 'Storia' }, { title: 'Story' }, ['title', 'cover.alt', 'faq[].question'])).toEqual([]);
  });
  it('returns a list item by position when the items have no key', () => {
    const italian = {
      faq: [
        { question: 'Chi?', answer: 'Noi.' },
        { question: 'Dove?', answer: 'Qui.' },
      ],
    };
    expect(missingWords(italian, { faq: [{ question: 'Who?', answer: 'Us.' }, { question: 'Where?' }] }, ['faq[].question', 'faq[].answer'])).toEqual([
      'faq[1].answer',
    ]);
  });
  it('returns a list item by its key when the items have one, whatever their order', () => {
    const italian = {
      facts: [
        { id: 'a', claim: 'Uno' },
        { id: 'b', claim: 'Due' },
      ],
    };
    expect(missingWords(italian, { facts: [{ id: 'b', claim: 'Two' }] }, ['facts[].claim'])).toEqual(['facts[a].claim']);
  });
  it('returns a list of words the translation left out', () => {
    expect(missingWords({ event: { programme: ['Saluti'] } }, { event: {} }, ['event.programme'])).toEqual(['event.programme']);
  });
});
