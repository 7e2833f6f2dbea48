import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate, formatterFactory } from 'html-validate';
import { describe, expect, inject, it } from 'vitest';
import { listPages } from '../support/dist';
import { projectRoot } from '../support/site';

/* Every built page, the admin included, against html-validate's recommended rules (.htmlvalidate.json). */
const distDir = inject('distDir');
const validator = new HtmlValidate(new FileSystemConfigLoader({ root: true, extends: [join(projectRoot, '.htmlvalidate.json')] }));
const format = formatterFactory('text');

describe.each(listPages(distDir))('the HTML of $path', ({ file }) => {
  it('is valid, with no error', async () => {
    const report = await validator.validateFile(file);
    expect(report.valid, format(report.results)).toBe(true);
  });
});
