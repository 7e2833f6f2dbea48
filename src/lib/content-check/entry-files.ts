import { mediaFolder, type CollectionDefinition } from '../../schemas';
import type { ContentProblem } from './problem';

/**
 * What each file in a collection's folder is: an entry, an image of an entry, a file to ignore,
 * or a stray file that nothing would publish. Pure: the checker lists the folder
 * (src/lib/node/content-check/list-entries.ts) and asks here about each path.
 */

/** Image formats an entry's media folder may hold. */
export const imageExtensions = ['.jpg', '.jpeg', '.png', '.webp', '.gif', '.svg', '.avif'] as const;

/** Files that editors’ tools leave behind and that are never content. */
const ignoredFiles = new Set(['.DS_Store', 'Thumbs.db', '.gitkeep', 'desktop.ini']);

/** An id must work as a URL segment as it is, so nobody has to guess how it will be rewritten. */
const idPattern = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export type CollectionFile =
  { kind: 'entry'; id: string } | { kind: 'ignored' } | { kind: 'image' } | { kind: 'problem'; problem: Pick<ContentProblem, 'message' | 'fix'> };

/**
 * Classifies one file of a collection by its path inside the collection folder.
 *
 * @example
 * classifyCollectionFile(collectionDefinitions.stories, ['out-of-the-blue', 'index.md']) // → { kind: 'entry', id: 'out-of-the-blue' }
 * classifyCollectionFile(collectionDefinitions.stories, ['out-of-the-blue', 'media', 'foto.jpg']) // → { kind: 'image' }
 */
export function classifyCollectionFile(definition: CollectionDefinition, parts: readonly string[]): CollectionFile {
  const base = parts.at(-1) ?? '';
  if (ignoredFiles.has(base)) return { kind: 'ignored' };
  const id = entryIdFor(definition, parts);
  if (id !== undefined) {
    if (idPattern.test(id)) return { kind: 'entry', id };
    return {
      kind: 'problem',
      problem: {
        message: `The id "${id}" (from the file name) must be lowercase letters, digits and single hyphens.`,
        fix: `Rename it to "${suggestId(id)}".`,
      },
    };
  }
  const extension = extensionOf(base);
  if (isImageExtension(extension)) {
    if (definition.media === 'per-entry' && parts.length === 3 && parts[1] === mediaFolder) return { kind: 'image' };
    if (definition.media === 'shared' && parts.length === 2 && parts[0] === mediaFolder) return { kind: 'image' };
  }
  return { kind: 'problem', problem: { message: strayFileMessage(extension, definition), fix: 'Move or delete it; nothing in it would be published.' } };
}

/**
 * The lowercase extension of a file's name, with its dot; empty when there is none (as
 * Node's `path.extname`, which this pure module does not import).
 *
 * @example
 * extensionOf('media/Foto.JPG') // → '.jpg'
 * extensionOf('.DS_Store') // → ''
 */
export function extensionOf(path: string): string {
  const name = path.slice(path.lastIndexOf('/') + 1);
  const dot = name.lastIndexOf('.');
  return dot > 0 ? name.slice(dot).toLowerCase() : '';
}

export function isImageExtension(extension: string): boolean {
  return (imageExtensions as readonly string[]).includes(extension);
}

function entryIdFor(definition: CollectionDefinition, parts: readonly string[]): string | undefined {
  const [first, second] = parts;
  switch (definition.layout) {
    case 'entry-folders':
      return parts.length === 2 && second === 'index.md' ? first : undefined;
    case 'markdown-files':
      return parts.length === 1 && first?.endsWith('.md') ? first.slice(0, -3) : undefined;
    case 'yaml-files':
      return parts.length === 1 && first?.endsWith('.yaml') ? first.slice(0, -5) : undefined;
    case 'single-yaml':
      return parts.length === 1 && first === `${definition.file}.yaml` ? definition.file : undefined;
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

/** The id a file name would have with its accents, capitals and spaces taken out. */
function suggestId(id: string): string {
  return id
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}
