import type { CollectionDefinition, CollectionName } from '../../schemas';
import { guideSections } from '../../schemas/guide';
import { translatedPaths, type TranslatedCollection } from '../../schemas/translation';
import { missingWords } from './missing-words';
import { specialPageUrls } from '../urls';
import type { EntryFile, ReadEntry } from './entries';
import type { ContentProblem } from './problem';

/**
 * Entries that English pages cannot do without: the pages with routes of their own (contacts,
 * privacy), the sections' guides, the site's settings and every version of the rules. Without
 * their translation an English page would show Italian words, so the build stops instead.
 */
const requiredTranslations: Partial<Record<TranslatedCollection, readonly string[] | 'every entry'>> = {
  pages: Object.keys(specialPageUrls),
  guides: guideSections,
  settings: 'every entry',
  rules: 'every entry',
};

/**
 * A translation must translate something: an Italian entry with the same id, which its
 * `translationOf` names too (the CMS names the file after that field). Keyed lists of the rules
 * (facts by id, acts by name) must name items that the Italian version has.
 */
export function translationProblems(
  entries: readonly ReadEntry[],
  files: readonly EntryFile[],
  definitions: Record<CollectionName, CollectionDefinition>,
): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const file of files) {
    if (!ids.has(file.collection)) ids.set(file.collection, new Set());
    ids.get(file.collection)?.add(file.id);
  }
  const raws = new Map(entries.map((entry) => [`${entry.collection}/${entry.id}`, entry.raw]));
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const italian = definitions[entry.collection].translates;
    if (!italian) continue;
    const italianIds = ids.get(italian) ?? new Set<string>();
    const data = (entry.raw ?? {}) as Record<string, unknown>;
    if (!italianIds.has(entry.id)) {
      problems.push({
        severity: 'error',
        file: entry.file,
        message: `This translation has no Italian entry "${entry.id}" in ${definitions[italian].folder}. Expected one of: ${[...italianIds].sort().join(', ') || '(none yet)'}.`,
        fix: 'Name the file after the Italian entry it translates, or remove it.',
      });
      continue;
    }
    if ('translationOf' in data && data['translationOf'] !== entry.id) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: entry.lineOf(['translationOf']),
        field: 'translationOf',
        message: `The translation says it translates "${String(data['translationOf'])}", but its file is named after "${entry.id}".`,
        fix: `Set translationOf to ${entry.id}, or rename the file.`,
      });
    }
    const source = raws.get(`${italian}/${entry.id}`) as Record<string, unknown> | undefined;
    for (const path of missingWords(source, data, translatedPaths[italian].fields)) {
      problems.push({
        severity: 'error',
        file: entry.file,
        field: path,
        message: `The Italian entry has words here that the translation lacks: the English page would show them in Italian.`,
        fix: `Translate ${path} of ${definitions[italian].folder}/${entry.id}.`,
      });
    }
    for (const [list, key] of [
      ['facts', 'id'],
      ['unknowns', 'id'],
      ['acts', 'name'],
    ] as const) {
      const known = new Set(((source?.[list] as Record<string, unknown>[] | undefined) ?? []).map((item) => item[key]));
      ((data[list] as Record<string, unknown>[] | undefined) ?? []).forEach((item, index) => {
        if (!known.has(item[key])) {
          problems.push({
            severity: 'error',
            file: entry.file,
            line: entry.lineOf([list, index, key]),
            field: `${list}[${index}].${key}`,
            message: `The Italian version has no ${list} item "${String(item[key])}" to translate.`,
            fix: `Use the ${key} of an item of ${list} in ${definitions[italian].folder}/${entry.id}.yaml.`,
          });
        }
      });
    }
  }
  problems.push(...missingTranslations(files, definitions));
  return problems;
}

/** The Italian entries of requiredTranslations that have no translation file. */
function missingTranslations(files: readonly EntryFile[], definitions: Record<CollectionName, CollectionDefinition>): ContentProblem[] {
  const present = new Set(files.map((file) => `${file.collection}/${file.id}`));
  return files.flatMap((file) => {
    const required = requiredTranslations[file.collection as TranslatedCollection];
    if (!required || (required !== 'every entry' && !required.includes(file.id))) return [];
    const english = `${file.collection}En` as CollectionName;
    if (present.has(`${english}/${file.id}`)) return [];
    const { folder } = definitions[english];
    return [
      {
        severity: 'error' as const,
        file: file.file,
        message: `The English edition needs this entry in English: a page of /en/ is made from it, and would otherwise show Italian words.`,
        fix: `Add its translation in ${folder}/, named after "${file.id}".`,
      },
    ];
  });
}
