import type { CollectionName } from '../../schemas';
import type { ContentProblem } from './problem';

/**
 * The entries the content checker passes from step to step. They live here, apart from the
 * steps, so that every step (freshness, references, the network's rules) and every reader of the
 * result (the sitemap's dates) imports the types without importing the checker.
 */

/** An entry file found in a collection's folder, before it is read. */
export interface EntryFile {
  collection: CollectionName;
  /** The entry's id: its file or folder name, which is also its URL segment. */
  id: string;
  /** Path from the project root, with forward slashes, as problems name it. */
  file: string;
  /** Absolute path, to read the file and to find the images beside it. */
  absolute: string;
}

/** An entry whose file could be read, whether or not its values pass the schema. */
export interface ReadEntry {
  collection: CollectionName;
  id: string;
  /** Path from the project root, with forward slashes. */
  file: string;
  /** The values as written in the file, before the schema's defaults and transforms. */
  raw: unknown;
  /** The line of a field in the file, for problems found after parsing. */
  lineOf: (path: readonly PropertyKey[]) => number | undefined;
}

/** An entry that passed its schema. */
export interface CheckedEntry extends ReadEntry {
  /**
   * What the schema made of the values, as Astro will: dates are Dates and defaults are filled
   * in. Images and references stay the path and the id written (the checker's stand-in context).
   */
  data: Readonly<Record<string, unknown>>;
}

/** What one run of the checker found: every problem, and the entries that passed. */
export interface ContentReport {
  problems: ContentProblem[];
  entries: CheckedEntry[];
}
