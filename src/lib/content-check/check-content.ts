import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, posix, relative, sep } from 'node:path';
import { collectionDefinitions, entryPattern, type CollectionDefinition, type CollectionName } from '../../schemas';
import { checkBody } from '../markdown/body-safety';
import { checkGuideBody, type GuideIdUse } from '../markdown/guide-safety';
import { guideVocabulary, unknownGuideIds } from './guide-references';
import { quotedPeople } from '../markdown/quoted-people';
import { forEachValueOfKind } from '../schema-fields';
import { fieldPath, type ContentProblem } from './problem';
import { readEntry } from './read-entry';
import { reservedIds } from '../urls';
import { freshnessProblems } from './freshness';
import { compiledSchema, schemaIssues } from './schema-issues';
import { readabilityProblems } from './readability-check';

/**
 * Images live in a `media` folder beside the entry: `<id>/media/` for entries in folders, or
 * one `media/` for the whole collection. That is where the CMS uploads them and how it writes
 * their path (`media/foto.jpg`), and Astro resolves that path from the entry file.
 */
export const mediaFolder = 'media';

/** Image formats an entry's media folder may hold. */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.svg', '.avif'] as const;

/** Files that editors’ tools leave behind and that are never content. */
const ignoredFiles = new Set(['.DS_Store', 'Thumbs.db', '.gitkeep', 'desktop.ini']);

/** An id must work as a URL segment as it is, so nobody has to guess how it will be rewritten. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export interface CheckedEntry {
  collection: CollectionName;
  id: string;
  file: string;
  data: unknown;
  /** The line of a field in the file, for problems found after parsing. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

export interface ContentReport {
  problems: ContentProblem[];
  entries: CheckedEntry[];
}

export interface CheckOptions {
  /** Project root: collection folders are read relative to it. */
  root: string;
  /** The day warnings are computed against (consent age, service reviews). */
  today: Date;
  /** Only for tests: check these definitions instead of the real ones. */
  definitions?: Partial<Record<CollectionName, CollectionDefinition>>;
}

interface Candidate {
  collection: CollectionName;
  id: string;
  absolute: string;
  file: string;
}

/**
 * Checks every content file the way the build will read it, and more strictly: encoding, YAML,
 * schema, references, images, body safety, readability, duplicates and stray files. It returns every problem
 * at once, each with its file, line and field, so that one run tells an editor everything.
 */
export function checkContent(options: CheckOptions): ContentReport {
  const definitions = { ...collectionDefinitions, ...options.definitions } as Record<CollectionName, CollectionDefinition>;
  const problems: ContentProblem[] = [];
  const entries: CheckedEntry[] = [];
  /** Entries whose YAML parsed, valid or not: their references are checked too. */
  const parsedEntries: CheckedEntry[] = [];
  const toRelative = (absolute: string) => relative(options.root, absolute).split(sep).join(posix.sep);

  const guideIdUses: (GuideIdUse & { file: string; bodyLine: number })[] = [];
  const candidates: Candidate[] = [];
  for (const [collection, definition] of Object.entries(definitions) as [CollectionName, CollectionDefinition][]) {
    const found = listCollection(options.root, definition, toRelative);
    problems.push(...found.problems);
    candidates.push(...found.entries.map((entry) => ({ ...entry, collection })));
  }

  // Ids come from file names, which the layout keeps unique; only a `slug` field could clash.
  const fileIds = new Map(candidates.map((candidate) => [`${candidate.collection}/${candidate.id}`, candidate]));
  for (const candidate of candidates) {
    const definition = definitions[candidate.collection];
    const { fields } = compiledSchema(definition);
    const kind = definition.layout === 'yaml-files' || definition.layout === 'single-yaml' ? 'yaml' : 'markdown';
    const parsed = readEntry(candidate.file, readFileSync(candidate.absolute), kind);
    if (Array.isArray(parsed)) {
      problems.push(...parsed);
      continue;
    }

    // Astro lets a `slug` field replace the file name as the id, which could give two entries one page.
    const slug = (parsed.data as { slug?: unknown } | null)?.slug;
    if (slug !== undefined) {
      const other = fileIds.get(`${candidate.collection}/${String(slug)}`);
      problems.push({
        severity: 'error',
        file: candidate.file,
        line: parsed.lineOf(['slug']),
        field: 'slug',
        message:
          other && other !== candidate
            ? `Duplicate id "${String(slug)}": ${other.file} already uses it.`
            : `The field slug would rename this entry to "${String(slug)}".`,
        fix: 'Remove the slug field: an entry’s id is its file name.',
      });
      continue;
    }

    const issues = schemaIssues(definition, parsed.data);
    for (const issue of issues) {
      problems.push({
        severity: 'error',
        file: candidate.file,
        line: parsed.lineOf(issue.path) ?? 1,
        field: fieldPath(issue.path) || '(frontmatter)',
        message: issue.message,
        fix: issue.fix,
      });
    }

    forEachValueOfKind(fields, parsed.data, 'image', (value, path) => {
      const problem = checkImagePath(value, candidate.absolute);
      if (problem) problems.push({ severity: 'error', file: candidate.file, line: parsed.lineOf(path), field: fieldPath(path), ...problem });
    });

    if (definition.layout === 'mdx-files') {
      const guide = checkGuideBody(parsed.body, candidate.file);
      for (const violation of guide.violations) {
        problems.push({
          severity: 'error',
          file: candidate.file,
          line: parsed.bodyLine + violation.line - 1,
          field: 'body',
          message: violation.message,
          fix: violation.fix,
        });
      }
      guideIdUses.push(...guide.uses.map((use) => ({ ...use, file: candidate.file, bodyLine: parsed.bodyLine })));
    } else if (definition.body === false) {
      if (parsed.body.trim()) {
        problems.push({
          severity: 'error',
          file: candidate.file,
          line: parsed.bodyLine,
          field: 'body',
          message: `Entries of «${definition.label}» have no text below the frontmatter: no page would show it.`,
          fix: 'Move the text into the entry’s fields, or delete it.',
        });
      }
    } else if (kind === 'markdown') {
      for (const violation of checkBody(parsed.body, { imagesAllowed: definition.media !== 'none' })) {
        problems.push({
          severity: 'error',
          file: candidate.file,
          line: parsed.bodyLine + violation.line - 1,
          field: 'body',
          message: violation.message,
          fix: violation.fix,
        });
      }
      problems.push(...missingBodyImages(parsed.body, parsed.bodyLine, candidate));
      if (candidate.collection === 'stories' && (parsed.data as { namedPeople?: unknown }).namedPeople !== true) {
        for (const person of quotedPeople(parsed.body)) {
          problems.push({
            severity: 'error',
            file: candidate.file,
            line: parsed.bodyLine + person.line - 1,
            field: 'namedPeople',
            message: `The story quotes «${person.name}», so it names a person, but namedPeople is not true.`,
            fix: 'Switch on «Nomina o ritrae persone» and record their consent, or remove the quote.',
          });
        }
      }
    }

    problems.push(
      ...readabilityProblems({
        collection: candidate.collection,
        file: candidate.file,
        body: parsed.body,
        bodyLine: parsed.bodyLine,
        data: parsed.data,
        lineOf: parsed.lineOf,
      }),
    );

    const entry = { collection: candidate.collection, id: candidate.id, file: candidate.file, data: parsed.data, lineOf: parsed.lineOf };
    parsedEntries.push(entry);
    if (issues.length === 0) entries.push(entry);
  }

  problems.push(...danglingReferences(parsedEntries, [...fileIds.values()], definitions));
  if (guideIdUses.length > 0) {
    const vocabulary = guideVocabulary(entries, options.today);
    if (typeof vocabulary === 'string') problems.push({ severity: 'error', file: definitions.rules.folder, message: vocabulary, fix: 'Rename the fact.' });
    else problems.push(...unknownGuideIds(guideIdUses, vocabulary));
  }
  problems.push(...networkRules(entries));
  problems.push(...freshnessProblems(entries, options.today));
  for (const [collection, definition] of Object.entries(definitions) as [CollectionName, CollectionDefinition][]) {
    if (
      definition.layout === 'single-yaml' &&
      !entries.some((entry) => entry.collection === collection) &&
      !problems.some((p) => p.file.startsWith(definition.folder))
    ) {
      problems.push({
        severity: 'error',
        file: `${definition.folder}/${definition.file}.yaml`,
        message: `The ${definition.label} file is missing.`,
        fix: 'Restore it from version control.',
      });
    }
  }
  return { problems: sortProblems(problems), entries };
}

function listCollection(root: string, definition: CollectionDefinition, toRelative: (absolute: string) => string) {
  const folder = join(root, definition.folder);
  const problems: ContentProblem[] = [];
  const entries: Omit<Candidate, 'collection'>[] = [];
  if (!existsSync(folder)) {
    return {
      problems: [
        {
          severity: 'error' as const,
          file: definition.folder,
          message: `The folder of ${definition.label} is missing.`,
          fix: 'Restore it from version control.',
        },
      ],
      entries,
    };
  }
  const pattern = entryPattern(definition);
  for (const name of readdirSync(folder, { recursive: true, encoding: 'utf8' }).sort()) {
    const absolute = join(folder, name);
    const base = name.split(/[\\/]/).at(-1) ?? name;
    if (ignoredFiles.has(base) || statSync(absolute).isDirectory()) continue;
    const file = toRelative(absolute);
    const parts = name.split(/[\\/]/);
    const id = entryIdFor(definition, parts, pattern);
    if (id !== undefined) {
      if (!idPattern.test(id)) {
        problems.push({
          severity: 'error',
          file,
          message: `The id "${id}" (from the file name) must be lowercase letters, digits and single hyphens.`,
          fix: `Rename it to "${suggestId(id)}".`,
        });
        continue;
      }
      entries.push({ id, absolute, file });
      continue;
    }
    const extension = extname(base).toLowerCase();
    const isImage = (imageExtensions as readonly string[]).includes(extension);
    if (isImage && definition.media === 'per-entry' && parts.length === 3 && parts[1] === mediaFolder) continue;
    if (isImage && definition.media === 'shared' && parts.length === 2 && parts[0] === mediaFolder) continue;
    problems.push({ severity: 'error', file, message: strayFileMessage(extension, definition), fix: 'Move or delete it; nothing in it would be published.' });
  }
  return { problems, entries };
}

function entryIdFor(definition: CollectionDefinition, parts: string[], pattern: string): string | undefined {
  const [first, second] = parts;
  switch (definition.layout) {
    case 'entry-folders':
      return parts.length === 2 && second === 'index.md' ? first : undefined;
    case 'markdown-files':
      return parts.length === 1 && first?.endsWith('.md') ? first.slice(0, -3) : undefined;
    case 'yaml-files':
      return parts.length === 1 && first?.endsWith('.yaml') ? first.slice(0, -5) : undefined;
    case 'single-yaml':
      return parts.length === 1 && first === pattern ? definition.file : undefined;
    case 'mdx-files':
      return parts.length === 1 && first?.endsWith('.mdx') ? first.slice(0, -4) : undefined;
  }
}

function strayFileMessage(extension: string, definition: CollectionDefinition): string {
  if (extension === '.mdx' && definition.layout !== 'mdx-files')
    return 'MDX files are not accepted in CMS content, because MDX runs code during the build. Expected a .md file.';
  if (extension === '.yml') return 'Expected the extension .yaml, not .yml.';
  const entries = {
    'entry-folders': '<id>/index.md',
    'markdown-files': '<id>.md',
    'yaml-files': '<id>.yaml',
    'single-yaml': `${definition.file}.yaml`,
    'mdx-files': '<id>.mdx',
  }[definition.layout];
  const images = { 'per-entry': ` and images in <id>/${mediaFolder}/`, shared: ` and images in ${mediaFolder}/`, none: '' }[definition.media];
  return `This file is not part of any entry. Expected ${entries}${images} in ${definition.folder}.`;
}

function suggestId(id: string): string {
  return id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function checkImagePath(value: unknown, entryFile: string): Pick<ContentProblem, 'message' | 'fix'> | undefined {
  if (typeof value !== 'string') return undefined;
  if (!new RegExp(`^(\\./)?${mediaFolder}/[^/\\\\]+$`).test(value)) {
    return {
      message: `Expected an image in the entry’s ${mediaFolder} folder, such as ${mediaFolder}/foto.jpg; got "${value}".`,
      fix: 'Upload the image through the CMS.',
    };
  }
  const extension = extname(value).toLowerCase();
  if (!(imageExtensions as readonly string[]).includes(extension)) {
    return {
      message: `"${value}" is not an image format the site can publish. Expected one of: ${imageExtensions.join(', ')}.`,
      fix: 'Save the image as JPG, PNG, WebP or SVG and upload it again.',
    };
  }
  if (!existsSync(join(entryFile, '..', value))) {
    return { message: `The image file "${value}" does not exist in the entry’s folder.`, fix: 'Upload it again, or correct the file name.' };
  }
  return undefined;
}

/** Images in a body are checked for existence here; their syntax is body-safety’s job. */
function missingBodyImages(body: string, bodyLine: number, candidate: Candidate): ContentProblem[] {
  const problems: ContentProblem[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(/!\[[^\]]*\]\(((?:\.\/)?media\/[^)\s]+)/g)) {
      const path = match[1] ?? '';
      if (!existsSync(join(candidate.absolute, '..', path))) {
        problems.push({
          severity: 'error',
          file: candidate.file,
          line: bodyLine + index,
          field: 'body',
          message: `The image file "${path}" does not exist next to the entry.`,
          fix: 'Upload it again, or correct the file name.',
        });
      }
    }
  });
  return problems;
}

/** `existing` counts every entry file, even one with errors, so a broken target is reported once, not twice. */
function danglingReferences(
  entries: readonly CheckedEntry[],
  existing: readonly Candidate[],
  definitions: Record<CollectionName, CollectionDefinition>,
): ContentProblem[] {
  const ids = new Map<string, Set<string>>();
  for (const entry of existing) {
    if (!ids.has(entry.collection)) ids.set(entry.collection, new Set());
    ids.get(entry.collection)?.add(entry.id);
  }
  const problems: ContentProblem[] = [];
  for (const entry of entries) {
    const { fields } = compiledSchema(definitions[entry.collection]);
    forEachValueOfKind(fields, entry.data, 'relation', (value, path, field) => {
      const known = ids.get(field.collection) ?? new Set<string>();
      if (typeof value === 'string' && !known.has(value)) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line: entry.lineOf(path),
          field: fieldPath(path),
          message: `No entry "${value}" in ${field.collection}. Expected one of: ${[...known].sort().join(', ') || '(none yet)'}.`,
          fix: 'Choose an existing entry in the CMS, or create the missing one first.',
        });
      }
    });
  }
  return problems;
}

/** Rules about the network as a whole, which no single entry can check. */
function networkRules(entries: readonly CheckedEntry[]): ContentProblem[] {
  const taken = entries
    .filter((entry) => reservedIds[entry.collection]?.includes(entry.id))
    .map((entry) => ({
      severity: 'error' as const,
      file: entry.file,
      message: `The id "${entry.id}" is taken by a page of the site, so this entry would have no page of its own.`,
      fix: 'Rename the file.',
    }));
  const leads = entries.filter((entry) => entry.collection === 'members' && (entry.data as { role?: string }).role === 'capofila');
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

function sortProblems(problems: ContentProblem[]): ContentProblem[] {
  return problems.sort(
    (a, b) => (a.severity === b.severity ? 0 : a.severity === 'error' ? -1 : 1) || a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0),
  );
}
