import { loadArticle } from '../article/load.js';
import type { Article } from '../article/types.js';
import { composePage, type ComposedDocument } from '../compose/composePage.js';
import type { FontSet } from '../fonts/fontSet.js';
import { InputError } from '../errors.js';
import type { ResumePoint } from '../positioned/types.js';
import { continuationArticle } from './continuation.js';
import { ModuleLayouts, storyArea, type StoryArea } from './moduleStory.js';
import type { PageLayouts } from './pageLayout.js';
import type { EditionPlan, ModulePlan } from './plan.js';

/** One module of a story as composed: the part of the article it set, and where its text stopped if it did not fit. */
export interface ComposedPart {
  module: ModulePlan;
  /** The text this module set: the whole article, or the rest of it after the previous part; null when nothing was left. */
  article: Article | null;
  document: ComposedDocument | null;
  /** Where the text stopped: the next part starts there. */
  resumeAt: ResumePoint | null;
  /** The room of the module the story had, without its jump lines. */
  area: StoryArea;
}

/**
 * Composes stories part by part, each part starting where the previous one stopped. A page worker composes the parts
 * before the ones on its pages again rather than waiting for them: the same inputs give the same stop, so the pages
 * can be composed apart and in any order.
 */
export class StoryComposer {
  /**
   * Where each part with a continuation stopped, for the next part: only that much is kept, not the composed
   * module, so that a worker's memory does not grow with the pages it renders.
   */
  private readonly stops = new Map<string, PartStop>();
  private readonly moduleLayouts = new ModuleLayouts();

  constructor(
    private readonly plan: EditionPlan,
    private readonly pageLayouts: PageLayouts,
    private readonly fonts: FontSet,
  ) {}

  async part(story: number, partIndex: number): Promise<ComposedPart> {
    const { parts } = this.plan.stories[story]!;
    const place = parts[partIndex]!;
    const page = this.plan.pages[place.page - 1]!;
    const module = page.modules[place.module]!;
    const pageLayout = this.pageLayouts.get(page.layoutPath);
    const rowPt = pageLayout.jumpRowPt;
    const area = storyArea(module.rect, partIndex > 0 ? rowPt : 0, partIndex < parts.length - 1 ? rowPt : 0);

    let article: Article | null;
    if (partIndex === 0) {
      const { articlePath } = this.plan.stories[story]!;
      article = await blame(this.plan.manifestPath, module.where, () => loadArticle(articlePath, { requireImageFiles: true }));
    } else {
      const previous = await this.stopOf(story, partIndex - 1);
      article = previous.article && previous.resumeAt ? continuationArticle(previous.article, previous.resumeAt, previous.openedWithDropCap) : null;
    }
    const document = article ? await blame(this.plan.manifestPath, module.where, () => composePage(article, this.moduleLayouts.layoutFor(module.layoutPath, area, pageLayout), this.fonts)) : null;
    const resumeAt = document?.overset?.resumeAt ?? null;
    if (partIndex < parts.length - 1) {
      const openedWithDropCap = document?.pages[0]?.frames.some((frame) => frame.kind === 'text' && frame.role === 'dropCap') ?? false;
      this.stops.set(`${story}/${partIndex}`, { article, resumeAt, openedWithDropCap });
    }
    return { module, article, document, resumeAt, area };
  }

  /** Where a part stopped: composed again unless this worker has composed it already (which records where it stopped). */
  private async stopOf(story: number, partIndex: number): Promise<PartStop> {
    const key = `${story}/${partIndex}`;
    if (!this.stops.has(key)) await this.part(story, partIndex);
    return this.stops.get(key)!;
  }
}

/** What the next part of a story needs of the part before it. */
interface PartStop {
  article: Article | null;
  resumeAt: ResumePoint | null;
  openedWithDropCap: boolean;
}

/**
 * A story's bad input is reported at its place in the manifest, with the file and field at fault:
 * `edition.yaml: pages[2].stories[1]: stories/a.md: images[0].src: file not found (a.jpg)`.
 */
async function blame<T>(manifestPath: string, where: string, run: () => T | Promise<T>): Promise<T> {
  try {
    return await run();
  } catch (error) {
    if (!(error instanceof InputError) || error.file === manifestPath) throw error;
    throw new InputError(manifestPath, where, error.message);
  }
}
