/**
 * Where a relative import in a file points, as a path from the project root: what Node's
 * `posix.normalize(posix.join(posix.dirname(file), specifier))` gives, without Node, so that
 * code which also runs in the browser can use it. A path that climbs above the root keeps its
 * `..` segments, so it can never pass for a path inside the project.
 *
 * @example
 * resolveRelative('content/guides/a.mdx', '../../src/components/guide/Fact.astro') // → 'src/components/guide/Fact.astro'
 * resolveRelative('content/guides/a.mdx', '../../../etc/x') // → '../etc/x'
 */
export function resolveRelative(file: string, specifier: string): string {
  const parts = file.split('/').slice(0, -1);
  for (const segment of specifier.split('/')) {
    if (segment === '..') {
      if (parts.length === 0 || parts.at(-1) === '..') parts.push('..');
      else parts.pop();
    } else if (segment !== '.' && segment !== '') parts.push(segment);
  }
  return parts.join('/') || '.';
}
