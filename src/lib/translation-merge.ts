/**
 * An entry's data in another language: the Italian data with the translation's words laid over
 * it. Objects merge field by field; a list of objects merges item by item, by a key where the
 * items have one (`id`, `name`: the rules' facts and acts) and else by position (an event's
 * speakers); a list of words (an event's programme) is replaced whole. What the translation does
 * not hold (dates, relations, images, flags) stays the Italian's.
 *
 * @example
 * mergeTranslation({ title: 'Storia', date: d, cover: { src: i, alt: 'Onde' } }, { title: 'Story', cover: { alt: 'Waves' } })
 * // → { title: 'Story', date: d, cover: { src: i, alt: 'Waves' } }
 */
export function mergeTranslation<T>(base: T, translation: unknown): T {
  if (translation === undefined) return base;
  if (Array.isArray(base) && Array.isArray(translation)) return mergeList(base, translation) as T;
  if (isPlainObject(base) && isPlainObject(translation)) {
    const merged: Record<string, unknown> = { ...base };
    for (const [key, value] of Object.entries(translation)) {
      if (key === 'translationOf') continue;
      merged[key] = key in base ? mergeTranslation(base[key], value) : value;
    }
    return merged as T;
  }
  return translation as T;
}

const listKeys = ['id', 'name'] as const;

function mergeList(base: unknown[], translation: unknown[]): unknown[] {
  if (!base.every(isPlainObject) || !translation.every(isPlainObject)) return translation;
  const key = listKeys.find((name) => translation.length > 0 && translation.every((item) => typeof item[name] === 'string'));
  if (!key) return base.map((item, index) => mergeTranslation(item, translation[index]));
  const byKey = new Map(translation.map((item) => [item[key], item]));
  return base.map((item) => mergeTranslation(item, byKey.get(item[key])));
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date);
}
