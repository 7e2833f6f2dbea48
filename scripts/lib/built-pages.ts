import { readdirSync } from 'node:fs';
import { join, posix, relative, sep } from 'node:path';

/** Every HTML file of a built site, as the URL path a visitor would use (`/servizi/x/`). */
export function listBuiltPages(distDir: string): { path: string; file: string }[] {
  return readdirSync(distDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => {
      const rel = relative(distDir, join(distDir, name)).split(sep).join(posix.sep);
      const path = rel === 'index.html' ? '/' : rel.endsWith('/index.html') ? `/${rel.slice(0, -'index.html'.length)}` : `/${rel}`;
      return { path, file: join(distDir, name) };
    })
    .sort((a, b) => a.path.localeCompare(b.path));
}
