import { Worker } from 'node:worker_threads';
import type { PageReport } from './composeEditionPage.js';
import type { EditionPlan } from './plan.js';
import type { PageRenderOptions } from './renderPage.js';

/** A worker's answer for one page: its report, or the bad input or bug that stopped it. */
export type WorkerReply =
  | { pageNumber: number; report: PageReport }
  | { pageNumber: number; inputError: { file: string; where: string; problem: string } }
  | { pageNumber: number; bug: string };

/**
 * Renders pages on `jobs` worker threads, each page sent to the first free worker, in page order. Threads rather
 * than processes: the plan is handed over once, the fonts and photos each worker reads stay in one process's file
 * cache, and a thread starts in a fraction of a process's time. `onReply` hears each page as it is done; it returns
 * false to stop sending pages (those under way are finished).
 */
export async function renderOnWorkers(plan: EditionPlan, options: PageRenderOptions, jobs: number, onReply: (reply: WorkerReply) => boolean): Promise<void> {
  const queue = plan.pages.map((page) => page.number);
  let stopped = false;
  const workerCount = Math.max(1, Math.min(jobs, queue.length));
  const runWorker = (): Promise<void> =>
    new Promise((resolve, reject) => {
      const worker = new Worker(new URL('./pageWorker.js', import.meta.url), { workerData: { plan, options } });
      const sendNext = (): void => {
        const next = stopped ? undefined : queue.shift();
        if (next === undefined) void worker.terminate().then(() => resolve());
        else worker.postMessage(next);
      };
      worker.on('message', (reply: WorkerReply) => {
        if (!onReply(reply)) stopped = true;
        sendNext();
      });
      worker.on('error', reject);
      sendNext();
    });
  await Promise.all(Array.from({ length: workerCount }, runWorker));
}
