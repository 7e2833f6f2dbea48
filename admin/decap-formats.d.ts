// Decap ships no types for its format modules; these are the parts canonical-format.ts uses.
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export function frontmatterYAML(): { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string };
}
declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  const formatter: { fromFile(text: string): Record<string, unknown>; toFile(data: Record<string, unknown>, sortedKeys?: string[]): string };
  export default formatter;
}
