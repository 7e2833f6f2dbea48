import type { Rules } from '../../schemas/rules';
import { legalFacts } from '../l68/facts';
import type { GuideIdUseInFile } from './body-problems';
import type { CheckedEntry } from './entries';
import type { ContentProblem } from './problem';

/** What a guide may name: the ids in force today, read from the entries the checker parsed. */
export interface GuideVocabulary {
  facts: ReadonlySet<string>;
  unknowns: ReadonlySet<string>;
  terms: ReadonlySet<string>;
}

/**
 * The ids guides may name: the facts and open questions of the rules version in force on `today`
 * (the one the site will show), and the glossary's terms. A rules file with errors is reported
 * on its own; here it contributes nothing.
 */
export function guideVocabulary(entries: readonly CheckedEntry[], today: Date): GuideVocabulary | string {
  const versions = entries
    .filter((entry) => entry.collection === 'rules')
    // The schema's own output: a valid entry's data is a Rules.
    .map((entry) => entry.data as unknown as Rules)
    .filter((rules) => rules.validFrom.getTime() <= today.getTime())
    .sort((a, b) => b.validFrom.getTime() - a.validFrom.getTime());
  const current = versions[0];
  let facts: ReadonlySet<string> = new Set();
  if (current) {
    try {
      facts = new Set(legalFacts(current).keys());
    } catch (error) {
      return (error as Error).message;
    }
  }
  return {
    facts,
    unknowns: new Set(current?.unknowns.map((unknown) => unknown.id) ?? []),
    terms: new Set(entries.filter((entry) => entry.collection === 'glossary').map((entry) => entry.id)),
  };
}

const whereDefined = { fact: 'the facts of content/rules/', unknown: 'the unknowns of content/rules/', term: 'content/glossary/' } as const;

/** Every id a guide names that does not exist, with the guide's line. */
export function unknownGuideIds(uses: readonly GuideIdUseInFile[], vocabulary: GuideVocabulary): ContentProblem[] {
  const known = { fact: vocabulary.facts, unknown: vocabulary.unknowns, term: vocabulary.terms };
  return uses
    .filter((use) => !known[use.refersTo].has(use.id))
    .map((use) => ({
      severity: 'error' as const,
      file: use.file,
      line: use.bodyLine + use.line - 1,
      field: 'body',
      message: `<${use.component} id="${use.id}" /> names nothing in ${whereDefined[use.refersTo]}. Expected one of: ${[...known[use.refersTo]].sort().join(', ') || '(none yet)'}.`,
      fix: `Correct the id, or add it to ${whereDefined[use.refersTo]}.`,
    }));
}
