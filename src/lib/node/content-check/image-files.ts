import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { mediaFolder } from '../../../schemas';
import type { EntryFile } from '../../content-check/entries';
import { extensionOf, imageExtensions, isImageExtension } from '../../content-check/entry-files';
import type { ContentProblem } from '../../content-check/problem';

/**
 * The image an image field names must be in the entry's media folder, in a format the site can
 * publish, and on disk: Astro would otherwise fail on it in the middle of the build.
 */
export function imageFieldProblem(value: unknown, entry: Pick<EntryFile, 'absolute'>): Pick<ContentProblem, 'message' | 'fix'> | undefined {
  if (typeof value !== 'string') return undefined;
  if (!new RegExp(`^(\\./)?${mediaFolder}/[^/\\\\]+$`).test(value)) {
    return {
      message: `Expected an image in the entry’s ${mediaFolder} folder, such as ${mediaFolder}/foto.jpg; got "${value}".`,
      fix: 'Upload the image through the CMS.',
    };
  }
  if (!isImageExtension(extensionOf(value))) {
    return {
      message: `"${value}" is not an image format the site can publish. Expected one of: ${imageExtensions.join(', ')}.`,
      fix: 'Save the image as JPG, PNG, WebP or SVG and upload it again.',
    };
  }
  if (!existsSync(join(entry.absolute, '..', value))) {
    return { message: `The image file "${value}" does not exist in the entry’s folder.`, fix: 'Upload it again, or correct the file name.' };
  }
  return undefined;
}

/** Images in a body are checked for existence here; their syntax is body-safety’s job. */
export function missingBodyImages(body: string, bodyLine: number, entry: Pick<EntryFile, 'absolute' | 'file'>): ContentProblem[] {
  const problems: ContentProblem[] = [];
  body.split('\n').forEach((text, index) => {
    for (const match of text.matchAll(new RegExp(`!\\[[^\\]]*\\]\\(((?:\\./)?${mediaFolder}/[^)\\s]+)`, 'g'))) {
      const path = match[1] ?? '';
      if (!existsSync(join(entry.absolute, '..', path))) {
        problems.push({
          severity: 'error',
          file: entry.file,
          line: bodyLine + index,
          field: 'body',
          message: `The image file "${path}" does not exist next to the entry.`,
          fix: 'Upload it again, or correct the file name.',
        });
      }
    }
  });
  return problems;
}
