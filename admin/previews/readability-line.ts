import { createElement, Fragment, type ReactNode } from 'react';
import { t } from '../../src/i18n/t';
import { hardestIdea, ideasOf } from '../../src/lib/easy-read';
import { textBlocks } from '../../src/lib/markdown/plain-text';
import { readability, readabilityTargets, type Readability, type ReadabilityTarget } from '../../src/lib/readability';
import { h } from './dom';

/** What the line reports: the text's measure, the target of its collection and, for ideas, the hardest one. */
export interface ReadabilityReport {
  measured: Readability;
  target: ReadabilityTarget;
  /** 0-based position of the hardest idea of an easy-to-read text. */
  hardestIdea?: number | undefined;
}

const number = new Intl.NumberFormat('it-IT', { maximumFractionDigits: 1 });

/** A Markdown body, measured as the content check measures it. */
export function bodyReport(body: string | undefined): ReadabilityReport {
  return { measured: readability(textBlocks(body ?? '')), target: readabilityTargets.prose };
}

/** The ideas of an easy-to-read text, together, as the content check measures them. */
export function ideasReport(ideas: unknown): ReadabilityReport {
  const all = ideasOf({ ideas });
  return { measured: readability(all.flatMap((idea) => idea.lines)), target: readabilityTargets.easyRead, hardestIdea: hardestIdea(all)?.n };
}

/**
 * One plain line on how easy the text is to read: the Gulpease index and what it means, with the
 * house's thresholds, and the longest sentence. Pure, so the wording is tested without a browser.
 *
 * @example
 * readabilityMessage({ measured: readability('…'), target: readabilityTargets.prose })
 * // → 'Indice Gulpease 64: facile per chi ha fatto la scuola media (da 60 in su), ma non per chi ha fatto solo la elementare (sotto 80). Frase più lunga: 22 parole.'
 */
export function readabilityMessage({ measured, target, hardestIdea }: ReadabilityReport): string {
  if (measured.words === 0) return t('cms.readability.empty');
  const easy = readabilityTargets.easyRead.minGulpease;
  const prose = readabilityTargets.prose.minGulpease;
  const index = number.format(measured.gulpease);
  const level =
    measured.gulpease >= easy
      ? t('cms.readability.easy', { index, easy })
      : measured.gulpease >= prose
        ? t('cms.readability.middle', { index, prose, easy })
        : t('cms.readability.hard', { index, prose });
  const below = measured.gulpease < target.minGulpease;
  const longest = measured.longest.words;
  return [
    level,
    below ? t('cms.readability.belowTarget', { min: target.minGulpease }) : undefined,
    below && hardestIdea !== undefined ? t('cms.readability.idea', { n: hardestIdea + 1 }) : undefined,
    longest === 1 ? t('cms.readability.longest.one') : t('cms.readability.longest', { words: longest }),
    longest > target.maxSentenceWords ? t('cms.readability.tooLong', { max: target.maxSentenceWords }) : undefined,
  ]
    .filter(Boolean)
    .join(' ');
}

/**
 * The preview with the readability line above its article. Decap renders the preview again on
 * every change, so the line follows the editor's typing. The line is the editor's, not the
 * page's: `data-readability-line` keeps it out of the comparison with the built page.
 */
export function withReadabilityLine(report: ReadabilityReport, article: ReactNode): ReactNode {
  const below =
    report.measured.words > 0 && (report.measured.gulpease < report.target.minGulpease || report.measured.longest.words > report.target.maxSentenceWords);
  return createElement(
    Fragment,
    null,
    h('p', { className: `readability-line${below ? ' readability-line--below' : ''}`, 'data-readability-line': '' }, readabilityMessage(report)),
    article,
  );
}
