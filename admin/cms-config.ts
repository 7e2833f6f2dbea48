import type { CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { localHosts, type AdminMode } from './admin-mode';
import { t } from '../src/i18n/t';
import { readabilityTargets } from '../src/lib/readability';
import { describeCollection, type NamedField } from '../src/lib/schema-fields';
import { collectionDefinitions, mediaFolder, type CollectionDefinition, type CollectionName } from '../src/schemas';
import { standInContext } from '../src/schemas/context';
import { blockNames } from './editor-components';
import { toCmsField } from './cms-fields';
import { formatName } from './cms-formats';

/**
 * The collections with a preview in the site's look (admin/previews/). The others (partners,
 * rules, settings) have no page of their own to show, and Decap's plain list of values would
 * only look like a broken page: their editor has no preview pane.
 */
export const previewedCollections = ['services', 'members', 'stories', 'news', 'pages', 'facile'] as const satisfies readonly CollectionName[];
export type PreviewedCollection = (typeof previewedCollections)[number];

/** How the admin connects: a Git host, or decap-server on this machine. */
export type CmsConnection = Exclude<AdminMode, { kind: 'not-configured' }>;

/**
 * The whole Decap config, generated from the collection list and the zod schemas in src/schemas.
 * Nothing here repeats a field: add one to a schema and it appears in the CMS.
 */
export function buildCmsConfig(connection: CmsConnection): CmsConfig {
  return {
    load_config_file: false,
    locale: 'it',
    ...backendConfig(connection),
    show_preview_links: false,
    // Decap needs a global media folder, but every collection with images has its own, beside
    // its entries, where Astro's image pipeline finds them; a collection without images offers no
    // upload. The global media library, the one place that would upload here, is hidden
    // (admin/admin.css), so nothing is ever written to this folder.
    media_folder: 'content/media',
    public_folder: 'media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: cmsCollections(),
  };
}

/** Every collection of src/schemas as a Decap collection: the same wherever the CMS saves. */
export function cmsCollections(): CmsCollection[] {
  return (Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][])
    .filter(([, definition]) => definition.cms !== false)
    .map(([name, definition]) => toCmsCollection(name, definition));
}

const commitMessages = {
  create: 'Crea {{collection}} «{{slug}}» (via CMS, {{author-name}})',
  update: 'Aggiorna {{collection}} «{{slug}}» (via CMS, {{author-name}})',
  delete: 'Elimina {{collection}} «{{slug}}» (via CMS, {{author-name}})',
  uploadMedia: 'Carica «{{path}}» (via CMS, {{author-name}})',
  deleteMedia: 'Elimina «{{path}}» (via CMS, {{author-name}})',
};

function backendConfig(connection: CmsConnection): Pick<CmsConfig, 'backend' | 'local_backend' | 'publish_mode'> {
  if (connection.kind === 'local') {
    // decap-server's fs mode offers only simple publishing, its git mode the workflow too: with
    // local_backend, Decap asks the server and keeps the workflow only where it is supported.
    return {
      backend: { name: 'proxy', proxy_url: connection.url, commit_messages: commitMessages },
      local_backend: { url: connection.url, allowed_hosts: localHosts },
      publish_mode: 'editorial_workflow',
    };
  }
  const { backend } = connection;
  return {
    backend: {
      name: backend.name,
      repo: backend.repo,
      branch: backend.branch,
      commit_messages: commitMessages,
      api_root: backend.apiRoot,
      ...(backend.baseUrl ? { base_url: backend.baseUrl } : {}),
      ...(backend.appId ? { app_id: backend.appId, auth_type: 'pkce' as const } : {}),
    },
    // Decap's Gitea backend refuses the editorial workflow; there, publishing saves to the branch.
    // @see https://github.com/decaporg/decap-cms/blob/main/packages/decap-cms-backend-gitea/src/implementation.tsx
    publish_mode: backend.name === 'gitea' ? 'simple' : 'editorial_workflow',
  };
}

function toCmsCollection(name: CollectionName, definition: CollectionDefinition): CmsCollection {
  const model = describeCollection(definition.schema(standInContext));
  const fields = model.map((field) => toCmsField(field));
  const preview = (previewedCollections as readonly string[]).includes(name) ? {} : { editor: { preview: false } };
  const common = { name, label: definition.label, label_singular: definition.labelSingular, ...preview };
  if (definition.layout === 'single-yaml') {
    return {
      ...common,
      format: formatName(name),
      files: [{ name: definition.file ?? name, label: definition.labelSingular, file: `${definition.folder}/${definition.file}.yaml`, fields }],
    };
  }
  const hasBody = definition.layout !== 'yaml-files';
  const slugField = definition.slugField ?? definition.displayField;
  const media = definition.media === 'none' ? {} : { media_folder: mediaFolder, public_folder: mediaFolder };
  return {
    ...common,
    folder: definition.folder,
    create: true,
    delete: true,
    identifier_field: definition.displayField,
    // Versions that share a title are told apart by the field that names their files.
    summary: slugField === definition.displayField ? `{{${definition.displayField}}}` : `{{${slugField}}} · {{${definition.displayField}}}`,
    slug: `{{${slugField}}}`,
    ...(definition.layout === 'entry-folders' ? { path: '{{slug}}/index' } : {}),
    extension: hasBody ? 'md' : 'yaml',
    // Decap's formatter, with nested keys kept in field order: see admin/cms-formats.ts.
    format: formatName(name),
    ...media,
    ...(definition.sortField ? { sortable_fields: [{ field: definition.sortField, default_sort: sortDirection(model, definition.sortField) }] } : {}),
    fields: hasBody && definition.body !== false ? [...fields, bodyField(definition)] : fields,
  } as CmsCollection;
}

/** Dates newest first; titles and positions (`order`) from the first. */
function sortDirection(fields: readonly NamedField[], name: string): 'asc' | 'desc' {
  const kind = fields.find((field) => field.name === name)?.kind;
  return kind === 'date' || kind === 'datetime' ? 'desc' : 'asc';
}

function bodyField(definition: CollectionDefinition): CmsField {
  const images = definition.media !== 'none';
  return {
    name: 'body',
    label: t('cms.body'),
    hint: t('cms.body.hint', { maxWords: readabilityTargets.prose.maxSentenceWords, minGulpease: readabilityTargets.prose.minGulpease }),
    widget: 'markdown',
    required: false,
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: blockNames.filter((block) => images || block !== 'figura'),
  };
}
