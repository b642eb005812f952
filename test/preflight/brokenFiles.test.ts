import { deflateSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { cmyk, PDFArray, PDFDict, PDFDocument, PDFHeader, PDFName, PDFNumber, PDFRawStream, PDFRef, PDFString, type PDFObject } from 'pdf-lib';
import { ARCHIVE_RULES } from '../../src/preflight/archiveRules.js';
import { PRINT_IMAGE_RULES } from '../../src/preflight/imageRules.js';
import { preflightPdf, type PreflightProfile } from '../../src/preflight/preflight.js';
import { COMMON_RULES, PRINT_RULES } from '../../src/preflight/printRules.js';
import { PROFILED_PAGES, renderProfiled } from '../profiles/profiledPages.js';

/** A change that breaks one rule, made on a good file of the profile with pdf-lib. */
type Breakage = (document: PDFDocument) => void | Promise<void>;

const name = (key: string): PDFName => PDFName.of(key);

function lookup<T extends PDFObject>(document: PDFDocument, object: PDFObject | undefined): T {
  return (object instanceof PDFRef ? document.context.lookup(object) : object) as T;
}

function info(document: PDFDocument): PDFDict {
  return lookup<PDFDict>(document, document.context.trailerInfo.Info);
}

function firstPage(document: PDFDocument) {
  return document.getPages()[0]!;
}

/** The page's fonts and image XObjects, by resource name. */
function resources(document: PDFDocument, category: 'Font' | 'XObject'): [PDFName, PDFDict | PDFRawStream, PDFRef][] {
  const dict = lookup<PDFDict>(document, firstPage(document).node.Resources()!.get(name(category)));
  return dict.entries().map(([key, ref]) => [key, lookup<PDFDict>(document, ref), ref as PDFRef]);
}

function fontDescriptor(document: PDFDocument, font: PDFDict): PDFDict {
  const descendant = lookup<PDFDict>(document, lookup<PDFArray>(document, font.get(name('DescendantFonts'))).get(0));
  return lookup<PDFDict>(document, descendant.get(name('FontDescriptor')));
}

/** Rewrites the XMP packet. */
function editXmp(document: PDFDocument, edit: (xmp: string) => string): void {
  const stream = lookup<PDFRawStream>(document, document.catalog.get(name('Metadata')));
  const xmp = edit(Buffer.from(stream.contents).toString('utf8'));
  document.catalog.set(name('Metadata'), document.context.register(document.context.stream(xmp, { Type: 'Metadata', Subtype: 'XML' })));
}

/** The first structure element of `type`, depth first. */
function structElement(document: PDFDocument, type: string): PDFDict {
  const visit = (object: PDFObject | undefined): PDFDict | undefined => {
    const node = lookup<PDFObject>(document, object);
    if (node instanceof PDFArray) return node.asArray().map(visit).find(Boolean);
    if (!(node instanceof PDFDict)) return undefined;
    if (node.get(name('S'))?.toString() === `/${type}`) return node;
    return visit(node.get(name('K')));
  };
  return visit(document.catalog.get(name('StructTreeRoot')))!;
}

const COMMON_BREAKAGES: Record<string, Breakage> = {
  'not-encrypted': (document) => {
    document.context.trailerInfo.Encrypt = document.context.obj({ Filter: 'Standard', V: 1, R: 2 });
  },
  'document-id': (document) => {
    document.context.trailerInfo.ID = undefined;
  },
  'fonts-embedded': (document) => {
    const [[, font]] = resources(document, 'Font') as [[PDFName, PDFDict, PDFRef]];
    fontDescriptor(document, font).delete(name('FontFile2'));
  },
  'text-inside-trim': (document) => {
    const page = firstPage(document);
    const trim = page.getTrimBox();
    // The trim cut to its top half: the text below now starts outside it.
    page.setTrimBox(trim.x, trim.y + trim.height / 2, trim.width, trim.height / 2);
  },
};

const PRINT_BREAKAGES: Record<string, Breakage> = {
  ...COMMON_BREAKAGES,
  'pdfx-version': (document) => {
    document.context.header = PDFHeader.forVersion(1, 7);
  },
  'pdfx-identification': (document) => {
    info(document).set(name('GTS_PDFXVersion'), PDFString.of('PDF/X-1a:2001'));
  },
  trapped: (document) => {
    info(document).set(name('Trapped'), PDFString.of('False'));
  },
  'output-intent-pdfx': (document) => {
    document.catalog.delete(name('OutputIntents'));
  },
  'pdfx-metadata': (document) => {
    info(document).delete(name('Title'));
  },
  'page-boxes': (document) => {
    firstPage(document).node.delete(name('TrimBox'));
  },
  'crop-marks': (document) => {
    // The bleed grown to the sheet: the marks now lie inside it.
    const page = firstPage(document);
    const media = page.getMediaBox();
    page.setBleedBox(media.x, media.y, media.width, media.height);
  },
  'colour-spaces': async (document) => {
    const { rgb } = await import('pdf-lib');
    firstPage(document).drawRectangle({ x: 100, y: 100, width: 20, height: 20, color: rgb(1, 0, 0) });
  },
  'text-and-rules-black': (document) => {
    firstPage(document).drawLine({ start: { x: 100, y: 100 }, end: { x: 300, y: 100 }, thickness: 0.5, color: cmyk(0, 0, 0, 0.8) });
  },
  'image-resolution': (document) => {
    const [[, image]] = resources(document, 'XObject') as [[PDFName, PDFRawStream, PDFRef]];
    // Half the pixels claimed for the same placed size: 150 ppi.
    for (const key of ['Width', 'Height']) image.dict.set(name(key), PDFNumber.of(Math.floor((image.dict.get(name(key)) as PDFNumber).asNumber() / 2)));
  },
  'total-ink': (document) => {
    const [[, image, ref]] = resources(document, 'XObject') as [[PDFName, PDFRawStream, PDFRef]];
    const width = (image.dict.get(name('Width')) as PDFNumber).asNumber();
    const height = (image.dict.get(name('Height')) as PDFNumber).asNumber();
    // 80 % of each ink: 320 % in all.
    const pixels = Buffer.alloc(width * height * 4, 204);
    const dict = { Type: 'XObject', Subtype: 'Image', Width: width, Height: height, ColorSpace: 'DeviceCMYK', BitsPerComponent: 8, Filter: 'FlateDecode' };
    document.context.assign(ref, document.context.stream(deflateSync(pixels), dict));
  },
  'image-bleed': (document) => {
    const page = firstPage(document);
    const trim = page.getTrimBox();
    const bleed = page.getBleedBox();
    // The lead photo starts 34 pt inside the trim (the seed page's margin): the trim moved to its edge, the bleed kept.
    page.setTrimBox(trim.x + 34.015748, trim.y, trim.width - 34.015748, trim.height);
    page.setBleedBox(bleed.x, bleed.y, bleed.width, bleed.height);
  },
  'font-subset-names': (document) => {
    const fonts = resources(document, 'Font') as [PDFName, PDFDict, PDFRef][];
    const [first, second] = [fonts[0]![1], fonts[1]![1]];
    const firstName = first.get(name('BaseFont'))!;
    second.set(name('BaseFont'), firstName);
  },
};

const ARCHIVE_BREAKAGES: Record<string, Breakage> = {
  ...COMMON_BREAKAGES,
  'pdfa-identification': (document) => editXmp(document, (xmp) => xmp.replace(/<pdfaid:conformance>A</, '<pdfaid:conformance>B<')),
  'output-intent-pdfa': (document) => {
    document.catalog.delete(name('OutputIntents'));
  },
  'metadata-consistency': (document) => {
    info(document).set(name('Title'), PDFString.of('Another headline'));
  },
  'xmp-extension-schemas': (document) => editXmp(document, (xmp) => xmp.replace(/<pdfaSchema:namespaceURI>[^<]*<\/pdfaSchema:namespaceURI>/, '')),
  'fonts-unicode': (document) => {
    const [[, font]] = resources(document, 'Font') as [[PDFName, PDFDict, PDFRef]];
    font.delete(name('ToUnicode'));
  },
  'tagged-structure': (document) => {
    document.catalog.delete(name('Lang'));
  },
  'content-tagged': (document) => {
    firstPage(document).drawRectangle({ x: 100, y: 100, width: 20, height: 20, color: cmyk(0, 0, 0, 1) });
  },
  'figure-alt': (document) => {
    structElement(document, 'Figure').delete(name('Alt'));
  },
  'parent-tree': (document) => {
    firstPage(document).node.delete(name('StructParents'));
  },
  // The headline's element also holds the deck's marked content.
  'mcid-references': (document) => {
    const headline = lookup<PDFArray>(document, structElement(document, 'H1').get(name('K')));
    for (const kid of lookup<PDFArray>(document, structElement(document, 'P').get(name('K'))).asArray()) headline.push(kid);
  },
};

const CASES: { profile: PreflightProfile; breakages: Record<string, Breakage>; rules: string[] }[] = [
  { profile: 'print', breakages: PRINT_BREAKAGES, rules: [...COMMON_RULES, ...PRINT_RULES, ...PRINT_IMAGE_RULES].map((rule) => rule.id) },
  { profile: 'archive', breakages: ARCHIVE_BREAKAGES, rules: [...COMMON_RULES, ...ARCHIVE_RULES].map((rule) => rule.id) },
];

describe.each(CASES)('preflight --profile $profile on broken copies of the seed page', ({ profile, breakages, rules }) => {
  let good: Buffer;

  beforeAll(async () => {
    good = (await renderProfiled(PROFILED_PAGES[0], profile)).pdf;
  });

  async function failures(breakage?: Breakage): Promise<string[]> {
    const document = await PDFDocument.load(good, { updateMetadata: false });
    await breakage?.(document);
    const saved = Buffer.from(await document.save({ updateFieldAppearances: false }));
    // pdf-lib always writes %PDF-1.7: the version is put back as the file (or the breakage) has it, in the same bytes.
    saved.write(document.context.header.toString().slice(0, 8), 0, 'latin1');
    const report = await preflightPdf(saved, { profile });
    return report.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id);
  }

  it('has a broken file for every rule', () => {
    expect(Object.keys(breakages).sort()).toEqual([...rules].sort());
  });

  it('passes the good file, also once pdf-lib has re-saved it unchanged', async () => {
    expect(await failures()).toEqual([]);
  });

  it.each(Object.keys(breakages))('fails %s when the file breaks it', async (rule) => {
    expect(await failures(breakages[rule])).toContain(rule);
  });
});
