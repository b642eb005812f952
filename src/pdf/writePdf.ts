import type * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import type { FontFace, FontSet, ShapedText } from '../fonts/fontSet.js';
import type { ImageFrame, PositionedDocument, PositionedPage, TextFrame } from '../positioned/types.js';

export interface PdfOptions {
  /** Written as the creation date; a fixed date keeps the output byte-identical from run to run. */
  creationDate: Date;
  /** JPEG data for each image frame. */
  images: ReadonlyMap<ImageFrame, Buffer>;
  fonts: FontSet;
}

/**
 * Paints a positioned document with pdfkit. It decides nothing: every run is drawn at the x and baseline the
 * layout computed, with pdfkit's own line wrapping off.
 */
export async function writePdf(document: PositionedDocument, options: PdfOptions): Promise<Buffer> {
  const pdf = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    pdfVersion: '1.7',
    lang: document.lang,
    displayTitle: true,
    info: {
      Title: document.title,
      Creator: 'Broadsheet',
      Producer: 'Broadsheet (pdfkit)',
      CreationDate: options.creationDate,
      ModDate: options.creationDate,
    },
  });
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  for (const font of document.fonts) {
    // pdfkit takes a parsed fontkit font as well as a path (its types do not say so).
    pdf.registerFont(font.id, fontForPdfkit(options.fonts.face(font.id)) as unknown as PDFKit.Mixins.PDFFontSource);
  }
  for (const page of document.pages) drawPage(pdf, page, options);
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}

/**
 * The font pdfkit draws with: the face's parsed font, whose tables composing has already decoded, except that
 * `layout` answers from the shapes composing has already made instead of shaping every word again.
 */
function fontForPdfkit(face: FontFace): fontkit.Font {
  const layout = (text: string, features?: Parameters<fontkit.Font['layout']>[1]) =>
    features === undefined ? copyShape(face.shape(text)) : face.font.layout(text, features);
  return new Proxy(face.font, { get: (font, key) => (key === 'layout' ? layout : Reflect.get(font, key)) });
}

/** pdfkit scales the positions of a run in place, and sums them afterwards as fontkit's GlyphRun does. */
function copyShape(shaped: ShapedText): Pick<fontkit.GlyphRun, 'glyphs' | 'positions' | 'advanceWidth'> {
  const positions = shaped.positions.map((position) => ({ ...position }));
  return {
    glyphs: [...shaped.glyphs],
    positions,
    get advanceWidth() {
      let width = 0;
      for (const position of positions) width += position.xAdvance;
      return width;
    },
  };
}

function drawPage(pdf: PDFKit.PDFDocument, page: PositionedPage, options: PdfOptions): void {
  const bleedPt = page.bleedPt;
  pdf.addPage({ size: [page.widthPt + 2 * bleedPt, page.heightPt + 2 * bleedPt], margin: 0 });
  // Printers trim to the TrimBox; the bleed around it is there to be cut off.
  const trimBox = [bleedPt, bleedPt, page.widthPt + bleedPt, page.heightPt + bleedPt];
  const pageDictionary = (pdf.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
  pageDictionary.TrimBox = trimBox;
  pageDictionary.BleedBox = [0, 0, page.widthPt + 2 * bleedPt, page.heightPt + 2 * bleedPt];
  pdf.save();
  pdf.translate(bleedPt, bleedPt);
  for (const frame of page.frames) {
    if (frame.kind === 'image') drawImage(pdf, frame, options.images);
    else drawText(pdf, frame, options.fonts);
  }
  pdf.restore();
}

function drawImage(pdf: PDFKit.PDFDocument, frame: ImageFrame, images: ReadonlyMap<ImageFrame, Buffer>): void {
  const jpeg = images.get(frame);
  if (!jpeg) throw new Error(`image '${frame.imageId}' was not prepared before drawing`);
  pdf.save();
  pdf.rect(frame.xPt, frame.yPt, frame.widthPt, frame.heightPt).clip();
  pdf.image(jpeg, frame.xPt, frame.yPt, { width: frame.widthPt, height: frame.heightPt });
  pdf.restore();
}

function drawText(pdf: PDFKit.PDFDocument, frame: TextFrame, fonts: FontSet): void {
  for (const line of frame.lines) {
    for (const run of line.runs) {
      const ascenderPt = fonts.face(run.fontId).metrics.ascender * run.sizePt;
      pdf.font(run.fontId).fontSize(run.sizePt);
      // pdfkit places text by the top of its line box: baseline minus the font's ascender.
      pdf.text(run.text, run.xPt, line.baselinePt - ascenderPt, {
        lineBreak: false,
        // PDF scales character spacing by the horizontal scaling (Tc × Tz); the layout's figure is already scaled.
        ...(run.characterSpacingPt !== 0 && { characterSpacing: (run.characterSpacingPt * 100) / run.horizontalScalePct }),
        ...(run.horizontalScalePct !== 100 && { horizontalScaling: run.horizontalScalePct }),
      });
    }
  }
}
