/**
 * The comparison point of the benchmark: the same project and content pipeline, but every entry
 * rendered by one bare template with no layout, components or CMS page. Our build time divided
 * by this one is what the site itself costs on top of the content.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectWithContent } from '../lib/project-copy';

const bareRoute = `---
import { getCollection, render } from 'astro:content';

export async function getStaticPaths() {
  const entries = [...(await getCollection('services')), ...(await getCollection('stories')), ...(await getCollection('news'))];
  return entries.map((entry) => ({ params: { slug: \`\${entry.collection}/\${entry.id}\` }, props: { entry } }));
}
const { entry } = Astro.props;
const { Content } = await render(entry);
---

<html lang="it">
  <head><meta charset="utf-8" /><title>{entry.data.title}</title></head>
  <body><main data-pagefind-body><h1>{entry.data.title}</h1><Content /></main></body>
</html>
`;

export function bareTemplateProject(): { root: string; remove: () => void } {
  const project = projectWithContent(join(import.meta.dirname, '../../content'));
  rmSync(join(project.root, 'src/pages'), { recursive: true, force: true });
  mkdirSync(join(project.root, 'src/pages'), { recursive: true });
  writeFileSync(join(project.root, 'src/pages/[...slug].astro'), bareRoute);
  // The build publishes only a site with a home page.
  writeFileSync(
    join(project.root, 'src/pages/index.astro'),
    '<html lang="it"><head><meta charset="utf-8" /><title>Bench</title></head><body><h1>Bench</h1></body></html>\n',
  );
  return project;
}
