// Decap ships no types for its format modules; these are the parts admin/cms-formats.ts uses.
declare module 'decap-cms-core/dist/esm/formats/frontmatter.js' {
  export function frontmatterYAML(): {
    fromFile(text: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
  };
}
declare module 'decap-cms-core/dist/esm/formats/yaml.js' {
  const formatter: {
    fromFile(text: string): Record<string, unknown>;
    toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
  };
  export default formatter;
}
