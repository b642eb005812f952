import { createRequire } from 'node:module';
import { closeSync, existsSync, openSync, readSync } from 'node:fs';
import path from 'node:path';
import { InputError } from '../errors.js';
import type { FontSourceSpec, LayoutFile, OutputSpec, TextStyleSpec } from './schema.js';
import { mmToPt } from './units.js';
import { resolveVariants, type ResolvedVariant } from './resolveStory.js';

export type { ColumnSpan, CountRange, ImageCrop, PhotoSlot, ResolvedBlock, ResolvedCaption, ResolvedFloat, ResolvedVariant, VariantCondition } from './resolveStory.js';

export type FaceVariant = 'regular' | 'italic' | 'bold' | 'boldItalic';

/** A text style with its faces resolved to font ids. */
export interface ResolvedStyle extends TextStyleSpec {
  name: string;
  /** Font id for each variant a span may ask for; a variant the family lacks falls back to its nearest. */
  faces: Record<FaceVariant, string>;
  /**
   * For each variant, the font ids that draw characters its face lacks, in the order of the layout's
   * `fallbackFonts`: each family's face of the variant asked for, else its regular.
   */
  fallbackFaces: Record<FaceVariant, string[]>;
}

/** A layout in points, checked for consistency, ready for composition. */
export interface ResolvedLayout {
  filePath: string;
  name: string;
  page: {
    widthPt: number;
    heightPt: number;
    bleedPt: number;
    margins: { topPt: number; bottomPt: number; leftPt: number; rightPt: number };
  };
  columns: { count: number; gutterPt: number; widthPt: number };
  grid: { stepPt: number; capHeightStyle: string };
  /** Font id → absolute path of the font file. */
  fontFiles: Map<string, string>;
  styles: Map<string, ResolvedStyle>;
  /** At least one; the first whose condition an article matches is used. */
  variants: ResolvedVariant[];
  /** What the PDF is for (`output` in the file, defaults applied). */
  output: OutputSpec;
  creationDate: Date;
}

/** What a layout's page, grid, fonts and styles resolve to: all of a layout but its stories. */
export type ResolvedTypography = Omit<ResolvedLayout, 'variants' | 'output'>;

/** The fields of a layout file that `resolveTypography` reads (a page layout of an edition has these too). */
export type TypographyFile = Pick<LayoutFile, 'name' | 'page' | 'columns' | 'baselineGrid' | 'fonts' | 'fallbackFonts' | 'styles' | 'creationDate'>;

export function resolveLayout(file: LayoutFile, filePath: string): ResolvedLayout {
  const typography = resolveTypography(file, filePath);
  const fail = failIn(filePath);
  const variants = resolveVariants(file, {
    fail,
    requireStyle: styleChecker(typography.styles, fail),
    hasStyle: (name) => typography.styles.has(name),
    columnCount: typography.columns.count,
  });
  return { ...typography, variants, output: file.output };
}

function failIn(filePath: string): (where: string, problem: string) => never {
  return (where, problem) => {
    throw new InputError(filePath, where, problem);
  };
}

function styleChecker(styles: ReadonlyMap<string, ResolvedStyle>, fail: (where: string, problem: string) => never): (name: string, where: string) => string {
  return (name, where) => {
    if (!styles.has(name)) fail(where, `unknown style '${name}' (known: ${[...styles.keys()].join(', ')})`);
    return name;
  };
}

/** The page in points, the column grid, the font files and the styles, checked for consistency. */
export function resolveTypography(file: TypographyFile, filePath: string): ResolvedTypography {
  const fail = failIn(filePath);
  const { page, columns } = file;
  const widthPt = mmToPt(page.widthMm);
  const margins = {
    topPt: mmToPt(page.margins.topMm),
    bottomPt: mmToPt(page.margins.bottomMm),
    leftPt: mmToPt(page.margins.leftMm),
    rightPt: mmToPt(page.margins.rightMm),
  };
  const gutterPt = mmToPt(columns.gutterMm);
  const textWidthPt = widthPt - margins.leftPt - margins.rightPt;
  const columnWidthPt = (textWidthPt - gutterPt * (columns.count - 1)) / columns.count;
  if (textWidthPt <= 0) fail('page.margins', 'the left and right margins leave no room for text');
  if (columnWidthPt < 36) {
    fail('columns.count', `${columns.count} columns with ${columns.gutterMm} mm gutters leave ${(columnWidthPt / 72 * 25.4).toFixed(1)} mm per column; at least 12.7 mm is needed`);
  }
  if (mmToPt(page.heightMm) - margins.topPt - margins.bottomPt <= 0) {
    fail('page.margins', 'the top and bottom margins leave no room for text');
  }

  const fontFiles = new Map<string, string>();
  const layoutDir = path.dirname(path.resolve(filePath));
  for (const [family, variants] of Object.entries(file.fonts)) {
    for (const [variant, source] of Object.entries(variants)) {
      if (source) fontFiles.set(`${family}/${variant}`, resolveFontFile(source, layoutDir, `fonts.${family}.${variant}`, fail));
    }
  }

  const requireFamily = (family: string, where: string): void => {
    if (!Object.hasOwn(file.fonts, family)) fail(where, `unknown font family '${family}' (known: ${Object.keys(file.fonts).join(', ')})`);
  };
  file.fallbackFonts.forEach((family, index) => requireFamily(family, `fallbackFonts[${index}]`));
  const styles = new Map<string, ResolvedStyle>();
  for (const [name, style] of Object.entries(file.styles)) {
    requireFamily(style.font, `styles.${name}.font`);
    styles.set(name, { ...style, name, ...resolveFaces(style, file.fallbackFonts, fontFiles) });
  }
  styleChecker(styles, fail)(file.baselineGrid.capHeightStyle, 'baselineGrid.capHeightStyle');

  return {
    filePath,
    name: file.name,
    page: { widthPt, heightPt: mmToPt(page.heightMm), bleedPt: mmToPt(page.bleedMm), margins },
    columns: { count: columns.count, gutterPt, widthPt: columnWidthPt },
    grid: { stepPt: file.baselineGrid.stepPt, capHeightStyle: file.baselineGrid.capHeightStyle },
    fontFiles,
    styles,
    creationDate: new Date(file.creationDate),
  };
}

const requireFromHere = createRequire(import.meta.url);

function resolveFontFile(source: FontSourceSpec, layoutDir: string, where: string, fail: (where: string, problem: string) => never): string {
  if (source.package) {
    let packagedPath: string;
    try {
      packagedPath = requireFromHere.resolve(`${source.package}/${source.file}`);
    } catch {
      return fail(where, `font '${source.file}' not found in npm package '${source.package}' (is it in package.json and installed?)`);
    }
    return checkFontFormat(packagedPath, source.file, `${where}.file`, fail);
  }
  const fontPath = path.resolve(layoutDir, source.file);
  if (!existsSync(fontPath)) fail(`${where}.file`, `font file not found (${source.file})`);
  return checkFontFormat(fontPath, source.file, `${where}.file`, fail);
}

/** The first four bytes of the font formats pdfkit can embed: TrueType, OpenType (CFF), WOFF. */
const EMBEDDABLE_FONT_TAGS = new Set(['\u0000\u0001\u0000\u0000', 'true', 'OTTO', 'wOFF']);

/** Refuses a file that is not a font pdfkit can embed here, so the error names the layout's field, not just a path. */
function checkFontFormat(fontPath: string, written: string, where: string, fail: (where: string, problem: string) => never): string {
  let tag: string;
  try {
    tag = readFirstBytes(fontPath, 4).toString('latin1');
  } catch (error) {
    return fail(where, `cannot read font file ${written} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (tag === 'wOF2') fail(where, `WOFF2 fonts cannot be embedded (${written}); use the TTF or OTF file`);
  if (!EMBEDDABLE_FONT_TAGS.has(tag)) fail(where, `not a TrueType or OpenType font file (${written})`);
  return fontPath;
}

function readFirstBytes(filePath: string, count: number): Buffer {
  const bytes = Buffer.alloc(count);
  const descriptor = openSync(filePath, 'r');
  try {
    return bytes.subarray(0, readSync(descriptor, bytes, 0, count, 0));
  } finally {
    closeSync(descriptor);
  }
}

/** Faces a variant may be drawn in when the family lacks its own, nearest first. */
const NEAREST_VARIANTS: Record<FaceVariant, FaceVariant[]> = {
  regular: ['regular'],
  italic: ['italic', 'regular'],
  bold: ['bold', 'regular'],
  boldItalic: ['boldItalic', 'bold', 'italic', 'regular'],
};

/**
 * A style's bold/italic flags pick its base face; a span's emphasis adds to them. A fallback family gives the
 * variant asked for if it has it, else its regular (an emoji font has only that).
 */
function resolveFaces(
  style: TextStyleSpec,
  fallbackFonts: readonly string[],
  fontFiles: Map<string, string>,
): Pick<ResolvedStyle, 'faces' | 'fallbackFaces'> {
  const wanted = (bold: boolean, italic: boolean): FaceVariant => (bold ? (italic ? 'boldItalic' : 'bold') : italic ? 'italic' : 'regular');
  const ownFace = (variant: FaceVariant): string =>
    NEAREST_VARIANTS[variant].map((nearest) => `${style.font}/${nearest}`).find((id) => fontFiles.has(id)) ?? `${style.font}/regular`;
  const fallbackFaces = (variant: FaceVariant): string[] =>
    fallbackFonts.map((family) => (fontFiles.has(`${family}/${variant}`) ? `${family}/${variant}` : `${family}/regular`));
  /** By the variant a span asks for: the variant the style's flags and the span's emphasis together want. */
  const perSpanVariant = <T>(resolve: (variant: FaceVariant) => T): Record<FaceVariant, T> => ({
    regular: resolve(wanted(style.bold, style.italic)),
    italic: resolve(wanted(style.bold, !style.italic)),
    bold: resolve(wanted(true, style.italic)),
    boldItalic: resolve(wanted(true, !style.italic)),
  });
  return { faces: perSpanVariant(ownFace), fallbackFaces: perSpanVariant(fallbackFaces) };
}
