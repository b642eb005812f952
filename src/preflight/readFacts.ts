import { createHash } from 'node:crypto';
import {
  decodePDFRawStream,
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFHexString,
  PDFName,
  PDFNumber,
  PDFRawStream,
  PDFRef,
  PDFStream,
  PDFString,
  type PDFObject,
} from 'pdf-lib';
import { parseContentStream, type ContentOperation } from './contentTokens.js';
import { interpretContent, type ContentResources, type PaintedContent } from './paintedContent.js';
import { readStructure, type StructureElement } from './structureTree.js';

export type Box = [x1: number, y1: number, x2: number, y2: number];

export interface ImageFacts {
  id: string;
  widthPx: number;
  heightPx: number;
  colourSpace: { family: string; components: number };
  bitsPerComponent: number;
  filters: string[];
  /** The stream's bytes as stored (a JPEG for DCTDecode). */
  data: Uint8Array;
}

export interface FontFacts {
  /** `BaseFont`, with its subset tag. */
  name: string;
  subtype: string;
  embedded: boolean;
  hasToUnicode: boolean;
  /** sha256 of the embedded font program, to tell apart two programs under one name. */
  programSha256?: string;
}

export interface PageFacts {
  mediaBox: Box;
  bleedBox?: Box;
  trimBox?: Box;
  content: PaintedContent;
  images: Map<string, ImageFacts>;
  fonts: FontFacts[];
  /** The page's key in the structure's ParentTree. */
  structParents?: number;
}

/** What preflight reads from a PDF: the objects and page content its rules judge, nothing judged yet. */
export interface PdfFacts {
  /** From the file header, `1.6`. */
  headerVersion: string;
  encrypted: boolean;
  /** The trailer's `/ID`, as hex strings. */
  id: string[];
  /** The Info dictionary: strings decoded, names as `/Name`. */
  info: Map<string, string>;
  /** The catalog's XMP packet, when there is one. */
  xmp?: string;
  outputIntents: { subtype: string; identifier: string; components?: number }[];
  lang?: string;
  marked: boolean;
  structure?: StructureElement;
  /** The StructTreeRoot's ParentTree: each key's elements (`12 0 R`) by MCID (a `/StructParent`'s: one element); null for none. */
  parentTree?: Map<number, (string | null)[]>;
  pages: PageFacts[];
}

/** Reads the facts of any PDF with pdf-lib; throws (pdf-lib's message) when the file cannot be parsed. */
export async function readPdfFacts(bytes: Uint8Array): Promise<PdfFacts> {
  const document = await loadQuietly(bytes);
  const context = document.context;
  const lookup = (object: PDFObject | undefined): PDFObject | undefined => (object instanceof PDFRef ? context.lookup(object) : object);
  const catalog = document.catalog;
  const info = lookup(context.trailerInfo.Info);
  const metadata = lookup(catalog.get(PDFName.of('Metadata')));
  const markInfo = lookup(catalog.get(PDFName.of('MarkInfo')));
  const lang = lookup(catalog.get(PDFName.of('Lang')));
  const structTreeRoot = lookup(catalog.get(PDFName.of('StructTreeRoot')));
  const pageIndexByRef = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  return {
    headerVersion: /^%PDF-(\d\.\d)/.exec(Buffer.from(bytes.subarray(0, 16)).toString('latin1'))?.[1] ?? '?',
    encrypted: document.isEncrypted,
    id: arrayOf(lookup(context.trailerInfo.ID)).map((part) => (part instanceof PDFHexString || part instanceof PDFString ? Buffer.from(part.asBytes()).toString('hex') : '')),
    info: info instanceof PDFDict ? dictStrings(info, lookup) : new Map(),
    ...(metadata instanceof PDFStream && { xmp: Buffer.from(streamBytes(metadata)).toString('utf8') }),
    outputIntents: arrayOf(lookup(catalog.get(PDFName.of('OutputIntents')))).flatMap((entry) => {
      const intent = lookup(entry);
      if (!(intent instanceof PDFDict)) return [];
      const profile = lookup(intent.get(PDFName.of('DestOutputProfile')));
      const components = profile instanceof PDFStream ? numberOf(lookup(profile.dict.get(PDFName.of('N')))) : undefined;
      return [{ subtype: nameOf(lookup(intent.get(PDFName.of('S')))), identifier: textOf(lookup(intent.get(PDFName.of('OutputConditionIdentifier')))), ...(components !== undefined && { components }) }];
    }),
    ...(lang !== undefined && { lang: textOf(lang) }),
    marked: markInfo instanceof PDFDict && String(lookup(markInfo.get(PDFName.of('Marked')))) === 'true',
    ...(structTreeRoot instanceof PDFDict && {
      structure: readStructure(structTreeRoot, lookup, (pg) => (pg instanceof PDFRef ? pageIndexByRef.get(pg.toString()) : undefined)),
      parentTree: readParentTree(lookup(structTreeRoot.get(PDFName.of('ParentTree'))), lookup),
    }),
    pages: document.getPages().map((page) => {
      const node = page.node;
      const resources = node.Resources();
      const images = new Map<string, ImageFacts>();
      const fonts = new Map<string, FontFacts>();
      const contentResources = pageResources(resources, lookup, images, fonts, 0);
      const contents = node.Contents();
      const streams = (contents instanceof PDFArray ? contents.asArray().map(lookup) : [contents]).filter((stream): stream is PDFStream => stream instanceof PDFStream);
      // A page's content streams are one stream cut anywhere between tokens (ISO 32000-1, 7.8.2).
      const joined = Buffer.concat(streams.flatMap((stream) => [streamBytes(stream), Buffer.from('\n')]));
      const content = interpretContent(parseContentStream(joined), contentResources);
      const trimBox = boxOf(lookup(node.TrimBox()));
      const bleedBox = boxOf(lookup(node.BleedBox()));
      const structParents = numberOf(lookup(node.get(PDFName.of('StructParents'))));
      const boxes = { mediaBox: boxOf(lookup(node.MediaBox())) ?? [0, 0, 0, 0], ...(bleedBox && { bleedBox }), ...(trimBox && { trimBox }) } as const;
      return { ...boxes, content, images, fonts: [...fonts.values()], ...(structParents !== undefined && { structParents }) };
    }),
  };
}

type Lookup = (object: PDFObject | undefined) => PDFObject | undefined;

/** A number tree's entries, its kids' included (to a depth of 16): each value an array of references, or one. */
function readParentTree(node: PDFObject | undefined, lookup: Lookup, depth = 0): Map<number, (string | null)[]> {
  const entries = new Map<number, (string | null)[]>();
  if (!(node instanceof PDFDict) || depth > 16) return entries;
  const nums = arrayOf(lookup(node.get(PDFName.of('Nums'))));
  for (let index = 0; index + 1 < nums.length; index += 2) {
    const key = numberOf(lookup(nums[index]));
    const value = nums[index + 1];
    const resolved = lookup(value);
    const refs = resolved instanceof PDFArray ? resolved.asArray() : [value];
    if (key !== undefined) entries.set(key, refs.map((ref) => (ref instanceof PDFRef ? ref.toString() : null)));
  }
  for (const kid of arrayOf(lookup(node.get(PDFName.of('Kids'))))) for (const [key, value] of readParentTree(lookup(kid), lookup, depth + 1)) entries.set(key, value);
  return entries;
}

/**
 * pdf-lib tells of each object it cannot parse on `console.warn`; preflight reports a damaged file in one line of its
 * own, so those messages are held back while it parses.
 */
async function loadQuietly(bytes: Uint8Array): Promise<PDFDocument> {
  const warn = console.warn;
  console.warn = () => undefined;
  try {
    return await PDFDocument.load(bytes, { ignoreEncryption: true, updateMetadata: false, throwOnInvalidObject: false });
  } finally {
    console.warn = warn;
  }
}

/** The page's resources as the content interpreter reads them; images and fonts found are recorded on the way. */
function pageResources(resources: PDFDict | undefined, lookup: Lookup, images: Map<string, ImageFacts>, fonts: Map<string, FontFacts>, depth: number): ContentResources {
  const category = (key: string): PDFDict | undefined => {
    const dict = lookup(resources?.get(PDFName.of(key)));
    return dict instanceof PDFDict ? dict : undefined;
  };
  for (const [name, value] of category('Font')?.entries() ?? []) {
    const font = lookup(value);
    if (font instanceof PDFDict) fonts.set(value instanceof PDFRef ? value.toString() : name.asString(), fontFacts(font, lookup));
  }
  const colourSpace = (name: string): { family: string; components: number } => {
    const named = lookup(category('ColorSpace')?.get(PDFName.of(name)));
    return named === undefined ? deviceSpace(name) : colourSpaceOf(named, lookup);
  };
  return {
    colourSpace,
    xObject(name) {
      const reference = category('XObject')?.get(PDFName.of(name));
      const stream = lookup(reference);
      if (!(stream instanceof PDFStream)) return undefined;
      const subtype = nameOf(lookup(stream.dict.get(PDFName.of('Subtype'))));
      const id = reference instanceof PDFRef ? reference.toString() : name;
      if (subtype === 'Image') {
        if (!images.has(id)) images.set(id, imageFacts(id, stream, lookup));
        return { kind: 'image', id };
      }
      if (subtype !== 'Form' || depth > 8) return undefined;
      const formResources = lookup(stream.dict.get(PDFName.of('Resources')));
      const operations: ContentOperation[] = parseContentStream(streamBytes(stream));
      const matrix = arrayOf(lookup(stream.dict.get(PDFName.of('Matrix')))).map((value) => numberOf(lookup(value)) ?? 0);
      return { kind: 'form', operations, matrix, resources: pageResources(formResources instanceof PDFDict ? formResources : resources, lookup, images, fonts, depth + 1) };
    },
  };
}

function imageFacts(id: string, stream: PDFStream, lookup: Lookup): ImageFacts {
  const get = (key: string): PDFObject | undefined => lookup(stream.dict.get(PDFName.of(key)));
  const filter = get('Filter');
  const isMask = String(get('ImageMask')) === 'true';
  return {
    id,
    widthPx: numberOf(get('Width')) ?? 0,
    heightPx: numberOf(get('Height')) ?? 0,
    colourSpace: isMask ? { family: 'ImageMask', components: 1 } : colourSpaceOf(get('ColorSpace'), lookup),
    bitsPerComponent: numberOf(get('BitsPerComponent')) ?? 1,
    filters: filter instanceof PDFArray ? arrayOf(filter).map((entry) => nameOf(lookup(entry))) : filter ? [nameOf(filter)] : [],
    data: stream instanceof PDFRawStream ? stream.contents : new Uint8Array(),
  };
}

function fontFacts(font: PDFDict, lookup: Lookup): FontFacts {
  const get = (dict: PDFDict, key: string): PDFObject | undefined => lookup(dict.get(PDFName.of(key)));
  const subtype = nameOf(get(font, 'Subtype'));
  const descendant = lookup(arrayOf(get(font, 'DescendantFonts'))[0]);
  const descriptor = get(descendant instanceof PDFDict ? descendant : font, 'FontDescriptor');
  const program = descriptor instanceof PDFDict ? ['FontFile', 'FontFile2', 'FontFile3'].map((key) => get(descriptor, key)).find((file) => file instanceof PDFStream) : undefined;
  return {
    name: nameOf(get(font, 'BaseFont')),
    subtype,
    // A Type 3 font's glyphs are content streams in the file itself.
    embedded: subtype === 'Type3' || program !== undefined,
    hasToUnicode: get(font, 'ToUnicode') instanceof PDFStream,
    ...(program instanceof PDFRawStream && { programSha256: createHash('sha256').update(program.contents).digest('hex') }),
  };
}

function colourSpaceOf(space: PDFObject | undefined, lookup: Lookup): { family: string; components: number } {
  if (space instanceof PDFName) return deviceSpace(space.asString().slice(1));
  const parts = arrayOf(space).map(lookup);
  const family = nameOf(parts[0]);
  if (family === 'ICCBased') {
    const profile = parts[1];
    const components = profile instanceof PDFStream ? (numberOf(lookup(profile.dict.get(PDFName.of('N')))) ?? 0) : 0;
    return { family: `ICCBased/${components}`, components };
  }
  if (family === 'Separation') return { family: `Separation/${nameOf(parts[1])}`, components: 1 };
  if (family === 'Indexed') return { family: `Indexed/${colourSpaceOf(parts[1], lookup).family}`, components: 1 };
  return { family: family || 'unknown', components: 0 };
}

function deviceSpace(name: string): { family: string; components: number } {
  const components: Record<string, number> = { DeviceGray: 1, G: 1, DeviceRGB: 3, RGB: 3, DeviceCMYK: 4, CMYK: 4, Pattern: 0 };
  const full: Record<string, string> = { G: 'DeviceGray', RGB: 'DeviceRGB', CMYK: 'DeviceCMYK' };
  return { family: full[name] ?? name, components: components[name] ?? 0 };
}

function streamBytes(stream: PDFStream): Uint8Array {
  if (!(stream instanceof PDFRawStream)) return stream.getContents();
  return stream.dict.get(PDFName.of('Filter')) === undefined ? stream.contents : decodePDFRawStream(stream).decode();
}

function dictStrings(dict: PDFDict, lookup: Lookup): Map<string, string> {
  return new Map(dict.entries().map(([key, value]) => [key.asString().slice(1), textOf(lookup(value))]));
}

function arrayOf(object: PDFObject | undefined): PDFObject[] {
  return object instanceof PDFArray ? object.asArray() : [];
}

function nameOf(object: PDFObject | undefined): string {
  return object instanceof PDFName ? object.asString().slice(1) : '';
}

function numberOf(object: PDFObject | undefined): number | undefined {
  return object instanceof PDFNumber ? object.asNumber() : undefined;
}

/** Strings decoded (PDFDocEncoding or UTF-16), names as `/Name`, anything else as PDF syntax. */
function textOf(object: PDFObject | undefined): string {
  if (object instanceof PDFString || object instanceof PDFHexString) return object.decodeText();
  return object === undefined ? '' : object.toString();
}

function boxOf(object: PDFObject | undefined): Box | undefined {
  const values = arrayOf(object).map((value) => (value instanceof PDFNumber ? value.asNumber() : NaN));
  if (values.length !== 4 || values.some((value) => !Number.isFinite(value))) return undefined;
  const [x1, y1, x2, y2] = values as Box;
  return [Math.min(x1, x2), Math.min(y1, y2), Math.max(x1, x2), Math.max(y1, y2)];
}
