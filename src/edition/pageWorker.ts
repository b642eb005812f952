import { parentPort, workerData } from 'node:worker_threads';
import { InputError } from '../errors.js';
import { PreparedImageCache } from '../images/cache.js';
import { defaultOutput } from '../layout-spec/schema.js';
import { outputProfile } from '../profiles/profiles.js';
import { editionContext } from './context.js';
import type { PageRenderOptions } from './renderPage.js';
import { renderEditionPage } from './renderPage.js';
import type { EditionPlan } from './plan.js';
import type { WorkerReply } from './pool.js';

/** A page worker: renders the pages it is sent, one at a time, and replies with each page's report or its error. */
const { plan, options } = workerData as { plan: EditionPlan; options: PageRenderOptions };
const context = editionContext(plan);
// An edition sets only the profile; ink limit and photo colour are the profile's defaults.
const tools = { profile: outputProfile(plan.profile, defaultOutput()), imageCache: new PreparedImageCache() };

parentPort!.on('message', (pageNumber: number) => {
  renderEditionPage(context, tools, plan.pages[pageNumber - 1]!, options).then(
    (output): void => parentPort!.postMessage({ pageNumber, report: output.report } satisfies WorkerReply),
    (error: unknown): void => {
      const failure = error instanceof InputError ? { inputError: { file: error.file, where: error.where, problem: error.problem } } : { bug: error instanceof Error ? (error.stack ?? error.message) : String(error) };
      parentPort!.postMessage({ pageNumber, ...failure } satisfies WorkerReply);
    },
  );
});
