import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node as YamlNode } from 'yaml';
import { fieldPath, type ContentProblem } from './problem';

/** Bigger bodies are almost always a paste accident (an embedded file, a whole document). */
export const maxBodyBytes = 100_000;

export interface ParsedEntry {
  data: unknown;
  /** The Markdown after the frontmatter; empty for YAML entries. */
  body: string;
  /** 1-based line of the first body line in the file. */
  bodyLine: number;
  /** The line of a field, or of its closest ancestor that is present. */
  lineOf(path: readonly PropertyKey[]): number | undefined;
}

const frontmatterPattern = /^---\r?\n([\s\S]*?)\r?\n---(?:\r?\n|$)/;

/**
 * Splits and parses one content file. YAML is read with the YAML 1.2 core schema, so dates stay
 * the strings that were written and an impossible day can be reported instead of rolled over.
 */
export function readEntry(file: string, bytes: Uint8Array, kind: 'markdown' | 'yaml'): ParsedEntry | ContentProblem[] {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return [{ severity: 'error', file, message: 'The file is not valid UTF-8 text.', fix: 'Save it again with UTF-8 encoding (the CMS always does).' }];
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);

  let yamlText = text;
  let body = '';
  let yamlLine = 1;
  if (kind === 'markdown') {
    const match = frontmatterPattern.exec(text);
    if (!match) {
      return [
        {
          severity: 'error',
          file,
          line: 1,
          message: 'Expected the file to start with frontmatter between two lines of ---.',
          fix: 'Put the fields between a first line --- and a closing line ---, as in the other entries.',
        },
      ];
    }
    yamlText = match[1] ?? '';
    yamlLine = 2;
    body = text.slice(match[0].length);
  }
  const bodyLine = kind === 'markdown' ? text.slice(0, text.length - body.length).split('\n').length : 1;

  const bodySize = new TextEncoder().encode(body).length;
  if (bodySize > maxBodyBytes) {
    return [
      {
        severity: 'error',
        file,
        line: bodyLine,
        field: 'body',
        message: `The body is ${Math.round(bodySize / 1000)} kB, over the limit of ${maxBodyBytes / 1000} kB.`,
        fix: 'Split the text into several entries, or remove pasted files and images (upload images instead).',
      },
    ];
  }

  const lineCounter = new LineCounter();
  const document = parseDocument(yamlText, { lineCounter, prettyErrors: false, uniqueKeys: true });
  if (document.errors.length > 0) {
    return document.errors.map((error) => ({
      severity: 'error' as const,
      file,
      line: (error.linePos?.[0]?.line ?? 1) + yamlLine - 1,
      message: `The ${kind === 'markdown' ? 'frontmatter' : 'file'} is not valid YAML: ${error.message.split('\n')[0]}`,
      fix: 'Check indentation, colons and quotes on that line.',
    }));
  }

  const lineOf = (path: readonly PropertyKey[]): number | undefined => {
    let node: unknown = document.contents;
    let line: number | undefined;
    const lineOfNode = (n: unknown) => {
      const range = (n as YamlNode | null)?.range;
      return range ? lineCounter.linePos(range[0]).line + yamlLine - 1 : undefined;
    };
    line = lineOfNode(node);
    for (const key of path) {
      if (isMap(node)) {
        const pair = node.items.find((item) => isScalar(item.key) && item.key.value === key);
        if (!pair) break;
        line = lineOfNode(pair.key) ?? line;
        node = pair.value;
      } else if (isSeq(node) && typeof key === 'number') {
        node = node.items[key];
        line = lineOfNode(node) ?? line;
      } else break;
    }
    return line;
  };

  return { data: document.toJS() ?? {}, body, bodyLine, lineOf };
}

export { fieldPath };
