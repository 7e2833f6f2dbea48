import type { CmsBackend, CmsCollection, CmsConfig, CmsField } from 'decap-cms-core';
import { t } from '../src/i18n/t';
import { describeCollection } from '../src/lib/schema-fields';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../src/schemas';
import { standInContext } from '../src/schemas/context';
import { blockNames } from './editor-components';
import { toCmsField } from './cms-fields';

/** Where the admin saves: a Git host in production, decap-server on this machine in development. */
export interface BackendSettings {
  /** `github`, `gitlab` or `gitea`; omitted when only the local backend is available. */
  name?: 'github' | 'gitlab' | 'gitea' | undefined;
  repo?: string | undefined;
  branch?: string | undefined;
  /** GitHub: the OAuth server that holds the client secret. GitLab/Gitea: the host. */
  baseUrl?: string | undefined;
  /** GitLab and Gitea: the OAuth application id, for PKCE. */
  appId?: string | undefined;
  apiRoot?: string | undefined;
  /** decap-server's API, used when the admin is opened on localhost. */
  localBackendUrl?: string | undefined;
}

/**
 * The whole Decap config, generated from the collection list and the zod schemas in src/schemas.
 * Nothing here repeats a field: add one to a schema and it appears in the CMS.
 */
export function buildCmsConfig(backend: BackendSettings): CmsConfig {
  return {
    load_config_file: false,
    locale: 'it',
    backend: backendConfig(backend),
    ...(backend.localBackendUrl ? { local_backend: { url: backend.localBackendUrl, allowed_hosts: ['localhost', '127.0.0.1'] } } : {}),
    publish_mode: 'editorial_workflow',
    show_preview_links: false,
    media_folder: 'content/media',
    public_folder: 'media',
    slug: { encoding: 'ascii', clean_accents: true, sanitize_replacement: '-' },
    editor: { preview: true },
    collections: (Object.entries(collectionDefinitions) as [CollectionName, CollectionDefinition][]).map(([name, definition]) =>
      toCmsCollection(name, definition),
    ),
  };
}

function backendConfig(settings: BackendSettings): CmsBackend {
  const branch = settings.branch ?? 'main';
  const commit_messages = {
    create: 'Crea {{collection}} «{{slug}}» (via CMS, {{author-name}})',
    update: 'Aggiorna {{collection}} «{{slug}}» (via CMS, {{author-name}})',
    delete: 'Elimina {{collection}} «{{slug}}» (via CMS, {{author-name}})',
    uploadMedia: 'Carica «{{path}}» (via CMS, {{author-name}})',
    deleteMedia: 'Elimina «{{path}}» (via CMS, {{author-name}})',
  };
  // Without a Git host the admin still needs a backend name; decap-server replaces it on localhost.
  const name = settings.name ?? 'github';
  return {
    name,
    repo: settings.repo ?? 'not-configured/not-configured',
    branch,
    commit_messages,
    ...(settings.baseUrl ? { base_url: settings.baseUrl } : {}),
    ...(settings.apiRoot ? { api_root: settings.apiRoot } : {}),
    ...(settings.appId ? { app_id: settings.appId } : {}),
    ...(name === 'gitlab' ? { auth_type: 'pkce' as const } : {}),
  };
}

function toCmsCollection(name: CollectionName, definition: CollectionDefinition): CmsCollection {
  const fields = describeCollection(definition.schema(standInContext)).map((field) => toCmsField(field));
  const common = { name, label: definition.label, label_singular: definition.labelSingular };
  if (definition.layout === 'single-yaml') {
    return {
      ...common,
      files: [{ name: definition.file ?? name, label: definition.labelSingular, file: `${definition.folder}/${definition.file}.yaml`, fields }],
    };
  }
  const hasBody = definition.layout !== 'yaml-files';
  const media = definition.media === 'none' ? {} : { media_folder: 'media', public_folder: 'media' };
  return {
    ...common,
    folder: definition.folder,
    create: true,
    delete: true,
    identifier_field: definition.displayField,
    summary: `{{${definition.displayField}}}`,
    slug: `{{${definition.displayField}}}`,
    ...(definition.layout === 'entry-folders' ? { path: '{{slug}}/index' } : {}),
    extension: hasBody ? 'md' : 'yaml',
    format: hasBody ? 'frontmatter' : 'yaml',
    ...media,
    ...(definition.sortField ? { sortable_fields: [{ field: definition.sortField, default_sort: definition.sortField === 'title' ? 'asc' : 'desc' }] } : {}),
    fields: hasBody ? [...fields, bodyField(definition)] : fields,
  } as CmsCollection;
}

function bodyField(definition: CollectionDefinition): CmsField {
  const images = definition.media !== 'none';
  return {
    name: 'body',
    label: t('cms.body'),
    hint: t('cms.body.hint'),
    widget: 'markdown',
    required: false,
    modes: ['rich_text', 'raw'],
    buttons: ['bold', 'italic', 'link', 'heading-two', 'heading-three', 'quote', 'bulleted-list', 'numbered-list'],
    editor_components: blockNames.filter((block) => images || block !== 'figura'),
  };
}
