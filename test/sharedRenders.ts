import { renderArticle, type RenderOptions, type RenderResult } from '../src/render/renderArticle.js';

const renders = new Map<string, Promise<RenderResult>>();

/**
 * The example pages, rendered once per test worker and shared by the files that only read them (vitest keeps modules
 * between the files of a worker: `isolate: false`). A render is the costliest step of most tests.
 */
export function renderShared(articlePath: string, layoutPath: string, options: RenderOptions = {}): Promise<RenderResult> {
  const key = JSON.stringify([articlePath, layoutPath, options]);
  let render = renders.get(key);
  if (!render) {
    render = renderArticle(articlePath, layoutPath, options);
    renders.set(key, render);
  }
  return render;
}
