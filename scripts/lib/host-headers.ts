/**
 * The headers a static host sends, read back from a built site's _headers file: the static
 * server applies them, and the security tests check them.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { headersFor, type HeaderRule } from '../../src/lib/security/policy';

/** Reads a Cloudflare Pages `_headers` file back into rules. */
export function parseHeadersFile(text: string): HeaderRule[] {
  const rules: HeaderRule[] = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trim().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      rules.push({ path: line.trim(), headers: {} });
      continue;
    }
    const rule = rules.at(-1);
    if (!rule) throw new Error(`A header line before any path: ${line}`);
    const detach = /^\s+!\s*(.+)$/.exec(line);
    if (detach?.[1]) (rule.detach ??= []).push(detach[1].trim());
    else {
      const [name, ...value] = line.trim().split(':');
      rule.headers[name?.trim() ?? ''] = value.join(':').trim();
    }
  }
  return rules;
}

/** The headers the host would send for a path of a built site, from its own _headers file. */
export function hostHeaders(distDir: string): (path: string) => Record<string, string> {
  const file = join(distDir, '_headers');
  if (!existsSync(file)) return () => ({});
  const rules = parseHeadersFile(readFileSync(file, 'utf8'));
  return (path) => headersFor(path, rules);
}
