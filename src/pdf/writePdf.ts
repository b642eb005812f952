import PDFDocument from 'pdfkit';
import { FontSet } from '../fonts/fontSet.js';
import type { ImageStore } from '../images/store.js';
import { POSITIONED_SCHEMA_VERSION, type ImageFrame, type PositionedDocument, type PositionedPage, type TextFrame } from '../positioned/types.js';
import { GlyphFont } from './glyphFont.js';

export interface PdfOptions {
  /** Written as the creation date; a fixed date keeps the output byte-identical from run to run. */
  creationDate: Date;
  /** The pictures the image frames name, by content hash (`ImageFrame.jpegSha256`). */
  images: ImageStore;
}

/** The faces a document draws with, loaded from the files it names, each with its glyph hand-off to pdfkit. */
interface PaintFace {
  glyphs: GlyphFont;
  /** Fraction of the em above the baseline. */
  ascender: number;
}

/**
 * Paints a positioned document with pdfkit. It decides nothing: every run is drawn with its own glyphs at the x and
 * baseline the layout computed, with pdfkit's own line wrapping off. It needs only the document, the font files it
 * names and the pictures by hash, so a document read back from JSON paints to the same bytes.
 */
export async function writePdf(document: PositionedDocument, options: PdfOptions): Promise<Buffer> {
  if (document.schemaVersion !== POSITIONED_SCHEMA_VERSION) {
    throw new Error(`positioned document version ${document.schemaVersion}, this writer reads version ${POSITIONED_SCHEMA_VERSION}`);
  }
  const pdf = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    pdfVersion: '1.7',
    lang: document.lang,
    displayTitle: true,
    // Each run brings its glyphs; a cache by text would draw a run with the glyphs of an earlier one.
    fontLayoutCache: false,
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

  const faces = loadFaces(document);
  for (const [id, face] of faces) {
    // pdfkit takes a parsed fontkit font as well as a path (its types do not say so).
    pdf.registerFont(id, face.glyphs.font as unknown as PDFKit.Mixins.PDFFontSource);
  }
  for (const page of document.pages) drawPage(pdf, page, faces, options.images);
  pdf.end();
  await finished;
  return Buffer.concat(chunks);
}

/** Parsed once per process and file (FontSet shares them with composition). */
function loadFaces(document: PositionedDocument): Map<string, PaintFace> {
  const fonts = new FontSet(new Map(document.fonts.map((ref) => [ref.id, ref.path])));
  const faces = new Map<string, PaintFace>();
  for (const ref of document.fonts) {
    const face = fonts.face(ref.id);
    // Glyph ids and advances are only good for the file they were shaped in.
    if (face.font.unitsPerEm !== ref.unitsPerEm) {
      throw new Error(`font '${ref.id}' (${ref.path}) has ${face.font.unitsPerEm} units per em, the document was set with ${ref.unitsPerEm}`);
    }
    faces.set(ref.id, { glyphs: new GlyphFont(face.font), ascender: face.metrics.ascender });
  }
  return faces;
}

function drawPage(pdf: PDFKit.PDFDocument, page: PositionedPage, faces: ReadonlyMap<string, PaintFace>, images: ImageStore): void {
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
    if (frame.kind === 'image') drawImage(pdf, frame, images);
    else drawText(pdf, frame, faces);
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

function drawText(pdf: PDFKit.PDFDocument, frame: TextFrame, faces: ReadonlyMap<string, PaintFace>): void {
  for (const line of frame.lines) {
    for (const run of line.runs) {
      const face = faces.get(run.fontId);
      if (!face) throw new Error(`run '${run.text}' names font '${run.fontId}', which the document does not list`);
      pdf.font(run.fontId).fontSize(run.sizePt);
      face.glyphs.drawRun(run, () => {
        // pdfkit places text by the top of its line box: baseline minus the font's ascender.
        pdf.text(run.text, run.xPt, line.baselinePt - face.ascender * run.sizePt, {
          lineBreak: false,
          // PDF scales character spacing by the horizontal scaling (Tc × Tz); the layout's figure is already scaled.
          ...(run.characterSpacingPt !== 0 && { characterSpacing: (run.characterSpacingPt * 100) / run.horizontalScalePct }),
          ...(run.horizontalScalePct !== 100 && { horizontalScaling: run.horizontalScalePct }),
        });
      });
    }
  }
}
