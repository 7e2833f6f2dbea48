import type { CmsField } from 'decap-cms-core';
import { t } from '../src/i18n/t';
import type { FieldModel, NamedField } from '../src/lib/schema-fields';
import { collectionDefinitions, type CollectionName } from '../src/schemas';

/**
 * Turns one schema field into a Decap field. Validation mirrors the schema so an editor learns
 * about a mistake while writing: required flags, patterns, length limits, number ranges, list sizes.
 *
 * Decap checks a required field even inside an optional group the editor left empty (a story
 * without a cover could not be saved). So inside optional groups, fields are not required for
 * Decap, their hint says when they are, and admin/validate-before-save.ts applies the schema's
 * real rule before saving.
 */
export function toCmsField(field: NamedField, insideOptionalGroup = false): CmsField {
  const requiredHere = field.required && field.kind !== 'boolean' && !insideOptionalGroup;
  const conditional = insideOptionalGroup && field.required && field.kind !== 'boolean';
  const hint = [conditional ? t('cms.requiredInGroup') : undefined, field.hint].filter(Boolean).join(' ');
  const base = {
    name: field.name,
    label: field.label ?? field.name,
    // A switch always has a value, so it is never "missing" (Decap would call `false` missing).
    required: requiredHere,
    ...(hint ? { hint } : {}),
  };
  return { ...base, ...widgetFor(field, insideOptionalGroup) } as CmsField;
}

function widgetFor(field: FieldModel, insideOptionalGroup: boolean): Record<string, unknown> {
  switch (field.kind) {
    case 'string':
    case 'text':
      return { widget: field.kind, ...withDefault(field), ...stringPattern(field) };
    case 'number':
      return {
        widget: 'number',
        value_type: field.integer ? 'int' : 'float',
        // Decimal values here are euros and percentages: the arrows move by a cent, typing is free.
        ...(field.integer ? {} : { step: 0.01 }),
        ...(field.min !== undefined ? { min: field.min } : {}),
        ...(field.max !== undefined ? { max: field.max } : {}),
        ...withDefault(field),
      };
    case 'boolean':
      // No invented default: a `false` written into an optional group (consent) would make the
      // whole group count as filled in, and its required fields would block saving.
      return { widget: 'boolean', ...withDefault(field) };
    case 'date':
      // A calendar date, written as YYYY-MM-DD like the hand-written files, in the browser's own
      // date picker. Decap reads the YAML date as text (its parser turns only full timestamps into
      // dates), so no time zone applies, and picker_utc would only add a confusing "UTC" label.
      return { widget: 'datetime', format: 'YYYY-MM-DD', date_format: 'DD/MM/YYYY', time_format: false, picker_utc: false };
    case 'datetime':
      // A wall-clock time in Rome, written without an offset: the site adds it.
      return { widget: 'datetime', format: 'YYYY-MM-DDTHH:mm', date_format: 'DD/MM/YYYY', time_format: 'HH:mm', picker_utc: false };
    case 'image':
      return { widget: 'image', choose_url: false };
    case 'select':
      return { widget: 'select', options: selectOptions(field), ...withDefault(field) };
    case 'relation':
      return relationWidget(field.collection);
    case 'object': {
      const optional = insideOptionalGroup || !field.required;
      return { widget: 'object', collapsed: !field.required, fields: field.fields.map((child) => toCmsField(child, optional)) };
    }
    case 'list':
      return listWidget(field, insideOptionalGroup);
  }
}

function listWidget(field: Extract<FieldModel, { kind: 'list' }>, insideOptionalGroup: boolean): Record<string, unknown> {
  const sizes = { ...(field.minItems !== undefined ? { min: field.minItems } : {}), ...(field.maxItems !== undefined ? { max: field.maxItems } : {}) };
  const { item } = field;
  // Lists of choices and of references are one multi-select, not a list of single pickers.
  if (item.kind === 'select') return { widget: 'select', multiple: true, options: selectOptions(item), ...sizes, ...withDefault(field) };
  if (item.kind === 'relation') return { ...relationWidget(item.collection), multiple: true, ...sizes, ...withDefault(field) };
  // Items open, so their fields show at once; a collapsed item is named by its first values.
  if (item.kind === 'object')
    return {
      widget: 'list',
      collapsed: false,
      summary: itemSummary(item.fields),
      fields: item.fields.map((child) => toCmsField(child, insideOptionalGroup)),
      ...sizes,
      ...withDefault(field),
    };
  return {
    widget: 'list',
    collapsed: false,
    summary: '{{fields.item}}',
    field: toCmsField({ ...item, name: 'item', label: field.label ?? 'item' }, insideOptionalGroup),
    ...sizes,
    ...withDefault(field),
  };
}

/** Decap's summary of a collapsed list item: its first two plain values, such as «Nome · Ruolo». */
function itemSummary(fields: readonly NamedField[]): string {
  const plain = fields.filter((f) => ['string', 'text', 'number', 'select', 'date'].includes(f.kind)).slice(0, 2);
  return plain.map((f) => `{{fields.${f.name}}}`).join(' · ');
}

function relationWidget(collection: string): Record<string, unknown> {
  const target = collectionDefinitions[collection as CollectionName];
  if (!target) throw new Error(`A relation points to "${collection}", which is not a collection.`);
  // Decap names an entry in a folder `<id>/index`, which is not its Astro id.
  if (target.layout === 'entry-folders') throw new Error(`Relations to "${collection}" need flat files: see StorageLayout in src/schemas/index.ts.`);
  return {
    widget: 'relation',
    collection,
    value_field: '{{slug}}',
    search_fields: [target.displayField],
    display_fields: [target.displayField],
    options_length: 100,
  };
}

function selectOptions(field: Extract<FieldModel, { kind: 'select' }>) {
  return field.options.map((value) => ({ value, label: field.optionLabels[value] ?? value }));
}

function withDefault(field: FieldModel): Record<string, unknown> {
  return field.default !== undefined && !(Array.isArray(field.default) && field.default.length === 0) ? { default: field.default } : {};
}

/**
 * A Decap `pattern` equivalent to the schema's string checks. Decap takes one pattern per field,
 * so a format and a length limit are combined with a lookahead.
 */
export function stringPattern(field: Extract<FieldModel, { kind: 'string' | 'text' }>): { pattern?: [string, string] } {
  const { minLength: min, maxLength: max, pattern } = field;
  const length = min !== undefined || max !== undefined ? `[\\s\\S]{${min ?? 0},${max ?? ''}}` : undefined;
  const lengthMessage =
    min !== undefined && max !== undefined
      ? t('cms.length', { min, max })
      : max !== undefined
        ? t('cms.lengthMax', { max })
        : min !== undefined
          ? t('cms.lengthMin', { min })
          : '';
  if (pattern) {
    const source = length ? `^(?=${length}$)${pattern.source.replace(/^\^/, '')}` : pattern.source;
    const hint = field.hint ?? field.label ?? '';
    return { pattern: [source, [t('cms.format', { hint }), lengthMessage].filter(Boolean).join(' ')] };
  }
  if (length) return { pattern: [`^${length}$`, lengthMessage] };
  return {};
}
