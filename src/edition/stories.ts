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
  private readonly articles = new Map<number, Promise<Article>>();
  private readonly parts = new Map<string, ComposedPart>();
  private readonly moduleLayouts = new ModuleLayouts();

  constructor(
    private readonly plan: EditionPlan,
    private readonly pageLayouts: PageLayouts,
    private readonly fonts: FontSet,
  ) {}

  async part(story: number, partIndex: number): Promise<ComposedPart> {
    const key = `${story}/${partIndex}`;
    const known = this.parts.get(key);
    if (known) return known;
    const { parts } = this.plan.stories[story]!;
    const place = parts[partIndex]!;
    const page = this.plan.pages[place.page - 1]!;
    const module = page.modules[place.module]!;
    const pageLayout = this.pageLayouts.get(page.layoutPath);
    const rowPt = pageLayout.jumpRowPt;
    const area = storyArea(module.rect, partIndex > 0 ? rowPt : 0, partIndex < parts.length - 1 ? rowPt : 0);

    let article: Article | null;
    if (partIndex === 0) {
      article = await this.article(story, module.where);
    } else {
      const previous = await this.part(story, partIndex - 1);
      const openedWithDropCap = partIndex === 1 && (previous.document?.pages[0]?.frames.some((frame) => frame.kind === 'text' && frame.role === 'dropCap') ?? false);
      article = previous.article && previous.resumeAt ? continuationArticle(previous.article, previous.resumeAt, openedWithDropCap) : null;
    }
    const document = article ? await blame(this.plan.manifestPath, module.where, () => composePage(article, this.moduleLayouts.layoutFor(module.layoutPath, area, pageLayout), this.fonts)) : null;
    const composed: ComposedPart = { module, article, document, resumeAt: document?.overset?.resumeAt ?? null, area };
    this.parts.set(key, composed);
    return composed;
  }

  private article(story: number, where: string): Promise<Article> {
    let article = this.articles.get(story);
    if (!article) {
      const { articlePath } = this.plan.stories[story]!;
      article = blame(this.plan.manifestPath, where, () => loadArticle(articlePath, { requireImageFiles: true }));
      this.articles.set(story, article);
    }
    return article;
  }
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
