import { ptToMm } from '../layout-spec/units.js';
import type { PdfLine, PdfPage } from '../pdf-read/types.js';
import type { OriginalBlock } from './alignStory.js';
import { besideDropCap, type OriginalHyphenation, type PageText } from './readArticleFromPage.js';

/** Families the layout can name from our npm packages, by the name a PDF's font program carries (subset tag and face dropped). */
const KNOWN_FAMILIES: Record<string, { family: string; package: string; files: Record<string, string> }> = {
  Newsreader: {
    family: 'Newsreader',
    package: '@expo-google-fonts/newsreader',
    files: {
      regular: '400Regular/Newsreader_400Regular.ttf',
      italic: '400Regular_Italic/Newsreader_400Regular_Italic.ttf',
      bold: '700Bold/Newsreader_700Bold.ttf',
      boldItalic: '700Bold_Italic/Newsreader_700Bold_Italic.ttf',
    },
  },
  LibreFranklin: {
    family: 'Libre Franklin',
    package: '@expo-google-fonts/libre-franklin',
    files: {
      regular: '400Regular/LibreFranklin_400Regular.ttf',
      italic: '400Regular_Italic/LibreFranklin_400Regular_Italic.ttf',
      bold: '700Bold/LibreFranklin_700Bold.ttf',
    },
  },
};
/** The family set for a font we cannot name: a text serif, the nearest to most newspapers' body type. */
const NEAREST_FAMILY = 'Newsreader';

const round = (value: number, digits = 2): number => Number(value.toFixed(digits));
const mm = (pt: number): number => round(ptToMm(pt), 3);

/** What one line's font says of its style: our family for it, bold, italic. */
function faceOf(line: PdfLine, warnings: string[]): { font: string; bold: boolean; italic: boolean } {
  const name = (line.fonts[0] ?? '').replace(/^[A-Z]{6}\+/u, '');
  const key = Object.keys(KNOWN_FAMILIES).find((family) => name.replace(/[\s-]/gu, '').startsWith(family));
  if (!key) warnings.push(`font '${name}' is not one the layout can name; set in ${NEAREST_FAMILY}, the closest family installed`);
  return { font: KNOWN_FAMILIES[key ?? NEAREST_FAMILY]!.family, bold: /bold|black|heavy/iu.test(name), italic: /italic|oblique/iu.test(name) };
}

/** A block's leading: the distance between its first two baselines, else `ratio` times its size. */
function leadingOf(lines: readonly PdfLine[], ratio: number): number {
  return round(lines.length > 1 ? lines[1]!.baselinePt - lines[0]!.baselinePt : lines[0]!.sizePt * ratio);
}

/**
 * The body's hyphenation as the original's: its hyphenated words as exceptions (typesetters' patterns differ:
 * "pro-jects", "Mar-rowick"), and hyphens on a column's last line if it has one; the defaults when it hyphenated none.
 */
function hyphenation({ words, acrossColumns }: OriginalHyphenation): Record<string, unknown> {
  if (words.length === 0) return {};
  return { hyphenation: { exceptions: [...words].sort(), ...(acrossColumns ? { acrossColumns } : {}) } };
}

/** Median of numbers (the lower middle one). */
function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? 0;
}

/**
 * A layout that sets the page's article as the page was set: its size and margins, the body's column grid
 * (measured from the justified columns' edges), body size and leading (the baseline grid), the headline, deck,
 * caption and source styles, the photos above the headline as an image block and those inside the body as floats,
 * and the fonts (our families for those a PDF names, else the nearest, with a warning); with where the original
 * printed each block of the story, for `alignStory`.
 */
export function layoutFromPage(page: PdfPage, text: PageText, warnings: string[]): { layout: Record<string, unknown>; originals: OriginalBlock[] } {
  const bodyLines = text.body.map((entry) => entry.line);
  const count = text.columnLeftsPt.length;
  const widthsPt = text.columnLeftsPt.map((left, column) => median(text.body.filter((entry) => entry.column === column).map((entry) => entry.line.xEndPt)) - left);
  const columnWidthPt = median(widthsPt);
  const gutterPt = count > 1 ? median(text.columnLeftsPt.slice(1).map((left, index) => left - text.columnLeftsPt[index]! - columnWidthPt)) : 0;
  const leftPt = text.columnLeftsPt[0]!;
  const rightPt = page.widthPt - leftPt - count * columnWidthPt - (count - 1) * gutterPt;
  // The body's lines are in reading order: column by column, top to bottom.
  const gapsPt = text.body.slice(1).flatMap((entry, index) => (entry.column === text.body[index]!.column ? [entry.line.baselinePt - text.body[index]!.line.baselinePt] : []));
  const leadingPt = round(median(gapsPt));
  const topPt = Math.min(...page.images.map((image) => image.yPt), ...[...text.headline, ...bodyLines].map((line) => line.baselinePt - line.sizePt));
  const lowestPt = Math.max(...bodyLines.map((line) => line.baselinePt), text.source?.baselinePt ?? 0);

  const families = new Set<string>();
  const style = (line: PdfLine, extra: Record<string, unknown> = {}): Record<string, unknown> => {
    const face = faceOf(line, warnings);
    families.add(face.font);
    return { font: face.font, ...(face.bold ? { bold: true } : {}), ...(face.italic ? { italic: true } : {}), sizePt: round(line.sizePt), ...extra };
  };
  const first = text.body[0]!.line;
  const indentsPt = text.body
    .filter((entry) => !besideDropCap(entry, text.dropCap))
    .map((entry) => entry.line.xStartPt - text.columnLeftsPt[entry.column]!).filter((indent) => indent > 0.3 * first.sizePt && indent < 4 * first.sizePt);
  const styles: Record<string, unknown> = {
    body: style(first, { leadingPt, align: 'justify', firstLineIndentEm: round(median(indentsPt) / first.sizePt), hyphenate: true, ...hyphenation(text.hyphenation) }),
    headline: style(text.headline[0]!, { leadingPt: leadingOf(text.headline, 1.1) }),
  };
  if (text.deck[0]) styles.deck = style(text.deck[0], { leadingPt: leadingOf(text.deck, 1.2) });
  const firstCaption = page.captions[0];
  if (firstCaption) styles.caption = style(firstCaption.lines[0]!, { leadingPt: leadingOf(firstCaption.lines, 1.2) });
  if (text.source) styles.source = style(text.source, { leadingPt, align: 'right' });
  if (text.dropCap) styles.dropCap = style(text.dropCap, { leadingPt: round(text.dropCap.sizePt) });

  const columnsOf = (xPt: number, widthPt: number): [number, number] => {
    const firstColumn = text.columnLeftsPt.findIndex((left) => left + columnWidthPt > xPt + 1);
    const lastColumn = text.columnLeftsPt.filter((left) => left < xPt + widthPt - 1).length - 1;
    return [firstColumn + 1, lastColumn + 1];
  };
  const headlineTopPt = text.headline[0]!.baselinePt - text.headline[0]!.sizePt;
  const story: Record<string, unknown>[] = [];
  const originals: OriginalBlock[] = [];
  page.images.forEach((image, index) => {
    if (image.yPt > headlineTopPt) return;
    const caption = page.captions.find((entry) => entry.imageIndex === index);
    const captionBottomPt = caption ? caption.lines.at(-1)!.baselinePt + caption.lines.at(-1)!.sizePt * 0.3 : image.yPt + image.heightPt;
    story.push({
      type: 'image',
      image: story.length + 1,
      heightMm: mm(image.heightPt),
      columns: columnsOf(image.xPt, image.widthPt),
      caption: { style: 'caption', gapMm: caption ? mm(caption.lines[0]!.baselinePt - caption.lines[0]!.sizePt - image.yPt - image.heightPt) : 0 },
      spaceAfterMm: mm(Math.max(0, headlineTopPt - captionBottomPt)),
    });
    originals.push({ anchorPt: image.yPt, ...(caption ? { captionBaselinePt: caption.lines[0]!.baselinePt } : {}) });
  });
  story.push({ type: 'headline', style: 'headline', spaceAfterMm: 1 });
  originals.push({ anchorPt: text.headline[0]!.baselinePt });
  if (text.deck[0]) originals.push({ anchorPt: text.deck[0].baselinePt });
  if (text.deck[0]) story.push({ type: 'deck', style: 'deck', columns: columnsOf(text.deck[0].xStartPt, Math.max(...text.deck.map((line) => line.xEndPt)) - text.deck[0].xStartPt), spaceAfterMm: 1 });
  story.push({
    type: 'body',
    style: 'body',
    ...(text.dropCap ? { dropCap: { lines: Math.max(2, Math.round((text.dropCap.baselinePt - first.baselinePt) / leadingPt) + 1), style: 'dropCap' } } : {}),
    ...(text.source ? { sourceLine: { style: 'source', format: '({source})' } } : {}),
  });
  originals.push({ anchorPt: first.baselinePt });

  const fonts = Object.fromEntries(
    [...families].map((family) => {
      const known = Object.values(KNOWN_FAMILIES).find((entry) => entry.family === family)!;
      return [family, Object.fromEntries(Object.entries(known.files).map(([variant, file]) => [variant, { package: known.package, file }]))];
    }),
  );
  const layout = {
    name: `Imported page ${page.pageNumber}`,
    page: {
      widthMm: mm(page.widthPt),
      heightMm: mm(page.heightPt),
      margins: { topMm: mm(topPt), bottomMm: mm(page.heightPt - lowestPt - leadingPt * 0.3), leftMm: mm(leftPt), rightMm: mm(rightPt) },
    },
    columns: { count, gutterMm: mm(gutterPt) },
    baselineGrid: { stepPt: leadingPt, capHeightStyle: 'body' },
    fonts,
    styles,
    story,
  };
  return { layout, originals };
}
