import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentFormatIssues } from '../../scripts/lib/content-format';

describe('content files', () => {
  it('are all in the exact form the CMS writes, so an editor’s first save changes only what they changed', () => {
    // Fix with: npm run format:content
    expect(contentFormatIssues(join(import.meta.dirname, '../..')).map((issue) => issue.file)).toEqual([]);
  });
});
