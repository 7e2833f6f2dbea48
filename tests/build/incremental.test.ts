import { stripVTControlCharacters } from 'node:util';
import { appendFileSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildProject, projectWithContent } from '../../scripts/lib/project-copy';
import { projectRoot } from '../support/site';

/**
 * Astro's incremental build reuses a page when its code and its cacheKey are unchanged. It fails
 * silently: a build that reuses nothing is still correct, only slow. A staging folder named per
 * run once changed every page's dependency hash and turned it off, so this test builds twice and
 * checks what the second build reused.
 */
const project = projectWithContent(join(projectRoot, 'content'));
afterAll(() => project.remove());

/** The pages Astro took from its cache, as it logs them: `├─ /x/index.html (cached)`. */
function reusedPages(output: string): string[] {
  const plain = stripVTControlCharacters(output);
  return [...plain.matchAll(/├─ (\S+) \((?:cached|restored)\)/g)].map((match) => match[1] ?? '');
}

describe('a rebuild after one story changes', () => {
  const story = join(project.root, 'content/stories/out-of-the-blue/index.md');
  const added = 'Un paragrafo aggiunto per provare la ricostruzione.';

  it('reuses the pages that do not show the story, and renders the story again', { timeout: 180_000 }, () => {
    const first = buildProject(project.root);
    expect(first.status, first.output.slice(-2000)).toBe(0);
    expect(reusedPages(first.output)).toEqual([]);

    appendFileSync(story, `\n${added}\n`);
    const second = buildProject(project.root);
    expect(second.status, second.output.slice(-2000)).toBe(0);
    const reused = reusedPages(second.output);
    // Services and members that the story does not name, and other news and pages, come from the cache.
    expect(reused).toContain('/servizi/pulizia-uffici/index.html');
    expect(reused).toContain('/notizie/convegno-nuovi-spazi-di-economia-civile/index.html');
    expect(reused.length).toBeGreaterThan(40);
    // The story, and the member it names, are rendered again with the new text.
    expect(reused).not.toContain('/storie/out-of-the-blue/index.html');
    expect(reused).not.toContain('/rete/consorzio-sir/index.html');
    expect(readFileSync(join(project.root, 'dist/storie/out-of-the-blue/index.html'), 'utf8')).toContain(added);
  });
});
