import { parseArticle } from '../article/parse.js';
import { composePage } from '../compose/composePage.js';
import { FontSet } from '../fonts/fontSet.js';
import { parseLayout } from '../layout-spec/load.js';
import { ptToMm } from '../layout-spec/units.js';
import type { Frame, TextFrame } from '../positioned/types.js';

/** Where the original printed one of the story's blocks: a photo's top and its caption's first baseline, a text block's first baseline. */
export interface OriginalBlock {
  anchorPt: number;
  captionBaselinePt?: number;
}

/** One story block as composed: its top (a grid row's, the first block's the top margin), its first baseline (a photo's top), its bottom. */
interface ComposedBlock {
  topPt: number;
  anchorPt: number;
  bottomPt: number;
  caption?: TextFrame;
}

const bottomOf = (frame: Frame): number => frame.yPt + frame.heightPt;

/**
 * The imported layout with its top margin, spaces between blocks and caption gaps set so that every block of the story
 * lands where the original's did. The blocks' heights are measured from the page, but our stacking starts each block
 * on a grid row below the one before, measuring from its own font metrics, so the spaces are found by composing the
 * page once: the first block's offset moves the top margin (exactly); each later block's offset, in whole grid rows,
 * sets the space after the block before it to the middle of the range that lands it on its row.
 */
export function alignStory(layout: Record<string, unknown>, articleMarkdown: string, originals: readonly OriginalBlock[], folder: string): Record<string, unknown> {
  const resolved = parseLayout(JSON.stringify(layout), `${folder}/layout.json`);
  const article = parseArticle(articleMarkdown, `${folder}/article.md`);
  const frames = composePage(article, resolved, new FontSet(resolved.fontFiles)).pages[0]?.frames ?? [];
  const story = layout.story as Record<string, unknown>[];
  const composed = story.map((block) => composedBlock(frames, block.type as string, story.slice(0, story.indexOf(block)).filter((before) => before.type === 'image').length));
  if (composed.some((block) => block === null) || originals.length !== story.length) return layout;
  const blocks = composed as ComposedBlock[];
  const page = layout.page as { margins: { topMm: number } };
  const stepPt = (layout.baselineGrid as { stepPt: number }).stepPt;
  const shiftPt = originals[0]!.anchorPt - blocks[0]!.anchorPt;
  page.margins.topMm = round(page.margins.topMm + ptToMm(shiftPt));
  // Rows each block must move by, beyond the top margin's shift.
  const rows = blocks.map((block, index) => Math.round((originals[index]!.anchorPt - block.anchorPt - shiftPt) / stepPt));
  story.forEach((block, index) => {
    const next = blocks[index + 1];
    if (next) {
      const targetTopPt = next.topPt + rows[index + 1]! * stepPt;
      const bottomPt = blocks[index]!.bottomPt + rows[index]! * stepPt;
      block.spaceAfterMm = round(Math.max(0, ptToMm(targetTopPt - bottomPt - stepPt / 2)));
    }
    const captionBaselinePt = originals[index]!.captionBaselinePt;
    const caption = blocks[index]!.caption;
    if (caption && captionBaselinePt !== undefined) {
      const captionSpec = block.caption as { gapMm: number };
      captionSpec.gapMm = round(Math.max(0, captionSpec.gapMm + ptToMm(captionBaselinePt - shiftPt - rows[index]! * stepPt - caption.lines[0]!.baselinePt)));
    }
  });
  return layout;
}

const round = (value: number): number => Number(value.toFixed(3));

/** The composed frames of a story block of `type` (the `imageIndex`-th photo for an image block), or null if it was not set. */
function composedBlock(frames: readonly Frame[], type: string, imageIndex: number): ComposedBlock | null {
  if (type === 'image') {
    const image = frames.filter((frame) => frame.kind === 'image')[imageIndex];
    if (!image) return null;
    const next = frames[frames.indexOf(image) + 1];
    const caption = next?.kind === 'text' && next.role === 'caption' ? next : undefined;
    return { topPt: image.yPt, anchorPt: image.yPt, bottomPt: bottomOf(caption ?? image), ...(caption ? { caption } : {}) };
  }
  const text = frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === type && frame.lines.length > 0);
  const first = text.sort((a, b) => a.column - b.column || a.yPt - b.yPt)[0];
  if (!first) return null;
  return { topPt: first.yPt, anchorPt: Math.min(...first.lines.map((line) => line.baselinePt)), bottomPt: Math.max(...text.map(bottomOf)) };
}
