import type { CollectionDefinition } from '../../schemas';
import { checkBody } from '../markdown/body-safety';
import { checkGuideBody, type GuideIdUse } from '../markdown/guide-safety';
import { quotedPeople } from '../markdown/quoted-people';
import type { ReadEntry } from './entries';
import type { ContentProblem } from './problem';
import type { ParsedEntry } from './read-entry';

/** An id a guide names, with the guide's file and where its body starts, checked once every entry is read. */
export type GuideIdUseInFile = GuideIdUse & { file: string; bodyLine: number };

/**
 * What is wrong with an entry's body: a Markdown body must be safe to render (only the content
 * blocks, no HTML), a story that quotes someone names a person, and an MDX guide may only use the
 * guide components; a collection without bodies has none. The ids a guide names come back too, to be checked against the rules and the
 * glossary. Whether the images a body shows exist is a question for the disk (image-files.ts).
 */
export function bodyProblems(
  entry: Pick<ReadEntry, 'collection' | 'file' | 'raw'>,
  parsed: Pick<ParsedEntry, 'body' | 'bodyLine'>,
  definition: CollectionDefinition,
): { problems: ContentProblem[]; guideIdUses: GuideIdUseInFile[] } {
  const at = (line: number) => parsed.bodyLine + line - 1;
  if (definition.layout === 'mdx-files') {
    const guide = checkGuideBody(parsed.body, entry.file);
    return {
      problems: guide.violations.map((violation) => ({
        severity: 'error',
        file: entry.file,
        line: at(violation.line),
        field: 'body',
        message: violation.message,
        fix: violation.fix,
      })),
      guideIdUses: guide.uses.map((use) => ({ ...use, file: entry.file, bodyLine: parsed.bodyLine })),
    };
  }
  if (definition.body === false) {
    return {
      problems: parsed.body.trim()
        ? [
            {
              severity: 'error',
              file: entry.file,
              line: parsed.bodyLine,
              field: 'body',
              message: `Entries of «${definition.label}» have no text below the frontmatter: no page would show it.`,
              fix: 'Move the text into the entry’s fields, or delete it.',
            },
          ]
        : [],
      guideIdUses: [],
    };
  }
  const problems: ContentProblem[] = checkBody(parsed.body, { imagesAllowed: definition.media !== 'none' }).map((violation) => ({
    severity: 'error',
    file: entry.file,
    line: at(violation.line),
    field: 'body',
    message: violation.message,
    fix: violation.fix,
  }));
  if (entry.collection === 'stories' && (entry.raw as { namedPeople?: unknown }).namedPeople !== true) {
    for (const person of quotedPeople(parsed.body)) {
      problems.push({
        severity: 'error',
        file: entry.file,
        line: at(person.line),
        field: 'namedPeople',
        message: `The story quotes «${person.name}», so it names a person, but namedPeople is not true.`,
        fix: 'Switch on «Nomina o ritrae persone» and record their consent, or remove the quote.',
      });
    }
  }
  return { problems, guideIdUses: [] };
}
