import sharp from 'sharp';
import { serializeArticle } from '../article/serialize.js';
import { InputError } from '../errors.js';
import { readPdfLayout } from '../pdf-read/readPdf.js';
import type { PdfImageBox } from '../pdf-read/types.js';
import { renderPagePng } from '../preview/png.js';
import { alignStory } from './alignStory.js';
import { layoutFromPage } from './layoutFromPage.js';
import { readPageText } from './readArticleFromPage.js';

/** What importing a printed page's PDF gives: the files to write into the import folder, by name, and warnings. */
export interface ImportedPage {
  articleMarkdown: string;
  layout: Record<string, unknown>;
  /** The photos, cropped from a render of the page: `image-1.jpg`, … */
  photos: Map<string, Buffer>;
  warnings: string[];
}

/** Photos are cropped from a render at this resolution: enough for a proof, and for a re-render to place them. */
const PHOTO_DPI = 150;

/**
 * Imports page `pageNumber` (1-based) of a newspaper page's PDF made by any program: its article (with the
 * original's column and line ends), a layout that sets it as the page was set, and its photos.
 */
export async function importPdfPage(pdf: Uint8Array, pageNumber: number, fileLabel: string, folder: string): Promise<ImportedPage> {
  const read = await readPdfLayout(pdf, { fileLabel, maxPages: pageNumber });
  const page = read.pages[pageNumber - 1];
  if (!page) throw new InputError(fileLabel, '--page', `no page ${pageNumber} (the PDF has ${read.pageCount})`);
  const text = readPageText(page);
  if (text.body.length === 0) throw new InputError(fileLabel, `page ${pageNumber}`, 'no body text found (no lines of a common size in columns)');
  if (text.headline.length === 0) throw new InputError(fileLabel, `page ${pageNumber}`, 'no headline found (no type larger than the body above it)');
  const warnings = text.unread.map((line) => `page ${pageNumber}: a line that is not body, headline, deck, caption or source was left out: "${line}"`);
  const articleMarkdown = serializeArticle(text.article);
  const fromPage = layoutFromPage(page, text, warnings);
  const layout = alignStory(fromPage.layout, articleMarkdown, fromPage.originals, folder);
  const captioned = page.captions.map((caption) => page.images[caption.imageIndex]!);
  const uncaptioned = page.images.filter((image) => !captioned.includes(image)).length;
  if (uncaptioned > 0) warnings.push(`page ${pageNumber}: ${uncaptioned} picture(s) without a caption left out`);
  const png = captioned.length > 0 ? await renderPagePng(pdf, { pageIndex: pageNumber - 1, dpi: PHOTO_DPI, fileLabel }) : null;
  const photos = new Map<string, Buffer>();
  for (const [index, box] of captioned.entries()) photos.set(`image-${index + 1}.jpg`, await cropPhoto(png!, box));
  return { articleMarkdown, layout, photos, warnings: [...new Set(warnings)] };
}

async function cropPhoto(png: Buffer, box: PdfImageBox): Promise<Buffer> {
  const scale = PHOTO_DPI / 72;
  const { width = 0, height = 0 } = await sharp(png).metadata();
  const left = Math.max(0, Math.round(box.xPt * scale));
  const top = Math.max(0, Math.round(box.yPt * scale));
  const region = { left, top, width: Math.min(width - left, Math.round(box.widthPt * scale)), height: Math.min(height - top, Math.round(box.heightPt * scale)) };
  return sharp(png).extract(region).jpeg({ quality: 90 }).toBuffer();
}
