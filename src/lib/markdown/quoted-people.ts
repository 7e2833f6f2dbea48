import { markdownToMdast } from 'satteri';
import { markdownFeatures } from './features';

type Node = {
  type: string;
  name?: string;
  attributes?: Record<string, string | null | undefined> | null;
  position?: { start: { line: number } };
  children?: Node[];
};

/**
 * The people a body quotes by name, with the line of each quote: a `citazione` block names its
 * author, so a story that has one names a person, whatever its frontmatter says.
 *
 * @example
 * quotedPeople(':::citazione{autore="Sara Valorsa"}\nParole.\n:::') // → [{ name: 'Sara Valorsa', line: 1 }]
 */
export function quotedPeople(body: string): { name: string; line: number }[] {
  const found: { name: string; line: number }[] = [];
  const visit = (node: Node) => {
    const author = node.type === 'containerDirective' && node.name === 'citazione' ? node.attributes?.['autore']?.trim() : undefined;
    if (author) found.push({ name: author, line: node.position?.start.line ?? 1 });
    for (const child of node.children ?? []) visit(child);
  };
  visit(markdownToMdast(body, { features: markdownFeatures }) as Node);
  return found;
}
