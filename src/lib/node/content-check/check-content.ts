import { readFileSync } from 'node:fs';
import { posix, relative, sep } from 'node:path';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../../../schemas';
import { bodyProblems, type GuideIdUseInFile } from '../../content-check/body-problems';
import { readabilityProblems } from '../../content-check/readability-check';
import type { CheckedEntry, ContentReport, EntryFile, ReadEntry } from '../../content-check/entries';
import { freshnessProblems } from '../../content-check/freshness';
import { guideVocabulary, unknownGuideIds } from '../../content-check/guide-references';
import { networkRules } from '../../content-check/network-rules';
import { fieldPath, type ContentProblem } from '../../content-check/problem';
import { readEntry } from '../../content-check/read-entry';
import { danglingReferences } from '../../content-check/references';
import { translationProblems } from '../../content-check/translations';
import { compiledSchema, validateEntry } from '../../content-check/schema-issues';
import { forEachValueOfKind } from '../../schema-fields';
import { imageFieldProblem, missingBodyImages } from './image-files';
import { listEntries } from './list-entries';

export interface CheckOptions {
  /** Project root: collection folders are read relative to it. */
  root: string;
  /** The day warnings are computed against (consent age, service reviews). */
  today: Date;
  /** Only for tests: check these definitions instead of the real ones. */
  definitions?: Partial<Record<CollectionName, CollectionDefinition>>;
}

/**
 * Checks every content file the way the build will read it, and more strictly: encoding, YAML,
 * schema, references, images, body safety, readability, duplicates and stray files. It returns every problem
 * at once, each with its file, line and field, so that one run tells an editor everything, and
 * the entries that passed, with the schema's output.
 *
 * The steps, each in a module of its own: list the folders (list-entries.ts), read each file
 * (read-entry.ts), check it alone (its schema, its images, its body), then check the entries
 * together (references, guide ids, the network's rules, freshness).
 */
export function checkContent(options: CheckOptions): ContentReport {
  const definitions = { ...collectionDefinitions, ...options.definitions } as Record<CollectionName, CollectionDefinition>;
  const problems: ContentProblem[] = [];
  const toRelative = (absolute: string) => relative(options.root, absolute).split(sep).join(posix.sep);

  const files: EntryFile[] = [];
  for (const [collection, definition] of Object.entries(definitions) as [CollectionName, CollectionDefinition][]) {
    const found = listEntries(options.root, collection, definition, toRelative);
    problems.push(...found.problems);
    files.push(...found.entries);
  }

  const entries: CheckedEntry[] = [];
  /** Entries whose YAML parsed, valid or not: their references are checked too. */
  const readEntries: ReadEntry[] = [];
  const guideIdUses: GuideIdUseInFile[] = [];
  // Ids come from file names, which the layout keeps unique; only a `slug` field could clash.
  const fileIds = new Map(files.map((file) => [`${file.collection}/${file.id}`, file]));
  for (const file of files) {
    const definition = definitions[file.collection];
    const kind = definition.layout === 'yaml-files' || definition.layout === 'single-yaml' ? 'yaml' : 'markdown';
    const parsed = readEntry(file.file, readFileSync(file.absolute), kind);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      continue;
    }
    const slugProblem = renamingSlug(file, parsed.data, parsed.lineOf, fileIds);
    if (slugProblem) {
      problems.push(slugProblem);
      continue;
    }

    const entry: ReadEntry = { collection: file.collection, id: file.id, file: file.file, raw: parsed.data, lineOf: parsed.lineOf };
    const verdict = validateEntry(definition, entry.raw);
    if (!verdict.success) {
      for (const issue of verdict.issues) {
        problems.push({
          severity: 'error',
          file: file.file,
          line: parsed.lineOf(issue.path) ?? 1,
          field: fieldPath(issue.path) || '(frontmatter)',
          message: issue.message,
          fix: issue.fix,
        });
      }
    }
    forEachValueOfKind(compiledSchema(definition).fields, entry.raw, 'image', (value, path) => {
      const problem = imageFieldProblem(value, file);
      if (problem) problems.push({ severity: 'error', file: file.file, line: parsed.lineOf(path), field: fieldPath(path), ...problem });
    });
    if (kind === 'markdown') {
      const body = bodyProblems(entry, parsed, definition);
      problems.push(...body.problems);
      guideIdUses.push(...body.guideIdUses);
      if (definition.layout !== 'mdx-files') problems.push(...missingBodyImages(parsed.body, parsed.bodyLine, file));
    }
    problems.push(
      ...readabilityProblems({
        collection: file.collection,
        file: file.file,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        data: parsed.data,
        lineOf: parsed.lineOf,
      }),
    );

    readEntries.push(entry);
    if (verdict.success) entries.push({ ...entry, data: verdict.data });
  }

  problems.push(...danglingReferences(readEntries, files, definitions));
  problems.push(...translationProblems(readEntries, files, definitions));
  if (guideIdUses.length > 0) {
    const vocabulary = guideVocabulary(entries, options.today);
    if (typeof vocabulary === 'string') problems.push({ severity: 'error', file: definitions.rules.folder, message: vocabulary, fix: 'Rename the fact.' });
    else problems.push(...unknownGuideIds(guideIdUses, vocabulary));
  }
  problems.push(...networkRules(entries));
  problems.push(...freshnessProblems(entries, options.today));
  return { problems: sortProblems(problems), entries };
}

/** Astro lets a `slug` field replace the file name as the id, which could give two entries one page. */
function renamingSlug(file: EntryFile, data: unknown, lineOf: ReadEntry['lineOf'], fileIds: ReadonlyMap<string, EntryFile>): ContentProblem | undefined {
  const slug = (data as { slug?: unknown } | null)?.slug;
  if (slug === undefined) return undefined;
  const other = fileIds.get(`${file.collection}/${String(slug)}`);
  return {
    severity: 'error',
    file: file.file,
    line: lineOf(['slug']),
    field: 'slug',
    message:
      other && other !== file
        ? `Duplicate id "${String(slug)}": ${other.file} already uses it.`
        : `The field slug would rename this entry to "${String(slug)}".`,
    fix: 'Remove the slug field: an entry’s id is its file name.',
  };
}

/** Errors first, then by file and line, so the report reads top to bottom like the content. */
function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
