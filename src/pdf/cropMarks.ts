import type { CropMarks } from './profile.js';

/** The page's boxes in PDF user space (points from the MediaBox's bottom-left corner): `[x1, y1, x2, y2]`. */
export interface PageBoxes {
  mediaBox: [number, number, number, number];
  bleedBox: [number, number, number, number];
  trimBox: [number, number, number, number];
  /** Where the trimmed page's top-left corner is on the sheet (points from the MediaBox's top-left corner). */
  trimOriginPt: number;
}

/** Room for crop marks beyond the bleed: the gap, the mark and as much again as the gap. */
export function marksRoomPt(marks: CropMarks | undefined): number {
  return marks ? 2 * marks.offsetPt + marks.lengthPt : 0;
}

/** TrimBox is the page, BleedBox the page and its bleed, MediaBox the bleed and the room for crop marks. */
export function pageBoxes(widthPt: number, heightPt: number, bleedPt: number, marks: CropMarks | undefined): PageBoxes {
  const trimOriginPt = bleedPt + marksRoomPt(marks);
  const sheetWidthPt = widthPt + 2 * trimOriginPt;
  const sheetHeightPt = heightPt + 2 * trimOriginPt;
  const trim = trimOriginPt;
  return {
    mediaBox: [0, 0, sheetWidthPt, sheetHeightPt],
    bleedBox: [trim - bleedPt, trim - bleedPt, trim + widthPt + bleedPt, trim + heightPt + bleedPt],
    trimBox: [trim, trim, trim + widthPt, trim + heightPt],
    trimOriginPt,
  };
}

/**
 * The eight crop marks: at each corner of the trim, one line on the line of each trimmed edge, starting `offsetPt`
 * outside the bleed so that no mark prints on the page or its bleed. In 100 % K (the plant's registration is its own
 * business, and 400 % registration black would break the newsprint ink limit).
 */
export function drawCropMarks(pdf: PDFKit.PDFDocument, boxes: PageBoxes, bleedPt: number, marks: CropMarks): void {
  const [left, , right] = boxes.trimBox;
  const sheetHeightPt = boxes.mediaBox[3];
  // pdfkit draws from the top-left corner; the boxes are from the bottom-left.
  const top = sheetHeightPt - boxes.trimBox[3];
  const bottom = sheetHeightPt - boxes.trimBox[1];
  const near = bleedPt + marks.offsetPt;
  const far = near + marks.lengthPt;
  pdf.save().lineWidth(marks.lineWidthPt).strokeColor([0, 0, 0, 100]);
  for (const x of [left, right]) {
    const outward = x === left ? -1 : 1;
    for (const y of [top, bottom]) {
      const downward = y === top ? -1 : 1;
      pdf.moveTo(x + outward * near, y).lineTo(x + outward * far, y).stroke();
      pdf.moveTo(x, y + downward * near).lineTo(x, y + downward * far).stroke();
    }
  }
  pdf.restore();
}
