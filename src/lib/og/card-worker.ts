/**
 * A worker thread that draws social cards into the build cache while Astro renders pages (see
 * src/integrations/social-cards.ts). It receives `{ fileName, spec }` messages, and `done` when
 * the pages are all rendered; it answers with how many it drew once every card is on disk.
 */
import { existsSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parentPort, workerData } from 'node:worker_threads';
import type { CardSpec } from './card';
import { renderCard } from './render-card';

type Message = { fileName: string; spec: CardSpec } | 'done';

const port = parentPort;
if (!port) throw new Error('card-worker.ts runs as a worker thread (src/integrations/social-cards.ts starts it).');
const { cacheDir } = workerData as { cacheDir: string };
mkdirSync(cacheDir, { recursive: true });

const queue: { fileName: string; spec: CardSpec }[] = [];
let drawn = 0;
let finishing = false;
let running = 0;
/** Cards in flight: one is drawn while others are compressed on the thread pool. */
const inFlight = 3;

async function drawNext(): Promise<void> {
  for (let next = queue.shift(); next; next = queue.shift()) {
    const target = join(cacheDir, next.fileName);
    if (existsSync(target)) continue;
    const png = await renderCard(next.spec);
    // Written aside and renamed, so that a build stopped halfway never leaves a broken card.
    writeFileSync(`${target}.${process.pid}.tmp`, png);
    renameSync(`${target}.${process.pid}.tmp`, target);
    drawn += 1;
  }
}

function pump(): void {
  while (running < inFlight && queue.length > 0) {
    running += 1;
    drawNext()
      .catch((error: unknown) => port?.postMessage({ error: String((error as Error).stack ?? error) }))
      .finally(() => {
        running -= 1;
        if (queue.length > 0) pump();
        else if (finishing && running === 0) port?.postMessage({ drawn });
      });
  }
  if (finishing && running === 0 && queue.length === 0) port?.postMessage({ drawn });
}

port.on('message', (message: Message) => {
  if (message === 'done') finishing = true;
  else queue.push(message);
  pump();
});
