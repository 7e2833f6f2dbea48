import { reservedIds } from '../urls';
import type { CheckedEntry } from './entries';
import type { ContentProblem } from './problem';

/**
 * Rules about the network as a whole, which no single entry can check: an id a page of the site
 * already takes, and more than one capofila.
 */
export function networkRules(entries: readonly CheckedEntry[]): ContentProblem[] {
  const taken = entries
    .filter((entry) => reservedIds[entry.collection]?.includes(entry.id))
    .map((entry) => ({
      severity: 'error' as const,
      file: entry.file,
      message: `The id "${entry.id}" is taken by a page of the site, so this entry would have no page of its own.`,
      fix: 'Rename the file.',
    }));
  const leads = entries.filter((entry) => entry.collection === 'members' && entry.data['role'] === 'capofila');
  if (leads.length > 1) {
    return [
      ...taken,
      ...leads.slice(1).map((entry) => ({
        severity: 'error' as const,
        file: entry.file,
        field: 'role',
        message: `Only one member can be capofila; ${leads[0]?.file} already is.`,
        fix: 'Set role to membro.',
      })),
    ];
  }
  return taken;
}
