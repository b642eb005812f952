import { createHash } from 'node:crypto';
import { basename } from 'node:path';
import PDFDocument from 'pdfkit';
import { FontSet } from '../fonts/fontSet.js';
import type { ImageStore } from '../images/store.js';
import { POSITIONED_SCHEMA_VERSION, type PositionedDocument } from '../positioned/types.js';
import { drawCropMarks, pageBoxes } from './cropMarks.js';
import { GlyphFont } from './glyphFont.js';
import { paintPage, type PaintFace } from './paintPage.js';
import { catalog, countSkippedDefaultFont, pdfName, replaceXmpInfo, setDocumentId, tagSubsetsByContent } from './pdfkitSeams.js';
import { SCREEN_PDF, type CmykOutputIntent, type PdfMetadata, type PdfProfile } from './profile.js';
import { SubsetCache } from './subsetCache.js';
import { xmpDescription } from './xmp.js';

export interface PdfOptions {
  /** Written as the creation date; a fixed date keeps the output byte-identical from run to run. */
  creationDate: Date;
  /** The pictures the image frames name, by content hash (`ImageFrame.jpegSha256`). */
  images: ImageStore;
  /** What the file must be (see `src/profiles/`); a plain PDF for the screen when absent. */
  profile?: PdfProfile;
  /** What the file says about itself; by default the document's title and language, dated `creationDate`. */
  metadata?: PdfMetadata;
}

const TOOL = { creator: 'Broadsheet', producer: 'Broadsheet (pdfkit)' };

/**
 * Paints a positioned document with pdfkit. It decides nothing: every run is drawn with its own glyphs at the x and
 * baseline the layout computed, with pdfkit's own line wrapping off, and the profile says what standard the file
 * meets. It needs only the document, the font files it names and the pictures by hash, so a document read back
 * from JSON paints to the same bytes.
 */
export async function writePdf(document: PositionedDocument, options: PdfOptions): Promise<Buffer> {
  if (document.schemaVersion !== POSITIONED_SCHEMA_VERSION) {
    throw new Error(`positioned document version ${document.schemaVersion}, this writer reads version ${POSITIONED_SCHEMA_VERSION}`);
  }
  const profile = options.profile ?? SCREEN_PDF;
  const metadata = options.metadata ?? { title: document.title, lang: document.lang, date: options.creationDate };
  const pdf = new PDFDocument({
    autoFirstPage: false,
    margin: 0,
    pdfVersion: profile.pdfVersion,
    lang: metadata.lang,
    displayTitle: true,
    tagged: profile.tagged,
    ...(profile.pdfA && { subset: `PDF/A-${profile.pdfA.part}${profile.pdfA.conformance.toLowerCase()}` as PDFKit.Mixins.PDFSubsets }),
    // Each run brings its glyphs; a cache by text would draw a run with the glyphs of an earlier one.
    fontLayoutCache: false,
    // No default font (Helvetica): every run names its own. See countSkippedDefaultFont.
    font: null as unknown as string,
    info: {
      Title: metadata.title,
      ...(metadata.author && { Author: metadata.author }),
      Creator: TOOL.creator,
      Producer: TOOL.producer,
      CreationDate: options.creationDate,
      ModDate: options.creationDate,
      ...(profile.pdfX && { GTS_PDFXVersion: profile.pdfX.version, Trapped: pdfName('False') as unknown as string }),
    },
  });
  countSkippedDefaultFont(pdf);
  const chunks: Buffer[] = [];
  pdf.on('data', (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    pdf.on('end', resolve);
    pdf.on('error', reject);
  });

  const contentHash = contentSha256(document, profile, metadata, options.creationDate);
  setDocumentId(pdf, contentHash);
  replaceXmpInfo(pdf, xmpDescription(metadata, profile, { uuid: uuidUrn(contentHash), creationDate: options.creationDate }, TOOL));
  if (profile.pdfX) addCmykOutputIntent(pdf, profile.pdfX.outputIntent);

  const subsets = new SubsetCache();
  const faces = loadFaces(document, subsets);
  for (const [id, face] of faces) {
    // pdfkit takes a parsed fontkit font as well as a path (its types do not say so).
    pdf.registerFont(id, face.glyphs.font as unknown as PDFKit.Mixins.PDFFontSource);
  }
  const structureRoot = profile.tagged ? pdf.struct('Document') : undefined;
  if (structureRoot) pdf.addStructure(structureRoot);
  for (const page of document.pages) {
    const boxes = pageBoxes(page.widthPt, page.heightPt, page.bleedPt, profile.cropMarks);
    pdf.addPage({ size: [boxes.mediaBox[2], boxes.mediaBox[3]], margin: 0 });
    // Printers trim to the TrimBox; the bleed around it is there to be cut off, the marks beyond it guide the cut.
    const pageDictionary = (pdf.page as unknown as { dictionary: { data: Record<string, unknown> } }).dictionary.data;
    pageDictionary.TrimBox = boxes.trimBox;
    pageDictionary.BleedBox = boxes.bleedBox;
    paintPage(pdf, page, { faces, images: options.images, originPt: boxes.trimOriginPt, textColour: profile.textColour, structureRoot });
    if (profile.cropMarks) drawCropMarks(pdf, boxes, page.bleedPt, profile.cropMarks);
  }
  structureRoot?.end();
  tagSubsetsByContent(pdf);
  pdf.end();
  await finished;
  await subsets.saved();
  return Buffer.concat(chunks);
}

/** The output intent of PDF/X: the press the colours were separated for, its ICC profile embedded. */
function addCmykOutputIntent(pdf: PDFKit.PDFDocument, intent: CmykOutputIntent): void {
  const iccStream = pdf.ref({ N: 4 });
  iccStream.write(intent.iccProfile);
  iccStream.end(undefined);
  const outputIntent = pdf.ref({
    Type: 'OutputIntent',
    S: 'GTS_PDFX',
    OutputConditionIdentifier: new String(intent.identifier),
    OutputCondition: new String(intent.info),
    Info: new String(intent.info),
    DestOutputProfile: iccStream,
  });
  outputIntent.end(undefined);
  catalog(pdf).OutputIntents = [outputIntent];
}

/**
 * A hash of everything the PDF shows and claims: two renders of the same content share it, different content gets
 * a different `/ID` and XMP document id. File paths count by name only, so the id does not depend on the checkout.
 * A run's glyphs count by their ids alone (their advances and code points come with the font, and written out in full
 * they are most of an edition page's bytes); and JSON.stringify is given no replacer, which V8 runs several times faster.
 */
function contentSha256(document: PositionedDocument, profile: PdfProfile, metadata: PdfMetadata, creationDate: Date): Buffer {
  const pages = document.pages.map((page) => ({
    ...page,
    frames: page.frames.map((frame) => {
      if (frame.kind === 'image') return { ...frame, srcPath: basename(frame.srcPath) };
      if (frame.kind === 'rule') return frame;
      return { ...frame, lines: frame.lines.map((line) => ({ ...line, runs: line.runs.map((run) => ({ ...run, glyphs: run.glyphs.map((glyph) => glyph.id).join(' ') })) })) };
    }),
  }));
  const fonts = document.fonts.map((font) => ({ ...font, path: basename(font.path) }));
  const { pdfX } = profile;
  const iccProfile = pdfX && createHash('sha256').update(pdfX.outputIntent.iccProfile).digest('hex');
  const claims = { ...profile, ...(pdfX && { pdfX: { ...pdfX, outputIntent: { ...pdfX.outputIntent, iccProfile } } }) };
  return createHash('sha256').update(JSON.stringify({ title: document.title, lang: document.lang, pages, fonts, claims, metadata, creationDate })).digest();
}

/** A UUID URN from the first 16 bytes of a hash, for the XMP document id. */
export function uuidUrn(hash: Buffer): string {
  const hex = hash.subarray(0, 16).toString('hex');
  return `uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

/** Parsed once per process and file (FontSet shares them with composition). */
function loadFaces(document: PositionedDocument, subsets: SubsetCache): Map<string, PaintFace> {
  const fonts = new FontSet(new Map(document.fonts.map((ref) => [ref.id, ref.path])));
  const faces = new Map<string, PaintFace>();
  for (const ref of document.fonts) {
    const face = fonts.face(ref.id);
    // Glyph ids and advances are only good for the file they were shaped in.
    if (face.font.unitsPerEm !== ref.unitsPerEm) {
      throw new Error(`font '${ref.id}' (${ref.path}) has ${face.font.unitsPerEm} units per em, the document was set with ${ref.unitsPerEm}`);
    }
    faces.set(ref.id, { glyphs: new GlyphFont(face.font, face.fileSha256, subsets), ascender: face.metrics.ascender });
  }
  return faces;
}
