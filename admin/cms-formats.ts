import { frontmatterYAML } from 'decap-cms-core/dist/esm/formats/frontmatter.js';
import yamlFormatter from 'decap-cms-core/dist/esm/formats/yaml.js';
import { collectionDefinitions, type CollectionDefinition } from '../src/schemas';
import { describeCollection } from '../src/lib/schema-fields';
import { standInContext } from '../src/schemas/context';
import { orderedLike } from './ordered-data';

/** What a Decap formatter does: read a file's text into data, and write data back as text. */
export interface Formatter {
  fromFile(text: string): Record<string, unknown>;
  toFile(data: Record<string, unknown>, sortedKeys?: string[], comments?: Record<string, string>): string;
}

/** The name under which a collection's formatter is registered with Decap and named in its config. */
export function formatName(collection: string): string {
  return `jpn-${collection}`;
}

/**
 * Decap's own YAML or YAML-frontmatter formatter, with every nested object's keys put back in the
 * order of the collection's fields before writing (see orderedLike). The CMS, `npm run
 * format:content` and the content-format test all write through it, so a file has one form.
 */
export function orderedFormatter(definition: CollectionDefinition): Formatter {
  const fields = describeCollection(definition.schema(standInContext));
  const base: Formatter = hasYamlFiles(definition) ? yamlFormatter : frontmatterYAML();
  return {
    fromFile: (text) => base.fromFile(text),
    toFile: (data, sortedKeys, comments) => base.toFile(orderedLike(data, fields) as Record<string, unknown>, sortedKeys, comments),
  };
}

/** One formatter per collection the CMS edits, to register with `CMS.registerCustomFormat`. */
export function cmsFormats(): { name: string; extension: string; formatter: Formatter }[] {
  return (Object.entries(collectionDefinitions) as [string, CollectionDefinition][])
    .filter(([, definition]) => definition.cms !== false)
    .map(([name, definition]) => ({ name: formatName(name), extension: hasYamlFiles(definition) ? 'yaml' : 'md', formatter: orderedFormatter(definition) }));
}

function hasYamlFiles(definition: CollectionDefinition): boolean {
  return definition.layout === 'yaml-files' || definition.layout === 'single-yaml';
}
