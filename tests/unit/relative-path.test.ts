import { posix } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolveRelative } from '../../src/lib/relative-path';

describe('resolveRelative', () => {
  it.each([
    // a guide importing a guide component, as guides do
    ['content/guides/a.mdx', '../../src/components/guide/Fact.astro'],
    // a path that climbs above the project root keeps its ..
    ['content/guides/a.mdx', '../../../etc/passwd'],
    // ./ and doubled slashes
    ['content/guides/a.mdx', './/x/./y.astro'],
    // up and down again
    ['content/guides/a.mdx', '../guides/../pages/b.md'],
    // a file at the root
    ['a.mdx', '../x'],
    // a file at the root, a sibling
    ['a.mdx', './b'],
    // nothing but the folder itself
    ['content/a.mdx', '..'],
  ])('returns for %s and %s what Node’s posix path functions return', (file, specifier) => {
    expect(resolveRelative(file, specifier)).toBe(posix.normalize(posix.join(posix.dirname(file), specifier)));
  });
});
