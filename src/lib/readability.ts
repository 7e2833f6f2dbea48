/**
 * How hard a text is to read, measured the way Italian plain-language guidance measures it: the
 * Gulpease index and the longest sentence. The content check, the CMS preview and the tests all
 * call these functions, so an editor, a build and a test never disagree on a score.
 *
 * Gulpease = 89 + (300 × sentences − 10 × letters) / words. Below 80 a text is hard for readers
 * with primary schooling, below 60 for middle school; easy-to-read texts aim at 80 and more.
 */

export interface Readability {
  /** The Gulpease index, rounded to one decimal; 0 for a text with no words. */
  gulpease: number;
  words: number;
  sentences: number;
  letters: number;
  /** The sentence with the most words, and how many. */
  longest: { words: number; text: string };
}

/**
 * Abbreviations the site writes before a number or a lowercase word («art. 14», «L. 68/99»,
 * «D.Lgs. 276/2003», «n. 193»): their full stop never ends a sentence. A lone capital is not one:
 * «cooperativa di tipo B.» ends a sentence.
 */
const abbreviation = /\b(?:art|artt|c|n|lett|L|D|Lgs|DL|DM|DPR|DGR|ecc|es|pag|p|S|Dott|Sig|Sigg)\.$/;

/**
 * Splits one block of text (a paragraph, a list item, a heading) into sentences. A sentence ends
 * at . ! ? or … followed by a space and a capital letter, a quote or a bracket, or at the end of
 * the block; a full stop after an abbreviation or before a number or a lowercase word does not
 * end one.
 *
 * @example
 * sentencesOf('Hai 60 giorni (L. 68/99 art. 9 c. 1). Poi corre la sanzione.') // → ['Hai 60 giorni (L. 68/99 art. 9 c. 1).', 'Poi corre la sanzione.']
 */
export function sentencesOf(block: string): string[] {
  const text = block.replace(/\s+/g, ' ').trim();
  if (!text) return [];
  const sentences: string[] = [];
  let start = 0;
  const boundary = /[.!?…]+[»”")\]]*(?=\s+[«"“(\p{Lu}])/gu;
  for (const match of text.matchAll(boundary)) {
    const end = (match.index ?? 0) + match[0].length;
    const before = text.slice(start, end);
    if (match[0] === '.' && abbreviation.test(before)) continue;
    sentences.push(before.trim());
    start = end;
  }
  const rest = text.slice(start).trim();
  if (rest) sentences.push(rest);
  return sentences.filter((sentence) => wordsOf(sentence).length > 0);
}

/** Words: runs of letters and digits, apostrophes and inner hyphens included («l’azienda», «12-bis»). */
function wordsOf(text: string): string[] {
  return text.match(/[\p{L}\p{N}]+(?:[’'\-./][\p{L}\p{N}]+)*/gu) ?? [];
}

/**
 * The Gulpease index and the longest sentence of a text given as blocks (paragraphs, list items,
 * headings…): a block always ends a sentence, as a heading or a list item ends a thought.
 *
 * @example
 * readability(['La cooperativa assume la persona.', 'Il contratto dura almeno 12 mesi.']).gulpease // → 95.4
 */
export function readability(blocks: string | readonly string[]): Readability {
  const sentences = (typeof blocks === 'string' ? [blocks] : blocks).flatMap(sentencesOf);
  let words = 0;
  let letters = 0;
  let longest = { words: 0, text: '' };
  for (const sentence of sentences) {
    const inSentence = wordsOf(sentence);
    words += inSentence.length;
    letters += inSentence.join('').match(/\p{L}/gu)?.length ?? 0;
    if (inSentence.length > longest.words) longest = { words: inSentence.length, text: sentence };
  }
  const gulpease = words === 0 ? 0 : Math.round((89 + (300 * sentences.length - 10 * letters) / words) * 10) / 10;
  return { gulpease, words, sentences: sentences.length, letters, longest };
}

/** What a text must reach: the lowest Gulpease index and the most words in one sentence. */
export interface ReadabilityTarget {
  minGulpease: number;
  maxSentenceWords: number;
}

/**
 * The house's two targets. Prose (stories, news, pages, guides) is written for readers with middle
 * schooling, in sentences under 25 words (Designers Italia). Easy-to-read texts follow Inclusion
 * Europe's «Information for all»: readers with primary schooling, 15 words at most. The content
 * check, the CMS hints and the preview read these numbers; nothing types them again.
 */
export const readabilityTargets = {
  prose: { minGulpease: 60, maxSentenceWords: 25 },
  easyRead: { minGulpease: 80, maxSentenceWords: 15 },
} as const satisfies Record<string, ReadabilityTarget>;

/**
 * The sentences of a text with more words than allowed, in reading order, with their word counts.
 *
 * @example
 * sentencesOver(['Una frase corta. Una frase con troppe parole per questo limite.'], 5) // → [{ text: 'Una frase con troppe parole per questo limite.', words: 8 }]
 */
export function sentencesOver(blocks: string | readonly string[], maxWords: number): { text: string; words: number }[] {
  return (typeof blocks === 'string' ? [blocks] : blocks)
    .flatMap(sentencesOf)
    .map((text) => ({ text, words: wordsOf(text).length }))
    .filter((sentence) => sentence.words > maxWords);
}
