import type { z } from 'astro/zod';
import type { SchemaContext } from './context';
import { easyReadSchema } from './easy-read';
import { glossarySchema } from './glossary';
import { guideSchema } from './guide';
import { memberSchema } from './member';
import { newsSchema } from './news';
import { pageSchema } from './page';
import { partnerSchema } from './partner';
import { rulesSchema } from './rules';
import { serviceSchema } from './service';
import { settingsSchema } from './settings';
import { storySchema } from './story';

/**
 * How a collection is stored on disk:
 * - `entry-folders`: one folder per entry, `<id>/index.md`, its images in `<id>/media/`;
 * - `markdown-files`: one `<id>.md` per entry;
 * - `yaml-files`: one `<id>.yaml` per entry, no body;
 * - `single-yaml`: one YAML file holding one entry (`file` names it);
 * - `mdx-files`: one `<id>.mdx` per entry, written by developers (guides).
 *
 * Collections that other entries reference are flat files: the CMS names an entry by its file
 * name, which is then the Astro id, while entries in folders would be named `<id>/index`.
 */
export type StorageLayout = 'entry-folders' | 'markdown-files' | 'yaml-files' | 'single-yaml' | 'mdx-files';

/**
 * Where a collection's images go: beside each entry (`entry-folders` only), in one `media` folder
 * shared by the collection, or nowhere (the collection has no images).
 */
export type MediaStorage = 'per-entry' | 'shared' | 'none';

export interface CollectionDefinition {
  /** Folder under the project root. */
  folder: string;
  layout: StorageLayout;
  media: MediaStorage;
  /** For `single-yaml`: the file name inside `folder`, without extension; it is also the entry id. */
  file?: string;
  /** Plural and singular names shown to editors. */
  label: string;
  labelSingular: string;
  /** Field whose value names an entry in lists and relation pickers. */
  displayField: string;
  /** Field the CMS sorts the list by, newest first for dates. */
  sortField?: string;
  /** Field whose value names a new entry's file, when not the display field (rules: by date). */
  slugField?: string;
  schema: (ctx: SchemaContext) => z.ZodType;
  /**
   * `false`: an entry is its fields alone, and its file's frontmatter with nothing below
   * (easy-to-read texts keep their text in fields). The CMS offers no body field, and the content
   * check refuses text below the frontmatter, which no page would show.
   */
  body?: false;
  /**
   * `false` keeps the collection out of the CMS: MDX is code, so guides are edited through Git
   * with review, and the CMS would write them back as Markdown.
   */
  cms?: false;
}

/** Every content collection: the one list that Astro, the content checker and the CMS read. */
export const collectionDefinitions = {
  members: {
    folder: 'content/members',
    layout: 'markdown-files',
    media: 'shared',
    label: 'Organizzazioni della rete',
    labelSingular: 'Organizzazione',
    displayField: 'name',
    schema: memberSchema,
  },
  services: {
    folder: 'content/services',
    layout: 'markdown-files',
    media: 'none',
    label: 'Servizi',
    labelSingular: 'Servizio',
    displayField: 'title',
    sortField: 'title',
    schema: serviceSchema,
  },
  stories: {
    folder: 'content/stories',
    layout: 'entry-folders',
    media: 'per-entry',
    label: 'Storie',
    labelSingular: 'Storia',
    displayField: 'title',
    sortField: 'date',
    schema: storySchema,
  },
  news: {
    folder: 'content/news',
    layout: 'entry-folders',
    media: 'per-entry',
    label: 'Notizie ed eventi',
    labelSingular: 'Notizia o evento',
    displayField: 'title',
    sortField: 'date',
    schema: newsSchema,
  },
  partners: {
    folder: 'content/partners',
    layout: 'yaml-files',
    media: 'shared',
    label: 'Partner e sostenitori',
    labelSingular: 'Partner',
    displayField: 'name',
    schema: partnerSchema,
  },
  pages: {
    folder: 'content/pages',
    layout: 'markdown-files',
    media: 'none',
    label: 'Pagine',
    labelSingular: 'Pagina',
    displayField: 'title',
    schema: pageSchema,
  },
  facile: {
    folder: 'content/facile',
    layout: 'entry-folders',
    media: 'per-entry',
    label: 'Facile da leggere',
    labelSingular: 'Testo facile da leggere',
    displayField: 'title',
    sortField: 'order',
    schema: easyReadSchema,
    /*
     * The text lives in fields (ideas, each a drawing and its sentences), so there is no Markdown
     * body. The file is still `<id>/index.md`, frontmatter and nothing below, rather than a YAML
     * file in a folder: Decap writes a folder collection's entries with their per-entry media the
     * same way for both, and with .md the collection shares everything the CMS, the formatter,
     * `npm run format:content` and Astro's glob loader already do for stories and news.
     */
    body: false,
  },
  glossary: {
    folder: 'content/glossary',
    layout: 'yaml-files',
    media: 'none',
    label: 'Glossario',
    labelSingular: 'Termine',
    displayField: 'term',
    sortField: 'term',
    schema: glossarySchema,
  },
  guides: {
    folder: 'content/guides',
    layout: 'mdx-files',
    media: 'none',
    label: 'Guide',
    labelSingular: 'Guida',
    displayField: 'title',
    schema: guideSchema,
    cms: false,
  },
  rules: {
    folder: 'content/rules',
    layout: 'yaml-files',
    media: 'none',
    label: 'Regole del calcolatore L. 68/99',
    labelSingular: 'Versione delle regole',
    displayField: 'title',
    sortField: 'validFrom',
    slugField: 'validFrom',
    schema: rulesSchema,
  },
  settings: {
    folder: 'content/settings',
    layout: 'single-yaml',
    media: 'none',
    file: 'site',
    label: 'Impostazioni',
    labelSingular: 'Impostazioni del sito',
    // One file: no list names it, and nothing can link to it.
    displayField: 'contactEmail',
    schema: settingsSchema,
  },
} as const satisfies Record<string, CollectionDefinition>;

export type CollectionName = keyof typeof collectionDefinitions;

/** The glob pattern, relative to the collection folder, that finds its entries. */
export function entryPattern(definition: CollectionDefinition): string {
  switch (definition.layout) {
    case 'entry-folders':
      return '*/index.md';
    case 'markdown-files':
      return '*.md';
    case 'yaml-files':
      return '*.yaml';
    case 'single-yaml':
      return `${definition.file}.yaml`;
    case 'mdx-files':
      return '*.mdx';
  }
}
