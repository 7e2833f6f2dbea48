import type { z } from 'astro/zod';
import type { SchemaContext } from './context';
import { collectionStorage, type CollectionName, type CollectionStorage } from './storage';
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
import { translationSchemaOf, translatedPaths, type TranslatedCollection } from './translation';
import { z as zod } from 'astro/zod';

export {
  collectionStorage,
  entryPattern,
  mediaFolder,
  type CollectionName,
  type MediaStorage,
  type ReferencableCollection,
  type StorageLayout,
} from './storage';

/** A collection: where it is stored (storage.ts), what editors call it, and its schema. */
export interface CollectionDefinition extends CollectionStorage {
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
  /** For an English translation: the Italian collection it translates, entry by entry, by id. */
  translates?: TranslatedCollection;
}

/** The Italian collections: the site's first language, and all its data. */
const italianDefinitions = {
  members: {
    ...collectionStorage.members,
    label: 'Organizzazioni della rete',
    labelSingular: 'Organizzazione',
    displayField: 'name',
    schema: memberSchema,
  },
  services: {
    ...collectionStorage.services,
    label: 'Servizi',
    labelSingular: 'Servizio',
    displayField: 'title',
    sortField: 'title',
    schema: serviceSchema,
  },
  stories: {
    ...collectionStorage.stories,
    label: 'Storie',
    labelSingular: 'Storia',
    displayField: 'title',
    sortField: 'date',
    schema: storySchema,
  },
  news: {
    ...collectionStorage.news,
    label: 'Notizie ed eventi',
    labelSingular: 'Notizia o evento',
    displayField: 'title',
    sortField: 'date',
    schema: newsSchema,
  },
  partners: {
    ...collectionStorage.partners,
    label: 'Partner e sostenitori',
    labelSingular: 'Partner',
    displayField: 'name',
    schema: partnerSchema,
  },
  pages: {
    ...collectionStorage.pages,
    label: 'Pagine',
    labelSingular: 'Pagina',
    displayField: 'title',
    schema: pageSchema,
  },
  facile: {
    ...collectionStorage.facile,
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
    ...collectionStorage.glossary,
    label: 'Glossario',
    labelSingular: 'Termine',
    displayField: 'term',
    sortField: 'term',
    schema: glossarySchema,
  },
  guides: {
    ...collectionStorage.guides,
    label: 'Guide',
    labelSingular: 'Guida',
    displayField: 'title',
    schema: guideSchema,
    cms: false,
  },
  rules: {
    ...collectionStorage.rules,
    label: 'Regole del calcolatore L. 68/99',
    labelSingular: 'Versione delle regole',
    displayField: 'title',
    sortField: 'validFrom',
    slugField: 'validFrom',
    schema: rulesSchema,
  },
  settings: {
    ...collectionStorage.settings,
    label: 'Impostazioni',
    labelSingular: 'Impostazioni del sito',
    // One file: no list names it, and nothing can link to it.
    displayField: 'contactEmail',
    schema: settingsSchema,
  },
} as const satisfies Partial<Record<CollectionName, CollectionDefinition>>;

/** Which Italian entry a translation translates: its id, as in its address. The file is named after it too. */
const translationOf = (italian: TranslatedCollection) =>
  zod
    .string()
    .trim()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Expected the id of the Italian entry: lowercase letters, digits and hyphens.')
    .meta({
      title: 'Traduzione di',
      description: `L’identificativo dell’elemento italiano che traduci: l’ultima parte del suo indirizzo, o il nome del suo file in ${collectionStorage[italian].folder}.`,
    });

/**
 * The English translation of an Italian collection: its words only (translation.ts), derived from
 * the Italian schema, keyed by the Italian entry's id.
 */
function englishOf<const C extends TranslatedCollection>(italian: C, storage: (typeof collectionStorage)[`${C}En`]) {
  const source = italianDefinitions[italian];
  // Guides, settings and rules versions are named by their file, not picked by an editor from a list.
  const withKey = italian !== 'guides' && italian !== 'settings' && italian !== 'rules';
  return {
    ...storage,
    label: `${source.label} · English`,
    labelSingular: `${source.labelSingular} · English`,
    displayField: withKey ? 'translationOf' : source.displayField,
    ...(withKey ? { slugField: 'translationOf' } : {}),
    translates: italian,
    ...(italian === 'guides' ? { cms: false as const } : {}),
    schema: (ctx: SchemaContext) => {
      const picked = translationSchemaOf(source.schema(ctx), translatedPaths[italian]) as zod.ZodObject;
      // The Italian entry first: the translator picks what to translate, then translates it.
      return withKey ? zod.strictObject({ translationOf: translationOf(italian), ...picked.shape }) : picked;
    },
  } satisfies CollectionDefinition;
}

/** Every content collection: the one list that Astro, the content checker and the CMS read. */
export const collectionDefinitions = {
  ...italianDefinitions,
  membersEn: englishOf('members', collectionStorage.membersEn),
  servicesEn: englishOf('services', collectionStorage.servicesEn),
  storiesEn: englishOf('stories', collectionStorage.storiesEn),
  newsEn: englishOf('news', collectionStorage.newsEn),
  pagesEn: englishOf('pages', collectionStorage.pagesEn),
  glossaryEn: englishOf('glossary', collectionStorage.glossaryEn),
  guidesEn: englishOf('guides', collectionStorage.guidesEn),
  rulesEn: englishOf('rules', collectionStorage.rulesEn),
  settingsEn: englishOf('settings', collectionStorage.settingsEn),
} as const satisfies Record<CollectionName, CollectionDefinition>;
