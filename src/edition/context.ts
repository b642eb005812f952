import { FontSet } from '../fonts/fontSet.js';
import type { EditionContext } from './composeEditionPage.js';
import { editionFontFiles } from './fonts.js';
import { PageLayouts } from './pageLayout.js';
import type { EditionPlan } from './plan.js';
import { StoryComposer } from './stories.js';

/** What composing the edition's pages shares in one process or worker: layouts, faces, stories composed so far. */
export function editionContext(plan: EditionPlan): EditionContext {
  const pageLayouts = new PageLayouts();
  const fonts = new FontSet(editionFontFiles(plan, pageLayouts));
  return { plan, pageLayouts, fonts, stories: new StoryComposer(plan, pageLayouts, fonts) };
}
