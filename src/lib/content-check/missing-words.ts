/**
 * The words an Italian entry has that its translation lacks, by path: `cover.alt`,
 * `faq[1].answer`, `facts[esoneroPerDay].claim`. An English page shows the Italian data under the
 * translation's words, so a missing one would put Italian words on an English page.
 *
 * `paths` are the translated fields (src/schemas/translation.ts); list items are paired by the
 * key their translations carry (`id`, `name`), else by position, as mergeTranslation() merges them.
 *
 * @example
 * missingWords({ title: 'Storia', cover: { alt: 'Onde' } }, { title: 'Story' }, ['title', 'cover.alt']) // → ['cover.alt']
 */
export function missingWords(italian: unknown, translation: unknown, paths: readonly string[]): string[] {
  return paths.flatMap((path) => missingAt(italian, translation, path.split('.'), ''));
}

const listKeys = ['id', 'name'] as const;

function missingAt(italian: unknown, translation: unknown, segments: readonly string[], where: string): string[] {
  const [segment, ...rest] = segments;
  if (segment === undefined) return isPresent(italian) && !isPresent(translation) ? [where] : [];
  const list = segment.endsWith('[]');
  const name = list ? segment.slice(0, -2) : segment;
  const here = where === '' ? name : `${where}.${name}`;
  const italianValue = field(italian, name);
  const translatedValue = field(translation, name);
  if (!list) return missingAt(italianValue, translatedValue, rest, here);
  if (!Array.isArray(italianValue)) return [];
  const translatedItems = Array.isArray(translatedValue) ? (translatedValue as unknown[]) : [];
  // As mergeTranslation() pairs them: by a key the translation's items all carry, else by position.
  const key = listKeys.find((k) => translatedItems.length > 0 && translatedItems.every((item) => typeof field(item, k) === 'string'));
  return italianValue.flatMap((item, index) => {
    const label = key ? String(field(item, key)) : String(index);
    const counterpart = key ? translatedItems.find((other) => field(other, key) === field(item, key)) : translatedItems[index];
    return rest.length === 0
      ? isPresent(item) && !isPresent(counterpart)
        ? [`${here}[${label}]`]
        : []
      : missingAt(item, counterpart, rest, `${here}[${label}]`);
  });
}

function field(value: unknown, name: string): unknown {
  return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>)[name] : undefined;
}

function isPresent(value: unknown): boolean {
  if (value === undefined || value === null) return false;
  if (typeof value === 'string') return value.trim() !== '';
  if (Array.isArray(value)) return value.length > 0;
  return true;
}
