import { describe, expect, it } from 'vitest';
import { findCycles, importGraph } from '../../scripts/lib/import-cycles';
import { projectRoot } from '../../scripts/lib/project-root';

describe('findCycles', () => {
  it.each([
    { name: 'no loop', graph: { a: ['b'], b: ['c'], c: [] }, cycles: [] },
    { name: 'a module importing itself', graph: { a: ['a'] }, cycles: [['a']] },
    { name: 'two modules', graph: { a: ['b'], b: ['a'], c: ['a'] }, cycles: [['a', 'b']] },
    { name: 'three modules, reached from two sides', graph: { a: ['b'], b: ['c'], c: ['a'], d: ['c'] }, cycles: [['a', 'b', 'c']] },
    { name: 'a shared dependency is no loop', graph: { a: ['b', 'c'], b: ['d'], c: ['d'], d: [] }, cycles: [] },
  ])('$name', ({ graph, cycles }) => {
    expect(findCycles(new Map(Object.entries(graph)))).toEqual(cycles);
  });
});

describe('the project’s imports', () => {
  const graph = importGraph(projectRoot, ['src', 'admin', 'scripts']);

  it('are read from the source files', () => {
    expect(graph.get('src/i18n/t.ts')).toContain('src/i18n/dictionaries.ts');
    expect(graph.get('src/pages/en/index.astro')).toContain('src/pages/index.astro');
  });

  it('make no loop, type-only imports included', () => {
    expect(findCycles(graph)).toEqual([]);
  });
});
