import { createRequire } from 'node:module';
import * as fontkit from 'fontkit';
import PDFDocument from 'pdfkit';
import sharp from 'sharp';

const require = createRequire(import.meta.url);

export const NEWSREADER_REGULAR = require.resolve('@expo-google-fonts/newsreader/400Regular/Newsreader_400Regular.ttf');
export const NEWSREADER_ITALIC = require.resolve(
  '@expo-google-fonts/newsreader/400Regular_Italic/Newsreader_400Regular_Italic.ttf',
);

export const FIXED_CREATION_DATE = new Date(Date.UTC(2024, 0, 2, 3, 4, 5));

/** Render a PDF with pdfkit: margins 0, a fixed creation date so that the bytes are deterministic. */
export async function buildPdf(
  draw: (doc: PDFKit.PDFDocument) => void,
  options: PDFKit.PDFDocumentOptions = {},
): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: [300, 200],
    margin: 0,
    ...options,
    info: { CreationDate: FIXED_CREATION_DATE, ...options.info },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<void>((resolve, reject) => {
    doc.on('end', resolve);
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  await ended;
  return new Uint8Array(Buffer.concat(chunks));
}

export function openFont(path: string): fontkit.Font {
  const font = fontkit.openSync(path);
  if (!('layout' in font)) throw new Error(`${path} is a font collection`);
  return font;
}

/** Where pdfkit puts the baseline of text drawn with `doc.text(str, x, y)`: y is the top of the line box. */
export function baselineOf(font: fontkit.Font, yTopPt: number, sizePt: number): number {
  return yTopPt + (font.ascent / font.unitsPerEm) * sizePt;
}

export function advanceWidth(font: fontkit.Font, text: string, sizePt: number): number {
  return (font.layout(text).advanceWidth / font.unitsPerEm) * sizePt;
}

/** A small flat-colour image to place on the page. */
export function solidImage(format: 'png' | 'jpeg', width = 8, height = 4): Promise<Buffer> {
  const image = sharp({ create: { width, height, channels: 3, background: { r: 40, g: 90, b: 160 } } });
  return (format === 'png' ? image.png() : image.jpeg()).toBuffer();
}
