import type { ImageFunction } from 'astro/content/config';
import { z } from 'astro/zod';
import type { CmsCollection, CmsField } from 'decap-cms-core';
import { isDeepStrictEqual } from 'node:util';
import { t } from '../../src/i18n/t';
import { editorIssues } from '../../src/lib/content-check/editor-issues';
import { collectionDefinitions, type CollectionDefinition, type CollectionName } from '../../src/schemas';
import type { ReferencableCollection, SchemaContext } from '../../src/schemas/context';

/*
 * The contract between the Decap config and the zod schemas, checked against zod itself. The
 * config is generated through src/lib/schema-fields.ts; nothing here uses that file or the
 * stand-in context. Each CMS field is compared with what zod does with a complete entry
 * (tests/support/cms-samples.ts) when that one field is removed or changed, and with zod's own
 * introspection (enum options, number bounds, object shapes, metadata).
 */

type Path = (string | number)[];
type AnyField = CmsField & Record<string, unknown> & { name: string; widget?: string; label?: string; hint?: string; required?: boolean };

const referencable: ReferencableCollection[] = ['members', 'services', 'partners', 'glossary', 'pages'];

/**
 * The test's own schema context: an image is a string starting with `image:`, a reference to
 * members one starting with `members:`. So zod itself says where images and references are.
 */
export const probeContext: SchemaContext = {
  image: (() => z.string().startsWith('image:')) as unknown as ImageFunction,
  reference: ((collection: ReferencableCollection) => z.string().startsWith(`${collection}:`)) as unknown as SchemaContext['reference'],
};

/** The schema inside zod's wrappers (optional, default, pipe), or undefined for a bare schema. */
function inner(schema: z.ZodType): z.ZodType | undefined {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return schema.unwrap() as z.ZodType;
  if (schema instanceof z.ZodPipe) return schema.in as z.ZodType;
  return undefined;
}

function core(schema: z.ZodType): z.ZodType {
  let current = schema;
  for (let next = inner(current); next; next = inner(current)) current = next;
  return current;
}

/** The zod schema of the field at a path of the entry (a number steps into a list's items). */
function zodAt(schema: z.ZodType, path: Path): z.ZodType {
  let current = schema;
  for (const key of path) {
    const bare = core(current);
    if (typeof key === 'number') {
      if (!(bare instanceof z.ZodArray)) throw new Error(`${path.join('.')}: the schema has no list here`);
      current = bare.element as z.ZodType;
    } else {
      const next = bare instanceof z.ZodObject ? (bare.shape as Record<string, z.ZodType>)[key] : undefined;
      if (!next) throw new Error(`${path.join('.')}: the schema has no such field`);
      current = next;
    }
  }
  return current;
}

/** The `.meta()` of a field, from the outermost wrapper in. */
function metaOf(schema: z.ZodType): Record<string, unknown> {
  const merged: Record<string, unknown> = {};
  for (let s: z.ZodType | undefined = schema; s; s = inner(s)) {
    for (const [key, value] of Object.entries(z.globalRegistry.get(s) ?? {})) if (!(key in merged)) merged[key] = value;
  }
  return merged;
}

const removed = Symbol('removed');

function getIn(data: unknown, path: Path): unknown {
  let current = data;
  for (const key of path) current = current !== null && typeof current === 'object' ? (current as Record<string | number, unknown>)[key] : undefined;
  return current;
}

/** A copy of the entry with one value replaced, or removed. */
function withValue(data: unknown, path: Path, value: unknown): unknown {
  const copy = structuredClone(data) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1)!;
  if (value === removed) delete parent[last];
  else parent[last] = value;
  return copy;
}

/** A date in a Decap (dayjs) format: only the tokens the config uses, and [literal] text. */
export function formatWith(date: Date, format: string): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  const parts: Record<string, string> = {
    YYYY: String(date.getUTCFullYear()),
    MM: pad(date.getUTCMonth() + 1),
    DD: pad(date.getUTCDate()),
    HH: pad(date.getUTCHours()),
    mm: pad(date.getUTCMinutes()),
  };
  return format.replace(/\[([^\]]*)\]|YYYY|MM|DD|HH|mm/g, (token: string, literal?: string) => literal ?? parts[token] ?? token);
}

/** Strings that exercise formats: addresses, dates, plain text. */
const formatSamples = [
  'info@example.org',
  'nome.cognome@esempio.it',
  'non è una email',
  'a@b',
  'https://www.example.org',
  'http://example.org/pagina',
  'https://example.org/percorso?x=1',
  'ftp://example.org',
  'www.example.org',
  '2025-10-28',
  'Un testo di prova',
];
/** Lengths up to this are tried on every string field. */
const longest = 1000;

const finite = (value: number | null | undefined) =>
  value === null || value === undefined || !Number.isFinite(value) || Math.abs(value) >= Number.MAX_SAFE_INTEGER ? undefined : value;
const show = (value: unknown) => (typeof value === 'string' && value.length > 30 ? `${value.length} characters` : JSON.stringify(value));

/**
 * Every disagreement between a Decap collection and its zod schema, as sentences naming the
 * field; an empty list when they agree.
 */
export function contractProblems(name: CollectionName, collection: CmsCollection, entry: Record<string, unknown>): string[] {
  const definition: CollectionDefinition = collectionDefinitions[name];
  const schema = definition.schema(probeContext);
  const accepts = (data: unknown) => schema.safeParse(data).success;
  const problems: string[] = [];
  const same = (what: string, cms: unknown, zod: unknown) => {
    if (!isDeepStrictEqual(cms, zod)) problems.push(`${what}: the CMS has ${JSON.stringify(cms)}, the schema ${JSON.stringify(zod)}`);
  };

  const check = schema.safeParse(entry);
  if (!check.success) return [`the complete ${name} entry in tests/support/cms-samples.ts is invalid: ${check.error.message}`];

  const fields = (collection.fields ?? collection.files?.[0]?.fields ?? []) as AnyField[];
  const hasBody = (definition.layout === 'entry-folders' || definition.layout === 'markdown-files') && definition.body !== false;
  const body = fields.find((f) => f.name === 'body');
  if (hasBody !== Boolean(body))
    problems.push(`body: the collection ${hasBody ? 'has' : 'has no'} Markdown body, the CMS ${body ? 'has' : 'has no'} body field`);
  if (body) same('body: widget', body.widget, 'markdown');
  compareObject(
    fields.filter((f) => f !== body),
    [],
    false,
  );
  return problems;

  function compareObject(cmsFields: AnyField[], path: Path, optionalGroup: boolean) {
    const bare = core(zodAt(schema, path));
    const keys = bare instanceof z.ZodObject ? Object.keys(bare.shape) : [];
    same(
      `${path.join('.') || name}: fields`,
      cmsFields.map((f) => f.name),
      keys,
    );
    for (const field of cmsFields) if (keys.includes(field.name)) compareField(field, [...path, field.name], optionalGroup, cmsFields, false);
  }

  function compareField(field: AnyField, path: Path, optionalGroup: boolean, siblings: AnyField[], item: boolean) {
    const where = path.join('.');
    const own = zodAt(schema, path);
    const meta = metaOf(own);
    const at = (value: unknown) => accepts(withValue(entry, path, value));
    if (getIn(entry, path) === undefined) {
      problems.push(`${where}: the complete entry leaves it empty; fill it in tests/support/cms-samples.ts`);
      return;
    }

    let zodRequires = false;
    if (!item) {
      // Every field is labelled for the editor, in Italian, by its schema's title.
      if (typeof meta['title'] !== 'string') problems.push(`${where}: the schema gives it no title, so the editor would see its code name`);
      same(`${where}: label`, field.label, (meta['title'] as string | undefined) ?? field.name);
      const description = meta['description'] as string | undefined;
      if (description && !String(field.hint ?? '').includes(description)) problems.push(`${where}: the hint does not give the schema's description`);
      const without = withValue(entry, path, removed);
      const result = schema.safeParse(without);
      zodRequires = !result.success;
      const cmsRequires = field.required !== false;
      if (field.widget === 'boolean') {
        if (cmsRequires) problems.push(`${where}: a switch is never empty for Decap, so it must not be required`);
        if (zodRequires && !editorIssues(definition, without).some((message) => message.includes(`«${field.label}»`)))
          problems.push(`${where}: the schema requires it, but saving without it gives the editor no message naming it`);
      } else if (optionalGroup) {
        if (cmsRequires) problems.push(`${where}: required inside an optional group, so an empty group could not be saved`);
        if (zodRequires && !String(field.hint ?? '').includes(t('cms.requiredInGroup')))
          problems.push(`${where}: the schema requires it when the group is filled in, and the hint does not say so`);
      } else {
        same(`${where}: required`, cmsRequires, zodRequires);
      }
      // What zod fills in for a missing value is what the CMS offers a new entry.
      if (result.success) {
        const zodDefault = getIn(result.data, path);
        same(`${where}: default`, field['default'], Array.isArray(zodDefault) && zodDefault.length === 0 ? undefined : zodDefault);
      }
    }

    switch (field.widget) {
      case 'string':
      case 'text':
        // A string's rules are its own: its schema alone answers quickly for a thousand lengths.
        return compareString(field, where, meta, (value) => own.safeParse(value).success);
      case 'number':
        return compareNumber(field, where, core(own), at);
      case 'boolean':
        if (!at(true) || !at(false) || at('sì')) problems.push(`${where}: the schema does not take exactly true or false`);
        return;
      case 'datetime':
        return compareDate(field, where, at);
      case 'select':
        return field['multiple'] === true ? compareMultiSelect(field, path, own, meta) : compareSelect(field, where, own, meta, at);
      case 'relation':
        return compareRelation(field, path, own);
      case 'image':
        return compareImage(field, path, siblings, at);
      case 'object':
        return compareObject((field['fields'] as AnyField[] | undefined) ?? [], path, optionalGroup || !zodRequires);
      case 'list':
        return compareList(field, path, optionalGroup);
      default:
        problems.push(`${where}: the widget ${String(field.widget)} is not covered by the contract test`);
    }
  }

  function compareString(field: AnyField, where: string, meta: Record<string, unknown>, at: (value: unknown) => boolean) {
    same(`${where}: widget`, field.widget, meta['widget'] === 'text' ? 'text' : 'string');
    const pattern = field['pattern'] as [string, string] | undefined;
    if (pattern && !pattern[1]) problems.push(`${where}: the CMS pattern has no message for the editor`);
    const cmsAccepts = (value: string) => !pattern || new RegExp(pattern[0]).test(value);
    // Empty values are the required check's business; zod trims, so no sample has outer spaces.
    const samples = [...Array.from({ length: longest }, (_, i) => 'x'.repeat(i + 1)), ...formatSamples];
    const disagree = samples.filter((sample) => cmsAccepts(sample) !== at(sample));
    if (disagree.length > 0)
      problems.push(
        `${where}: the CMS pattern and the schema disagree on ${disagree
          .slice(0, 3)
          .map((s) => `${show(s)} (CMS ${cmsAccepts(s) ? 'accepts' : 'refuses'})`)
          .join(', ')}`,
      );
  }

  function compareNumber(field: AnyField, where: string, bare: z.ZodType, at: (value: unknown) => boolean) {
    if (!(bare instanceof z.ZodNumber)) {
      problems.push(`${where}: a number in the CMS, not in the schema`);
      return;
    }
    const [min, max] = [finite(bare.minValue), finite(bare.maxValue)];
    // `.int()` is a format of zod's numbers: whole numbers within the safe range.
    const whole = bare.format === 'safeint';
    same(`${where}: value_type`, field['value_type'], whole ? 'int' : 'float');
    same(`${where}: min`, field['min'], min);
    same(`${where}: max`, field['max'], max);
    // zod's introspection agrees with what it does.
    const step = whole ? 1 : 0.01;
    if (min !== undefined && (!at(min) || at(min - step))) problems.push(`${where}: the schema's lowest value is not ${min}`);
    if (max !== undefined && (!at(max) || at(max + step))) problems.push(`${where}: the schema's highest value is not ${max}`);
    if (whole && at((min ?? 0) + 0.5)) problems.push(`${where}: the schema takes decimals, the CMS whole numbers only`);
    if (!whole && !at((min ?? 0) + 0.5) && !at((max ?? 1) - 0.5)) problems.push(`${where}: the schema takes whole numbers only, the CMS decimals`);
    if (!whole && field['step'] !== 0.01) problems.push(`${where}: a decimal number needs step 0.01 in the CMS, or its arrows jump by 1`);
  }

  function compareDate(field: AnyField, where: string, at: (value: unknown) => boolean) {
    const format = String(field['format']);
    const day = new Date(Date.UTC(2025, 9, 28, 14, 5));
    const written = formatWith(day, format);
    if (!at(written)) problems.push(`${where}: the CMS writes ${written} (format ${format}), which the schema refuses`);
    const dateOnly = field['time_format'] === false;
    if (dateOnly !== !/H/.test(format)) problems.push(`${where}: time_format does not match the format ${format}`);
    const other = formatWith(day, dateOnly ? 'YYYY-MM-DDTHH:mm' : 'YYYY-MM-DD');
    if (at(other)) problems.push(`${where}: the schema also takes ${other}, which this CMS field never writes: is it the other kind of date?`);
    // A calendar day has no time zone: Decap's picker_utc would only add a "UTC" label.
    if (dateOnly && field['picker_utc'] === true) problems.push(`${where}: a calendar date shows a UTC label (picker_utc)`);
  }

  function compareSelect(field: AnyField, where: string, own: z.ZodType, meta: Record<string, unknown>, at: (value: unknown) => boolean) {
    const bare = core(own);
    if (!(bare instanceof z.ZodEnum)) {
      problems.push(`${where}: a choice in the CMS, not an enum in the schema`);
      return;
    }
    compareOptions(field, where, bare.options as string[], meta);
    if (at('nessuna-di-queste')) problems.push(`${where}: the schema takes values outside the list`);
  }

  function compareMultiSelect(field: AnyField, path: Path, own: z.ZodType, meta: Record<string, unknown>) {
    const where = path.join('.');
    const bare = core(own);
    const element = bare instanceof z.ZodArray ? core(bare.element as z.ZodType) : undefined;
    if (!(element instanceof z.ZodEnum)) {
      problems.push(`${where}: a multiple choice in the CMS, not a list of enum values in the schema`);
      return;
    }
    const options = element.options as string[];
    compareOptions(field, where, options, meta);
    if (accepts(withValue(entry, path, ['nessuna-di-queste']))) problems.push(`${where}: the schema takes values outside the list`);
    compareSizes(field, path, options[0]);
  }

  function compareOptions(field: AnyField, where: string, options: string[], meta: Record<string, unknown>) {
    const cms = (field['options'] as { value: string; label: string }[] | undefined) ?? [];
    same(
      `${where}: options`,
      cms.map((o) => o.value),
      options,
    );
    const labels = (meta['optionLabels'] as Record<string, string> | undefined) ?? {};
    same(
      `${where}: option labels`,
      cms.map((o) => o.label),
      options.map((o) => labels[o] ?? o),
    );
  }

  function compareRelation(field: AnyField, path: Path, own: z.ZodType) {
    const where = path.join('.');
    const multiple = field['multiple'] === true;
    same(`${where}: multiple`, multiple, core(own) instanceof z.ZodArray);
    const itemPath = multiple ? [...path, 0] : path;
    const targets = referencable.filter((c) => accepts(withValue(entry, itemPath, `${c}:qualcosa`)));
    same(`${where}: relation target`, [field['collection']], targets);
    const target = collectionDefinitions[String(field['collection']) as CollectionName] ?? collectionDefinitions.members;
    same(`${where}: value_field`, field['value_field'], '{{slug}}');
    same(`${where}: display_fields`, field['display_fields'], [target.displayField]);
    same(`${where}: search_fields`, field['search_fields'], [target.displayField]);
    // Decap names an entry by its file, which is its Astro id only for flat files.
    if (target.layout === 'entry-folders') problems.push(`${where}: points to a collection of entry folders, whose CMS ids are not Astro ids`);
    if (multiple) compareSizes(field, path, `${String(field['collection'])}:qualcosa`);
  }

  function compareImage(field: AnyField, path: Path, siblings: AnyField[], at: (value: unknown) => boolean) {
    const where = path.join('.');
    // An SVG, which every image field takes (easy-to-read texts take drawings only).
    if (!at('image:media/altra.svg') || at('media/altra.svg') || at('members:alveare')) problems.push(`${where}: the schema does not take an image here`);
    same(`${where}: choose_url`, field['choose_url'], false);
    const alt = siblings.find((s) => s.name === 'alt');
    const altPath = [...path.slice(0, -1), 'alt'];
    if (!alt || alt.widget !== 'string') problems.push(`${where}: no alt text field beside the image`);
    if (accepts(withValue(entry, altPath, removed)) || accepts(withValue(entry, altPath, '   ')))
      problems.push(`${where}: the schema takes the image without alt text`);
  }

  function compareList(field: AnyField, path: Path, optionalGroup: boolean) {
    const where = path.join('.');
    if (!(core(zodAt(schema, path)) instanceof z.ZodArray)) {
      problems.push(`${where}: a list in the CMS, not in the schema`);
      return;
    }
    const first = getIn(entry, [...path, 0]);
    if (first === undefined) {
      problems.push(`${where}: the complete entry has no item in this list; add one in tests/support/cms-samples.ts`);
      return;
    }
    if (field['fields']) compareObject(field['fields'] as AnyField[], [...path, 0], optionalGroup);
    else if (field['field']) compareField(field['field'] as AnyField, [...path, 0], optionalGroup, [], true);
    else problems.push(`${where}: a list without item fields`);
    compareSizes(field, path, first);
  }

  /** The numbers of items each side allows, from none to a dozen. */
  function compareSizes(field: AnyField, path: Path, item: unknown) {
    const where = path.join('.');
    const counts = Array.from({ length: 13 }, (_, n) => n);
    const zod = counts.filter((n) =>
      accepts(
        withValue(
          entry,
          path,
          Array.from({ length: n }, () => structuredClone(item)),
        ),
      ),
    );
    const min = (field['min'] as number | undefined) ?? (field.required !== false ? 1 : 0);
    const max = (field['max'] as number | undefined) ?? Infinity;
    same(
      `${where}: number of items`,
      counts.filter((n) => n >= min && n <= max),
      zod,
    );
  }
}
