// A worker of `npm run bench`: renders one page once to warm up, waits for the go, renders it `count` times, and
// reports when done. Throughput with one and with two of these shows what a second core adds.
import { parentPort, workerData } from 'node:worker_threads';
import { renderArticle } from '../dist/render/renderArticle.js';

const { article, layout, count } = workerData;
await renderArticle(article, layout);
parentPort.postMessage('ready');
parentPort.once('message', async () => {
  for (let page = 0; page < count; page += 1) await renderArticle(article, layout);
  parentPort.postMessage('done');
});
