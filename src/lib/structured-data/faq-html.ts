import { htmlToText } from '../html-text';
import type { FaqFacts } from './faq';

/**
 * The questions and answers of a rendered guide FAQ (src/components/guide/Question.astro), as
 * text: the FAQPage then says exactly what the page shows, figures from the rules included,
 * without the source citations printed after a sentence.
 *
 * @example
 * faqItemsFromHtml('<div data-faq-item><h3 data-faq-question>Quanto dura?</h3><div data-faq-answer><p>12 mesi.</p></div></div>')
 * // → [{ question: 'Quanto dura?', answer: '12 mesi.' }]
 */
export function faqItemsFromHtml(html: string): FaqFacts[] {
  return html
    .split(/<div[^>]*\sdata-faq-item[\s>]/)
    .slice(1)
    .map((item) => {
      const question = /<h3[^>]*data-faq-question[^>]*>([\s\S]*?)<\/h3>/.exec(item)?.[1] ?? '';
      const answerStart = item.search(/<div[^>]*data-faq-answer[^>]*>/);
      // Source citations are apparatus beside the answer, not the answer (RuleSource marks them).
      const answer =
        answerStart < 0
          ? ''
          : item
              .slice(answerStart)
              .replace(/^<div[^>]*>/, '')
              .replace(/<span[^>]*data-readability-skip[^>]*>[\s\S]*?<\/span>/g, '');
      return { question: htmlToText(question), answer: htmlToText(answer) };
    })
    .filter((item) => item.question && item.answer);
}
