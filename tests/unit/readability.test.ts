import { describe, expect, it } from 'vitest';
import { readability, readabilityTargets, sentencesOf, sentencesOver } from '../../src/lib/readability';

describe('sentencesOf', () => {
  it.each([
    ['Una frase. Un’altra frase.', ['Una frase.', 'Un’altra frase.']],
    // abbreviations before numbers and lowercase words do not end a sentence
    ['Hai 60 giorni (L. 68/99 art. 9 c. 1). Poi corre la sanzione.', ['Hai 60 giorni (L. 68/99 art. 9 c. 1).', 'Poi corre la sanzione.']],
    ['Lo prevede il D.Lgs. 276/2003. La DGR n. 2460 lo attua.', ['Lo prevede il D.Lgs. 276/2003.', 'La DGR n. 2460 lo attua.']],
    // a capital after an abbreviation that ends a word is not a new sentence
    ['La L. Fornero non c’entra.', ['La L. Fornero non c’entra.']],
    // a lone capital letter is a word, not an abbreviation
    ['È una cooperativa di tipo B. Questo lavoro si chiama commessa.', ['È una cooperativa di tipo B.', 'Questo lavoro si chiama commessa.']],
    // question and exclamation marks, quotes
    ['Chi conta? Tutti! «Anche io.» Sì.', ['Chi conta?', 'Tutti!', '«Anche io.»', 'Sì.']],
    // a block without a final stop is one sentence
    ['Le regole e le fonti', ['Le regole e le fonti']],
    ['   ', []],
  ])('returns the sentences of %j', (text, expected) => {
    expect(sentencesOf(text)).toEqual(expected);
  });
});

describe('readability', () => {
  it('returns the Gulpease index from sentences, letters and words', () => {
    // 2 sentences, 11 words, 53 letters: 89 + (600 − 530) / 11 = 95.36…
    expect(readability(['La cooperativa assume la persona.', 'Il contratto dura almeno 12 mesi.'])).toEqual({
      gulpease: 95.4,
      words: 11,
      sentences: 2,
      letters: 53,
      longest: { words: 6, text: 'Il contratto dura almeno 12 mesi.' },
    });
  });

  it('returns a lower index for long words in long sentences', () => {
    const hard = readability(
      'L’inclusione lavorativa delle persone con disabilità richiede una strategia integrata che coinvolga cooperative, aziende e consulenti nella costruzione di percorsi personalizzati.',
    );
    expect(hard.gulpease).toBeLessThan(50);
    expect(hard.longest.words).toBe(21);
  });

  it('counts a word joined by an apostrophe or a hyphen once', () => {
    expect(readability('L’azienda usa l’art. 12-bis.').words).toBe(4);
  });

  it('returns zero for a text with no words', () => {
    expect(readability('').gulpease).toBe(0);
  });
});

describe('sentencesOver', () => {
  it.each([
    // only the sentences over the limit, with their word counts
    [['Una frase corta. Una frase con troppe parole per questo limite.'], 5, [{ text: 'Una frase con troppe parole per questo limite.', words: 8 }]],
    // a block ends a sentence: two short lines are two short sentences
    [['Una riga corta', 'Un’altra riga corta'], 3, []],
    // exactly at the limit is allowed
    ['Uno due tre quattro cinque.', 5, []],
  ])('returns the sentences of %j over %i words', (blocks, max, expected) => {
    expect(sentencesOver(blocks, max)).toEqual(expected);
  });
});

describe('readabilityTargets', () => {
  it('returns a stricter target for easy-to-read texts than for prose', () => {
    expect(readabilityTargets.easyRead.minGulpease).toBeGreaterThan(readabilityTargets.prose.minGulpease);
    expect(readabilityTargets.easyRead.maxSentenceWords).toBeLessThan(readabilityTargets.prose.maxSentenceWords);
  });
});
