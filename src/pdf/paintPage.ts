import type { ImageStore } from '../images/store.js';
import type { ImageFrame, PositionedLine, PositionedPage, PositionedRun, RuleFrame, TextFrame } from '../positioned/types.js';
import type { GlyphFont } from './glyphFont.js';
import type { PdfProfile } from './profile.js';
import { isArtifact, planPage, type PaintItem } from './structure.js';

/** A face the document draws with, loaded from the file it names, with its glyph hand-off to pdfkit. */
export interface PaintFace {
  glyphs: GlyphFont;
  /** Fraction of the em above the baseline. */
  ascender: number;
}

export interface PaintContext {
  faces: ReadonlyMap<string, PaintFace>;
  images: ImageStore;
  /** Where the trimmed page's top-left corner is on the sheet, from its top-left corner, both ways. */
  originPt: number;
  textColour: PdfProfile['textColour'];
  /** Tagged documents: the structure tree's root, under which the page's elements go in reading order. */
  structureRoot: PDFKit.PDFStructureElement | undefined;
}

/**
 * Paints one page's frames, translated to the trim's corner. Untagged, frames are painted in the document's order;
 * tagged, in reading order (see `planPage`), each line and image a marked-content sequence of its element, and a
 * hyphenated line's last word carries the whole word's text (`/ActualText`) so extraction gives it unbroken.
 */
export function paintPage(pdf: PDFKit.PDFDocument, page: PositionedPage, context: PaintContext): void {
  pdf.save();
  pdf.translate(context.originPt, context.originPt);
  if (context.textColour === 'cmykBlack') pdf.fillColor([0, 0, 0, 100]);
  const root = context.structureRoot;
  if (!root) {
    for (const frame of page.frames) {
      if (frame.kind === 'image') drawImage(pdf, frame, context.images);
      else if (frame.kind === 'rule') drawRule(pdf, frame, context.textColour);
      else for (const line of frame.lines) drawLine(pdf, line, context.faces, NO_ACTUAL_TEXT);
    }
  } else {
    for (const frame of page.frames) {
      if (!isArtifact(frame) || frame.kind === 'image') continue;
      pdf.markContent('Artifact', { type: frame.kind === 'rule' ? 'Layout' : 'Pagination' });
      if (frame.kind === 'rule') drawRule(pdf, frame, context.textColour);
      else for (const line of frame.lines) drawLine(pdf, line, context.faces, NO_ACTUAL_TEXT);
      pdf.endMarkedContent();
    }
    const plan = planPage(page);
    const actualTexts = wholeBrokenWords(plan.items);
    const elements = new Map<number, PDFKit.PDFStructureElement>();
    // An element joins its parent when its first content is painted (a story's `Art` with its first line): kids in reading order.
    const elementOf = (index: number): PDFKit.PDFStructureElement => {
      let element = elements.get(index);
      if (!element) {
        const planned = plan.elements[index]!;
        element = pdf.struct(planned.type, planned.alt === undefined ? {} : { alt: planned.alt });
        (planned.parent === undefined ? root : elementOf(planned.parent)).add(element);
        elements.set(index, element);
      }
      return element;
    };
    for (const item of plan.items) {
      const element = elementOf(item.element);
      const content = pdf.markStructureContent(plan.elements[item.element]!.type);
      if ('line' in item) drawLine(pdf, item.line, context.faces, actualTexts);
      else drawImage(pdf, item.frame, context.images);
      pdf.endMarkedContent();
      element.add(content);
    }
  }
  pdf.restore();
}

function drawImage(pdf: PDFKit.PDFDocument, frame: ImageFrame, images: ImageStore): void {
  const jpeg = frame.jpegSha256 === undefined ? undefined : images.get(frame.jpegSha256);
  if (!jpeg) throw new Error(`image '${frame.imageId}' has no prepared picture (${frame.jpegSha256 ?? 'no hash'}) in the image store`);
  pdf.save();
  pdf.rect(frame.xPt, frame.yPt, frame.widthPt, frame.heightPt).clip();
  pdf.image(jpeg, frame.xPt, frame.yPt, { width: frame.widthPt, height: frame.heightPt });
  pdf.restore();
}

/** Rules, like text, are black only: 100 % K when the profile prints text so. */
function drawRule(pdf: PDFKit.PDFDocument, frame: RuleFrame, textColour: PdfProfile['textColour']): void {
  pdf.save();
  pdf.lineWidth(frame.strokePt).moveTo(frame.xPt, frame.yPt).lineTo(frame.xPt + frame.widthPt, frame.yPt + frame.heightPt);
  pdf.stroke(textColour === 'cmykBlack' ? [0, 0, 0, 100] : 'black');
  pdf.restore();
}

const NO_ACTUAL_TEXT: ReadonlyMap<PositionedRun, string> = new Map();

function drawLine(pdf: PDFKit.PDFDocument, line: PositionedLine, faces: ReadonlyMap<string, PaintFace>, actualTexts: ReadonlyMap<PositionedRun, string>): void {
  for (const run of line.runs) {
    const actualText = actualTexts.get(run);
    if (actualText === undefined) drawRun(pdf, run, line.baselinePt, faces);
    else withActualText(pdf, actualText, () => drawRun(pdf, run, line.baselinePt, faces));
  }
}

/**
 * The text each part of a word broken at a line's end stands for (a word hyphenated there, or a drop cap's initial):
 * the whole word for its first part (without the hyphen the engine added), nothing for its rest, the first run of
 * the paragraph's next line in reading order. Extraction then gives whole words, also where it reads line by line
 * (poppler). A part whose rest is not found (the paragraph goes on in another module) stands for itself.
 */
function wholeBrokenWords(items: readonly PaintItem[]): Map<PositionedRun, string> {
  const actualTexts = new Map<PositionedRun, string>();
  items.forEach((item, index) => {
    if (!('line' in item) || !(item.line.hyphenated || item.line.continuesWord)) return;
    const part = item.line.runs.at(-1)!;
    const text = item.line.hyphenated ? withoutFinalHyphen(part.text) : part.text;
    if (text === undefined) return;
    const next = items.slice(index + 1).find((other) => other.element === item.element);
    const nextLine = next && 'line' in next ? next.line : undefined;
    const rest = nextLine?.runs[0];
    // A rest that is itself the broken start of the next word (a line of one syllable) keeps its own text.
    if (!rest || (nextLine!.hyphenated && nextLine!.runs.length === 1)) {
      actualTexts.set(part, text);
      return;
    }
    actualTexts.set(part, text + rest.text);
    actualTexts.set(rest, '');
  });
  return actualTexts;
}

/**
 * Draws with `/ActualText` spanning the text object's inside (BT /Span … BDC … EMC ET). pdfkit's `markContent` would
 * open the span before the `q … cm BT` its `text()` writes and close it after the `Q`, and poppler then places the
 * actual text where the restored state points, at the top of the page, and leaves it out of its line.
 */
function withActualText(pdf: PDFKit.PDFDocument, actualText: string, draw: () => void): void {
  const document = pdf as unknown as { addContent(data: string): unknown };
  const ownAddContent = Object.getOwnPropertyDescriptor(document, 'addContent');
  const addContent = document.addContent.bind(pdf);
  document.addContent = (data: string) => {
    if (data === 'ET') addContent('EMC');
    const result = addContent(data);
    if (data === 'BT') addContent(`/Span << /ActualText ${pdfTextString(actualText)} >> BDC`);
    return result;
  };
  try {
    draw();
  } finally {
    if (ownAddContent) Object.defineProperty(document, 'addContent', ownAddContent);
    else delete (document as { addContent?: unknown }).addContent;
  }
}

/** A PDF text string in UTF-16BE with its byte-order mark, as hex: any character, nothing to escape. */
function pdfTextString(text: string): string {
  let hex = 'FEFF';
  for (let index = 0; index < text.length; index++) hex += text.charCodeAt(index).toString(16).toUpperCase().padStart(4, '0');
  return `<${hex}>`;
}

/** The text a hyphenated line's last run stands for: the word's first part, without the hyphen the engine added. */
function withoutFinalHyphen(text: string): string | undefined {
  return /[-\u2010]$/u.test(text) ? text.slice(0, -1) : undefined;
}

function drawRun(pdf: PDFKit.PDFDocument, run: PositionedRun, baselinePt: number, faces: ReadonlyMap<string, PaintFace>): void {
  const face = faces.get(run.fontId);
  if (!face) throw new Error(`run '${run.text}' names font '${run.fontId}', which the document does not list`);
  pdf.font(run.fontId).fontSize(run.sizePt);
  face.glyphs.drawRun(run, () => {
    // pdfkit places text by the top of its line box: baseline minus the font's ascender.
    pdf.text(run.text, run.xPt, baselinePt - face.ascender * run.sizePt, {
      lineBreak: false,
      // PDF scales character spacing by the horizontal scaling (Tc × Tz); the layout's figure is already scaled.
      ...(run.characterSpacingPt !== 0 && { characterSpacing: (run.characterSpacingPt * 100) / run.horizontalScalePct }),
      ...(run.horizontalScalePct !== 100 && { horizontalScaling: run.horizontalScalePct }),
    });
  });
}
