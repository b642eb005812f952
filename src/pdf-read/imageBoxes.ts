import type { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { applyAffine, concatAffine, IDENTITY, type Affine } from './affine.js';
import type { PdfImageBox } from './types.js';

/** pdf.js's operator codes, passed in so that this module does not load pdf.js. */
export type PdfjsOps = typeof OPS;

/** The part of pdf.js's `PDFOperatorList` we read. */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/**
 * Find where images are painted by replaying the operator list's transformation matrix. Every image paint op
 * draws the unit square through the current matrix (PDF 8.9.4), so its box is the bounding box of that square,
 * mapped by `toPage` from user space to top-left page coordinates. `page.getOperatorList()` gives the list
 * unoptimized, so images arrive one op each, never as pdf.js's batched `...Repeat`/`...Group` ops.
 */
export function findImageBoxes(operatorList: OperatorList, ops: PdfjsOps, toPage: Affine): PdfImageBox[] {
  const boxes: PdfImageBox[] = [];
  const saved: Affine[] = [];
  let ctm = IDENTITY;
  const { fnArray, argsArray } = operatorList;
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i];
    switch (fnArray[i]) {
      case ops.save:
        saved.push(ctm);
        break;
      case ops.restore:
      case ops.paintFormXObjectEnd:
      case ops.endGroup:
      case ops.endAnnotation:
        ctm = saved.pop() ?? ctm;
        break;
      case ops.transform:
        ctm = concatAffine(ctm, toAffine(args) ?? IDENTITY);
        break;
      case ops.beginGroup:
        // A transparency group's matrix is the form's own, applied by the paintFormXObjectBegin that follows.
        saved.push(ctm);
        break;
      case ops.paintFormXObjectBegin:
        saved.push(ctm);
        ctm = concatAffine(ctm, toAffine(argAt(args, 0)) ?? IDENTITY);
        break;
      case ops.beginAnnotation:
        // An annotation's appearance is placed from page space, whatever the content stream left in the matrix.
        saved.push(ctm);
        ctm = concatAffine(toAffine(argAt(args, 2)) ?? IDENTITY, toAffine(argAt(args, 3)) ?? IDENTITY);
        break;
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject:
      case ops.paintSolidColorImageMask:
        boxes.push(unitSquareBox(concatAffine(toPage, ctm)));
        break;
    }
  }
  return boxes;
}

function unitSquareBox(m: Affine): PdfImageBox {
  const corners = [applyAffine(m, 0, 0), applyAffine(m, 1, 0), applyAffine(m, 0, 1), applyAffine(m, 1, 1)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { xPt: left, yPt: top, widthPt: Math.max(...xs) - left, heightPt: Math.max(...ys) - top };
}

function argAt(args: unknown, index: number): unknown {
  return Array.isArray(args) ? args[index] : undefined;
}

/** pdf.js passes matrices as plain arrays or typed arrays; anything else means "no matrix". */
function toAffine(value: unknown): Affine | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const numbers: unknown[] = Array.from(value as ArrayLike<unknown>);
  if (numbers.length !== 6 || !numbers.every((n) => typeof n === 'number')) return null;
  return numbers as unknown as Affine;
}
