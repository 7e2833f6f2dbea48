/**
 * Import loops in the project's own code: a module that, through its imports, imports itself.
 * Type-only imports count too: a loop of types is still two modules that cannot be read apart.
 * Only relative imports are followed; packages cannot import our files.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

const sourceExtensions = ['.ts', '.mjs', '.astro'];
/** `import … from './x'`, `export … from './x'`, `import './x'` and `import('./x')`. */
const importPattern = /(?:\bfrom\s*|\bimport\s*\(?\s*)['"](\.{1,2}\/[^'"]+)['"]/g;

/** Every source file under the folders, as absolute paths. */
function sourceFiles(folder: string): string[] {
  return readdirSync(folder).flatMap((name) => {
    const path = join(folder, name);
    if (name === 'node_modules' || name.startsWith('.')) return [];
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return sourceExtensions.some((extension) => name.endsWith(extension)) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

/** The file an import names: as written, or with a source extension, or its folder's index. */
function resolveImport(from: string, specifier: string): string | undefined {
  const base = resolve(dirname(from), specifier.replace(/\?.*$/, ''));
  const candidates = [
    base,
    ...sourceExtensions.map((extension) => `${base}${extension}`),
    ...sourceExtensions.map((extension) => join(base, `index${extension}`)),
  ];
  return candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** Which project files each file imports, with paths relative to the root. */
export function importGraph(root: string, folders: readonly string[]): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  for (const file of folders.flatMap((folder) => sourceFiles(join(root, folder)))) {
    const imports = [...readFileSync(file, 'utf8').matchAll(importPattern)].flatMap((match) => resolveImport(file, match[1] ?? '') ?? []);
    graph.set(
      relative(root, file),
      imports.map((path) => relative(root, path)),
    );
  }
  return graph;
}

/**
 * The loops of a graph, each once, as the list of modules from its first to the one that imports
 * the first again.
 *
 * @example
 * findCycles(new Map([['a', ['b']], ['b', ['a']], ['c', ['a']]])) // → [['a', 'b']]
 */
export function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: string, path: string[]) => {
    const at = path.indexOf(node);
    if (at >= 0) {
      const cycle = path.slice(at);
      const key = [...cycle].sort().join('>');
      if (!seen.has(key)) {
        seen.add(key);
        cycles.push(cycle);
      }
      return;
    }
    if (done.has(node)) return;
    for (const next of graph.get(node) ?? []) visit(next, [...path, node]);
    done.add(node);
  };
  for (const node of graph.keys()) visit(node, []);
  return cycles;
}
