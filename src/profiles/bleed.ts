import type { PositionedPage } from '../positioned/types.js';

/** How close to the trim a photo's edge must be to count as touching it (layout rounding). */
const TOUCH_PT = 0.5;

/**
 * Extends every photo that touches the trim out to the bleed's edge on that side, so that a cut a little off the
 * trim shows picture, not paper. Before the images are prepared, so each picture is cropped for its larger frame.
 */
export function extendPhotosIntoBleed(page: PositionedPage): void {
  const bleedPt = page.bleedPt;
  if (bleedPt <= 0) return;
  for (const frame of page.frames) {
    if (frame.kind !== 'image') continue;
    if (frame.xPt <= TOUCH_PT) {
      frame.widthPt += frame.xPt + bleedPt;
      frame.xPt = -bleedPt;
    }
    if (frame.yPt <= TOUCH_PT) {
      frame.heightPt += frame.yPt + bleedPt;
      frame.yPt = -bleedPt;
    }
    if (frame.xPt + frame.widthPt >= page.widthPt - TOUCH_PT) frame.widthPt = page.widthPt + bleedPt - frame.xPt;
    if (frame.yPt + frame.heightPt >= page.heightPt - TOUCH_PT) frame.heightPt = page.heightPt + bleedPt - frame.yPt;
  }
}
