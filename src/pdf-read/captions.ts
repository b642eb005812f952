import type { PdfCaption, PdfImageBox, PdfLine } from './types.js';

/**
 * How far below a picture its caption's first line may start (the top of its type, in em of its size): a caption is
 * set close under its picture, closer than the space between a picture and the text that follows it.
 */
const FIRST_LINE_GAP_EM = 2;
/** A caption's next line starts within this many em of the line before's baseline (its leading, with slack). */
const NEXT_LINE_EM = 1.6;
/** A caption's first line may start this far above its picture's bottom (rounding). */
const EDGE_SLACK_PT = 1;
/** A caption line may start or end this far (in em) outside its picture's sides: punctuation hung in the margin (a credit's dash). */
const HANG_EM = 0.5;

/**
 * The captions under a page's pictures: the lines that start just below a picture, within its width, and the lines
 * of the same size that follow them closely. A picture with no such line has no caption; a line is one caption's.
 */
export function findCaptions(images: readonly PdfImageBox[], lines: readonly PdfLine[]): PdfCaption[] {
  const byTop = [...lines].sort((a, b) => topOf(a) - topOf(b) || a.xStartPt - b.xStartPt);
  const taken = new Set<PdfLine>();
  const captions: PdfCaption[] = [];
  images.forEach((image, imageIndex) => {
    const bottomPt = image.yPt + image.heightPt;
    const within = (line: PdfLine): boolean => line.xStartPt >= image.xPt - HANG_EM * line.sizePt && line.xEndPt <= image.xPt + image.widthPt + HANG_EM * line.sizePt;
    const first = byTop.find(
      (line) => !taken.has(line) && within(line) && topOf(line) >= bottomPt - EDGE_SLACK_PT && topOf(line) <= bottomPt + FIRST_LINE_GAP_EM * line.sizePt,
    );
    if (!first) return;
    const captionLines = [first];
    for (const line of byTop) {
      const last = captionLines[captionLines.length - 1]!;
      const follows = line.baselinePt > last.baselinePt && line.baselinePt - last.baselinePt <= NEXT_LINE_EM * last.sizePt;
      if (!taken.has(line) && line !== first && follows && within(line) && Math.abs(line.sizePt - first.sizePt) < 0.01) captionLines.push(line);
    }
    for (const line of captionLines) taken.add(line);
    captions.push({ imageIndex, lines: captionLines, text: captionLines.map((line) => line.text).join(' ') });
  });
  return captions;
}

/** The top of a line's type. */
function topOf(line: PdfLine): number {
  return line.baselinePt - line.sizePt;
}
