// Computes many articles' passage-index rows (lib/finder/index-article.ts) for the bulk paths
// (the start-up backfill, the synthetic corpus): segmenting is CPU work, so a batch is spread
// over worker threads, one per core, when there is enough of it; few articles are done here.
import os from 'node:os';
import { Worker } from 'node:worker_threads';
import { indexArticleText, type ClauseRow } from '../../finder/index-article';

/** Below this many articles, starting workers (each loads jieba's dictionary) costs more than it saves. */
const MIN_ARTICLES_FOR_WORKERS = 200;

export type PassageRowsPool = {
  compute: (texts: readonly string[]) => Promise<ClauseRow[][]>;
  close: () => Promise<void>;
};

/** A pool of `workers` threads (default: the machine's cores); with one, everything runs inline. */
export function createPassageRowsPool(workers = os.availableParallelism()): PassageRowsPool {
  if (workers <= 1) return { compute: async (texts) => texts.map((t) => indexArticleText(t)), close: async () => {} };
  let threads: Worker[] | null = null;
  const start = () =>
    (threads ??= Array.from({ length: workers }, () => new Worker(new URL('./passage-rows-worker.mjs', import.meta.url))));
  const run = (worker: Worker, texts: string[]) =>
    new Promise<ClauseRow[][]>((resolve, reject) => {
      const onError = (error: Error) => reject(error);
      worker.once('error', onError);
      worker.once('message', (rows: ClauseRow[][]) => {
        worker.off('error', onError);
        resolve(rows);
      });
      worker.postMessage(texts);
    });
  return {
    async compute(texts) {
      if (texts.length < MIN_ARTICLES_FOR_WORKERS && threads === null) return texts.map((t) => indexArticleText(t));
      const pool = start();
      const share = Math.ceil(texts.length / pool.length);
      const parts = await Promise.all(pool.map((worker, i) => run(worker, texts.slice(i * share, (i + 1) * share))));
      return parts.flat();
    },
    async close() {
      if (threads) await Promise.all(threads.map((t) => t.terminate()));
      threads = null;
    },
  };
}
