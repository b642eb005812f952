import type { Article } from '../article/types.js';
import type { ResolvedVariant } from '../layout-spec/resolve.js';
import type { Frame, LayoutWarning } from '../positioned/types.js';
import type { FilledSlot } from './photoSlots.js';

const TEXT_ELEMENTS = ['headline', 'deck', 'byline', 'dateline'] as const;

/**
 * A warning for each element of the article the page does not print, naming it and why: the layout has no place
 * for it (`images[2] (crowd): no slot in layouts/x.json; not printed`), or its place found no room on the page.
 * The body's words are not here: what does not fit is the overset report.
 */
export function reportLeftOut(article: Article, variant: ResolvedVariant, slots: readonly FilledSlot[], frames: readonly Frame[], layoutFile: string): LayoutWarning[] {
  const inLayout = `${layoutFile}${variant.name ? ` (variant "${variant.name}")` : ''}`;
  const noRoom = (where: string): string => `its place ${where} had no room left on the page; not printed`;
  const printedImages = new Set(frames.flatMap((frame) => (frame.kind === 'image' ? [frame.imageId] : [])));
  const printedRoles = new Set(frames.flatMap((frame) => (frame.kind === 'text' ? [frame.role] : [])));
  const warnings: LayoutWarning[] = [];

  article.images.forEach((image, index) => {
    if (printedImages.has(image.id)) return;
    const slot = slots.find((filled) => filled.imageIndex === index);
    warnings.push({ where: `images[${index}] (${image.id})`, message: slot ? noRoom(slot.where) : `no slot in ${inLayout}; not printed` });
  });
  for (const field of TEXT_ELEMENTS) {
    if (!article[field] || printedRoles.has(field)) continue;
    const blockIndex = variant.story.findIndex((block) => block.type === field);
    warnings.push({ where: field, message: blockIndex >= 0 ? noRoom(`${variant.where}[${blockIndex}]`) : `no ${field} block in ${inLayout}; not printed` });
  }
  const body = variant.story.find((block) => block.type === 'body');
  if (article.source && body?.type === 'body' && !body.sourceLine) {
    warnings.push({ where: 'source', message: `no sourceLine in the body block of ${inLayout}; not printed` });
  }
  return warnings;
}
