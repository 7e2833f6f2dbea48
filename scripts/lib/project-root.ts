import { join } from 'node:path';

/** The repository's root folder, for tooling that reads or copies the project. */
export const projectRoot = join(import.meta.dirname, '../..');
