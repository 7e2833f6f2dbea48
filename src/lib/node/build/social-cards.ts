import {
  closeSync,
  constants,
  copyFileSync,
  existsSync,
  linkSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  readSync,
  renameSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import type { CardSpec } from '../../og/card';
import { readPageCard } from '../../og/page-card';
import { cardFileName } from '../og/card-file-name';
import { renderCard } from '../og/render-card';

export interface CardReport {
  /** Pages that ask for a card. */
  pages: number;
  /** Distinct cards (pages with the same title and section share one). */
  cards: number;
  /** Cards drawn in this build, and the ones copied from the cache of earlier builds. */
  rendered: number;
  reused: number;
  /** The whole step: reading the pages, drawing and copying. */
  seconds: number;
}

/** Cards drawn at once: one is laid out while others are compressed on libuv's threads. */
const inFlight = 4;

/** The og:image tag is in the head, in the first few kilobytes: reading whole pages cost more than drawing. */
const headBytes = 16 * 1024;
const head = Buffer.alloc(headBytes);

/** A page's card, read from the start of its file, or from all of it if the tag is not there. */
function cardOfFile(file: string): ReturnType<typeof readPageCard> {
  const fd = openSync(file, 'r');
  let read: number;
  try {
    read = readSync(fd, head, 0, headBytes, 0);
  } finally {
    closeSync(fd);
  }
  const card = readPageCard(head.toString('utf8', 0, read));
  return card || read < headBytes ? card : readPageCard(readFileSync(file, 'utf8'));
}

function htmlFiles(siteDir: string): string[] {
  return readdirSync(siteDir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.html'))
    .map((name) => join(siteDir, name));
}

/**
 * Writes the social card of every page of a built site, where its og:image says. A card is drawn
 * once and kept in `cacheDir` under its file name, a hash of its design and text, so a later
 * build only draws the cards whose text changed.
 *
 * A page whose card name does not match its text (the layout and this step disagree) stops the
 * build: a page would otherwise point social networks at a wrong or missing image.
 */
export async function writeSocialCards(siteDir: string, cacheDir: string): Promise<CardReport> {
  const started = performance.now();
  const wanted = new Map<string, CardSpec>();
  let pages = 0;
  for (const file of htmlFiles(siteDir)) {
    const card = cardOfFile(file);
    if (!card) continue;
    pages++;
    const page = `/${relative(siteDir, file).split(sep).join(posix.sep)}`;
    if (posix.basename(card.path) !== cardFileName(card.spec)) {
      throw new Error(`${page}: its og:image is ${card.path}, but its card text makes ${cardFileName(card.spec)}. Build the card URL with cardFileName().`);
    }
    wanted.set(card.path, card.spec);
  }

  mkdirSync(cacheDir, { recursive: true });
  let rendered = 0;
  let reused = 0;
  const queue = [...wanted];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const [path, spec] = next;
      const target = join(siteDir, path);
      const cached = join(cacheDir, posix.basename(path));
      mkdirSync(dirname(target), { recursive: true });
      if (existsSync(cached)) {
        // Cached cards are never changed in place (a new text is a new name): a hard link is safe
        // and copies nothing; across file systems, a copy.
        try {
          linkSync(cached, target);
        } catch {
          copyFileSync(cached, target, constants.COPYFILE_FICLONE);
        }
        reused++;
        continue;
      }
      writeFileSync(target, await renderCard(spec));
      // Linked into the cache once complete, so a build stopped halfway never leaves a broken card there.
      try {
        linkSync(target, cached);
      } catch {
        copyFileSync(target, `${cached}.tmp`);
        renameSync(`${cached}.tmp`, cached);
      }
      rendered++;
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { pages, cards: wanted.size, rendered, reused, seconds: (performance.now() - started) / 1000 };
}
