/**
 * Where each collection lives on disk and how its files are laid out: the part of a collection's
 * definition that the schemas themselves need (a reference may only point to a collection of flat
 * files), kept apart from index.ts, which imports every schema, so that no schema imports it back.
 */

/**
 * How a collection is stored on disk:
 * - `entry-folders`: one folder per entry, `<id>/index.md`, its images in `<id>/media/`;
 * - `markdown-files`: one `<id>.md` per entry;
 * - `yaml-files`: one `<id>.yaml` per entry, no body;
 * - `single-yaml`: one YAML file holding one entry (`file` names it);
 * - `mdx-files`: one `<id>.mdx` per entry, written by developers (guides).
 */
export type StorageLayout = 'entry-folders' | 'markdown-files' | 'yaml-files' | 'single-yaml' | 'mdx-files';

/**
 * Where a collection's images go: beside each entry (`entry-folders` only), in one `media` folder
 * shared by the collection, or nowhere (the collection has no images).
 */
export type MediaStorage = 'per-entry' | 'shared' | 'none';

/**
 * The folder images live in, beside the entry: `<id>/media/` for entries in folders, or one
 * `media/` for the whole collection. That is where the CMS uploads them and how it writes their
 * path (`media/foto.jpg`), and Astro resolves that path from the entry file.
 */
export const mediaFolder = 'media';

export interface CollectionStorage {
  /** Folder under the project root. */
  folder: string;
  layout: StorageLayout;
  media: MediaStorage;
  /** For `single-yaml`: the file name inside `folder`, without extension; it is also the entry id. */
  file?: string;
}

/** Every content collection and where it is stored. index.ts adds what each one holds. */
export const collectionStorage = {
  members: { folder: 'content/members', layout: 'markdown-files', media: 'shared' },
  services: { folder: 'content/services', layout: 'markdown-files', media: 'none' },
  stories: { folder: 'content/stories', layout: 'entry-folders', media: 'per-entry' },
  news: { folder: 'content/news', layout: 'entry-folders', media: 'per-entry' },
  partners: { folder: 'content/partners', layout: 'yaml-files', media: 'shared' },
  pages: { folder: 'content/pages', layout: 'markdown-files', media: 'none' },
  facile: { folder: 'content/facile', layout: 'entry-folders', media: 'per-entry' },
  glossary: { folder: 'content/glossary', layout: 'yaml-files', media: 'none' },
  guides: { folder: 'content/guides', layout: 'mdx-files', media: 'none' },
  rules: { folder: 'content/rules', layout: 'yaml-files', media: 'none' },
  settings: { folder: 'content/settings', layout: 'single-yaml', media: 'none', file: 'site' },
  // English translations, one file per Italian entry, named by its id: only words, no media.
  membersEn: { folder: 'content/en/members', layout: 'markdown-files', media: 'none' },
  servicesEn: { folder: 'content/en/services', layout: 'markdown-files', media: 'none' },
  storiesEn: { folder: 'content/en/stories', layout: 'markdown-files', media: 'none' },
  newsEn: { folder: 'content/en/news', layout: 'markdown-files', media: 'none' },
  pagesEn: { folder: 'content/en/pages', layout: 'markdown-files', media: 'none' },
  glossaryEn: { folder: 'content/en/glossary', layout: 'yaml-files', media: 'none' },
  guidesEn: { folder: 'content/en/guides', layout: 'mdx-files', media: 'none' },
  rulesEn: { folder: 'content/en/rules', layout: 'yaml-files', media: 'none' },
  settingsEn: { folder: 'content/en/settings', layout: 'single-yaml', media: 'none', file: 'site' },
} as const satisfies Record<string, CollectionStorage>;

export type CollectionName = keyof typeof collectionStorage;

/**
 * Layouts whose entries other entries can point to: flat files the CMS edits. The CMS names an
 * entry by its file name, which is then the Astro id, while an entry in a folder would be named
 * `<id>/index`; MDX guides and the single settings file are not entries the CMS can pick.
 */
type ReferencableLayout = 'markdown-files' | 'yaml-files';

/** Names of the collections that other entries can point to, read from their layouts. */
export type ReferencableCollection = {
  [C in CollectionName]: (typeof collectionStorage)[C]['layout'] extends ReferencableLayout ? C : never;
}[CollectionName];

/** The glob pattern, relative to the collection folder, that finds its entries. */
export function entryPattern(storage: CollectionStorage): string {
  switch (storage.layout) {
    case 'entry-folders':
      return '*/index.md';
    case 'markdown-files':
      return '*.md';
    case 'yaml-files':
      return '*.yaml';
    case 'single-yaml':
      return `${storage.file}.yaml`;
    case 'mdx-files':
      return '*.mdx';
  }
}
