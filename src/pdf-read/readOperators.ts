import type { OPS } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { applyAffine, concatAffine, IDENTITY, type Affine } from './affine.js';
import {
  INITIAL_TEXT_PARAMETERS,
  moveText,
  setTextMatrix,
  showGlyphs,
  START_OF_TEXT,
  type PdfTextFont,
  type TextParameters,
  type TextPosition,
} from './textState.js';
import type { PdfGlyph, PdfImageBox } from './types.js';

/** pdf.js's operator codes, passed in so that this module does not load pdf.js. */
export type PdfjsOps = typeof OPS;

/** The part of pdf.js's `PDFOperatorList` we read. */
export interface OperatorList {
  fnArray: readonly number[];
  argsArray: readonly unknown[];
}

/** What a page's content draws, in page coordinates. */
export interface PageContent {
  glyphs: PdfGlyph[];
  images: PdfImageBox[];
  skippedGlyphs: number;
}

/** The graphics state that placing glyphs and images needs, saved by `q`, forms, groups and annotations. */
interface GraphicsState {
  ctm: Affine;
  text: TextParameters;
  /** The clipping path's bounding box in page coordinates; null while nothing is clipped. */
  clip: PdfImageBox | null;
}

/**
 * Replays a page's operator list (`page.getOperatorList()`, unoptimized: one op per image, never pdf.js's batched
 * `...Repeat`/`...Group` ops) with the current transformation matrix and the text state, and returns every glyph
 * drawn, in drawing order, and the box of every image. An image paint draws the unit square through the CTM
 * (PDF 8.9.4). `toPage` maps user space to top-left page coordinates; `fontOf` gives a `setFont` id's font.
 */
export function readOperators(operatorList: OperatorList, ops: PdfjsOps, toPage: Affine, fontOf: (id: string) => PdfTextFont | null): PageContent {
  const content: PageContent = { glyphs: [], images: [], skippedGlyphs: 0 };
  const saved: GraphicsState[] = [];
  let state: GraphicsState = { ctm: IDENTITY, text: INITIAL_TEXT_PARAMETERS, clip: null };
  let position: TextPosition = START_OF_TEXT;
  // `W` marks the path being built as the next clip; the path comes with the painting op that ends it (`n`).
  let clipPending = false;
  const setText = (change: Partial<TextParameters>): void => {
    state = { ...state, text: { ...state.text, ...change } };
  };
  const setFont = (args: unknown): void => {
    const id = argAt(args, 0);
    setText({ font: typeof id === 'string' ? fontOf(id) : null, size: numberAt(args, 1) });
  };
  const { fnArray, argsArray } = operatorList;
  for (let i = 0; i < fnArray.length; i++) {
    const args = argsArray[i];
    switch (fnArray[i]) {
      case ops.save:
      case ops.beginGroup: // A group's matrix is the form's own, applied by the paintFormXObjectBegin that follows.
        saved.push(state);
        break;
      case ops.restore:
      case ops.paintFormXObjectEnd:
      case ops.endGroup:
      case ops.endAnnotation:
        state = saved.pop() ?? state;
        break;
      case ops.transform:
        state = { ...state, ctm: concatAffine(state.ctm, toAffine(args) ?? IDENTITY) };
        break;
      case ops.paintFormXObjectBegin:
        saved.push(state);
        state = { ...state, ctm: concatAffine(state.ctm, toAffine(argAt(args, 0)) ?? IDENTITY) };
        break;
      case ops.beginAnnotation:
        // An annotation's appearance is placed from page space, whatever the content stream left in the matrix.
        saved.push(state);
        state = { ...state, ctm: concatAffine(toAffine(argAt(args, 2)) ?? IDENTITY, toAffine(argAt(args, 3)) ?? IDENTITY) };
        break;
      case ops.clip:
      case ops.eoClip:
        clipPending = true;
        break;
      case ops.constructPath: {
        const pathBox = clipPending ? pathBoxOnPage(argAt(args, 2), concatAffine(toPage, state.ctm)) : null;
        if (pathBox) state = { ...state, clip: state.clip ? intersect(state.clip, pathBox) : pathBox };
        clipPending = false;
        break;
      }
      case ops.paintImageXObject:
      case ops.paintInlineImageXObject:
      case ops.paintImageMaskXObject:
      case ops.paintSolidColorImageMask: {
        // What shows of an image is what its clip lets through: a photo drawn to "cover" its frame is cut to the frame.
        const drawn = boxOf(concatAffine(toPage, state.ctm), [0, 0, 1, 1]);
        const shown = state.clip ? intersect(state.clip, drawn) : drawn;
        if (shown.widthPt > 0 && shown.heightPt > 0) content.images.push(shown);
        break;
      }
      case ops.beginText:
        position = START_OF_TEXT;
        break;
      case ops.setTextMatrix:
        position = setTextMatrix(toAffine(argAt(args, 0)) ?? IDENTITY);
        break;
      case ops.moveText:
        position = moveText(position, numberAt(args, 0), numberAt(args, 1));
        break;
      case ops.setLeadingMoveText:
        setText({ leading: -numberAt(args, 1) });
        position = moveText(position, numberAt(args, 0), numberAt(args, 1));
        break;
      case ops.nextLine:
        position = moveText(position, 0, -state.text.leading);
        break;
      case ops.setLeading:
        setText({ leading: numberAt(args, 0) });
        break;
      case ops.setFont:
        setFont(args);
        break;
      case ops.setGState:
        for (const entry of asArray(argAt(args, 0))) if (argAt(entry, 0) === 'Font') setFont(argAt(entry, 1));
        break;
      case ops.setCharSpacing:
        setText({ charSpacing: numberAt(args, 0) });
        break;
      case ops.setWordSpacing:
        setText({ wordSpacing: numberAt(args, 0) });
        break;
      case ops.setHScale:
        setText({ horizontalScale: numberAt(args, 0) / 100 });
        break;
      case ops.setTextRise:
        setText({ rise: numberAt(args, 0) });
        break;
      case ops.showText: {
        const shown = showGlyphs(asArray(argAt(args, 0)), state.text, position, concatAffine(toPage, state.ctm));
        for (const glyph of shown.glyphs) content.glyphs.push(glyph);
        content.skippedGlyphs += shown.skipped;
        position = shown.position;
        break;
      }
    }
  }
  return content;
}

/** The page box of the user-space rectangle `[minX, minY, maxX, maxY]` drawn through `m`. */
function boxOf(m: Affine, [minX, minY, maxX, maxY]: readonly [number, number, number, number]): PdfImageBox {
  const corners = [applyAffine(m, minX, minY), applyAffine(m, maxX, minY), applyAffine(m, minX, maxY), applyAffine(m, maxX, maxY)];
  const xs = corners.map(([x]) => x);
  const ys = corners.map(([, y]) => y);
  const left = Math.min(...xs);
  const top = Math.min(...ys);
  return { xPt: left, yPt: top, widthPt: Math.max(...xs) - left, heightPt: Math.max(...ys) - top };
}

/**
 * A clipping path as its bounding box on the page, from the `[minX, minY, maxX, maxY]` pdf.js gives with a path
 * (user space). A rectangle, the clip page layouts use, is exact; any other shape is taken as its box.
 */
function pathBoxOnPage(minMax: unknown, m: Affine): PdfImageBox | null {
  if (!ArrayBuffer.isView(minMax) && !Array.isArray(minMax)) return null;
  const [minX, minY, maxX, maxY] = Array.from(minMax as ArrayLike<number>);
  if (![minX, minY, maxX, maxY].every((n) => typeof n === 'number' && Number.isFinite(n))) return null;
  return boxOf(m, [minX!, minY!, maxX!, maxY!]);
}

/** The part two boxes share (zero wide or high when they do not overlap). */
function intersect(a: PdfImageBox, b: PdfImageBox): PdfImageBox {
  const left = Math.max(a.xPt, b.xPt);
  const top = Math.max(a.yPt, b.yPt);
  const right = Math.min(a.xPt + a.widthPt, b.xPt + b.widthPt);
  const bottom = Math.min(a.yPt + a.heightPt, b.yPt + b.heightPt);
  return { xPt: left, yPt: top, widthPt: Math.max(0, right - left), heightPt: Math.max(0, bottom - top) };
}

function argAt(args: unknown, index: number): unknown {
  return Array.isArray(args) ? args[index] : undefined;
}

function numberAt(args: unknown, index: number): number {
  const value = argAt(args, index);
  return typeof value === 'number' && Number.isFinite(value) ? value : 0;
}

function asArray(value: unknown): readonly unknown[] {
  return Array.isArray(value) ? value : [];
}

/** pdf.js passes matrices as plain arrays or typed arrays; anything else means "no matrix". */
function toAffine(value: unknown): Affine | null {
  if (!Array.isArray(value) && !ArrayBuffer.isView(value)) return null;
  const numbers: unknown[] = Array.from(value as ArrayLike<unknown>);
  if (numbers.length !== 6 || !numbers.every((n) => typeof n === 'number')) return null;
  return numbers as unknown as Affine;
}
