import { createElement, type ReactNode } from 'react';
import { parseDay } from '../../src/lib/dates';

/**
 * A terse element builder for the previews. They mirror the Astro templates element by element,
 * and reading `h('dl', …)` side by side with the `.astro` markup keeps them easy to compare.
 */
export function h(tag: string, props: Record<string, unknown> | null, ...children: ReactNode[]) {
  return createElement(tag, props, ...children);
}

/** A value of the entry being edited, as plain JS. */
export function field<T>(entry: { getIn(path: string[]): unknown }, ...path: string[]): T | undefined {
  const value = entry.getIn(['data', ...path]) as { toJS?: () => unknown } | undefined;
  return (value && typeof value === 'object' && typeof value.toJS === 'function' ? value.toJS() : value) as T | undefined;
}

/** Dates reach the editor as strings or Date objects, depending on how the file was written. */
export function asDate(value: unknown): Date | undefined {
  if (value instanceof Date) return value;
  // A date-time field starts with its day.
  return typeof value === 'string' ? parseDay(value.slice(0, 10)) : undefined;
}

export interface PreviewProps {
  entry: { getIn(path: string[]): unknown; get(key: 'slug'): unknown };
  widgetFor(name: string): ReactNode;
  getAsset(path: string): { toString(): string };
  fieldsMetaData: { getIn(path: unknown[]): unknown };
}

/**
 * The display name of a related entry, from what the relation widget loaded, or its id. The
 * widget files what it loaded under the field's path: `['event', 'promoters']` inside a group.
 */
export function relatedName(props: PreviewProps, field: string | string[], collection: string, id: string, displayField: string): string {
  const data = props.fieldsMetaData.getIn([...[field].flat(), collection, id]) as { get?: (key: string) => unknown } | undefined;
  const name = data?.get?.(displayField);
  return typeof name === 'string' ? name : id;
}

/**
 * The entry's id on the site (its file name, or its folder for entries in folders), which Decap
 * calls slug; undefined for an entry not saved yet.
 */
export function entryId(props: PreviewProps): string | undefined {
  const slug = props.entry.get('slug');
  return typeof slug === 'string' && slug ? slug.replace(/\/index$/, '') : undefined;
}
