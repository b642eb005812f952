import { pdfMetadata } from '../../src/profiles/metadata.js';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { FontFace, FontSet } from '../../src/fonts/fontSet.js';
import { shapedGlyphs } from '../../src/inline/glyphs.js';
import { writePdf } from '../../src/pdf/writePdf.js';
import { readPdfText } from '../../src/pdf-read/readPdf.js';
import { POSITIONED_SCHEMA_VERSION, type PositionedDocument, type PositionedRun } from '../../src/positioned/types.js';
import { renderShared } from '../sharedRenders.js';
import { regular } from '../inline/fixtures.js';

const CREATION_DATE = new Date('2000-01-01T00:00:00Z');

/** The seed page and a second article on another page size, in four columns, with a floated photo. */
const pages = [
  { name: 'the seed page', article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json' },
  { name: 'the four-column ferry page', article: 'test/fixtures/articles/river-ferry.md', layout: 'test/fixtures/layouts/four-column.json' },
];

afterEach(() => {
  vi.restoreAllMocks();
});

describe.each(pages)('$name as JSON', ({ article, layout }) => {
  it('is plain JSON: parsing what it serialises gives it back exactly', async () => {
    const { document } = await renderShared(article, layout);
    // toStrictEqual also fails on what JSON would change: undefined, Infinity, NaN, -0, a Map or a class instance.
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
  });

  it('paints from its JSON to the same bytes as from the composed object, without shaping any text', async () => {
    const { document, images, pdf, layout: resolved, article: read } = await renderShared(article, layout);
    const shape = vi.spyOn(FontFace.prototype, 'shape');
    // The fontkit fonts the writer loads: parsed once per process and file, so these are the very objects.
    const files = new FontSet(new Map(document.fonts.map((ref) => [ref.id, ref.path])));
    const layoutCalls = document.fonts.map((ref) => vi.spyOn(files.face(ref.id).font, 'layout'));
    const metadata = pdfMetadata(read, resolved);
    const painted = await writePdf(JSON.parse(JSON.stringify(document)) as PositionedDocument, { creationDate: resolved.creationDate, images, metadata });
    expect(painted.equals(pdf)).toBe(true);
    expect(shape).not.toHaveBeenCalled();
    for (const calls of layoutCalls) expect(calls).not.toHaveBeenCalled();
  });

  it('names every picture by the hash of the bytes it draws', async () => {
    const { document, images } = await renderShared(article, layout);
    const hashes = document.pages.flatMap((page) => page.frames.flatMap((frame) => (frame.kind === 'image' ? [frame.jpegSha256] : [])));
    expect(hashes.length).toBeGreaterThan(0);
    for (const hash of hashes) expect(hash).toMatch(/^[0-9a-f]{64}$/u);
    expect([...images.keys()].sort()).toEqual([...new Set(hashes)].sort());
  });
});

/** A one-run page in Newsreader Regular. */
function pageWith(run: PositionedRun): PositionedDocument {
  return {
    schemaVersion: POSITIONED_SCHEMA_VERSION,
    title: 'Glyphs',
    lang: 'en-US',
    fonts: [{ id: regular.id, path: regular.path, unitsPerEm: regular.font.unitsPerEm }],
    pages: [
      {
        widthPt: 200,
        heightPt: 100,
        bleedPt: 0,
        frames: [
          {
            kind: 'text',
            role: 'body',
            column: 1,
            xPt: 10,
            yPt: 10,
            widthPt: 180,
            heightPt: 80,
            lines: [
              {
                baselinePt: 50,
                xPt: 10,
                widthPt: 180,
                runs: [run],
                justified: false,
                hangLeftPt: 0,
                hangRightPt: 0,
                hyphenated: false,
                endsParagraph: true,
                paragraphIndex: 0,
                adjustmentRatio: 0,
              },
            ],
          },
        ],
      },
    ],
    overset: null,
    warnings: [],
  };
}

const runOf = (text: string, glyphsText = text): PositionedRun => ({
  text,
  glyphs: shapedGlyphs(regular, glyphsText),
  xPt: 10,
  widthPt: regular.widthPt(glyphsText, 10),
  fontId: regular.id,
  sizePt: 10,
  horizontalScalePct: 100,
  characterSpacingPt: 0,
});

describe('writePdf draws the glyphs a run carries', () => {
  it('draws the glyphs, not the text: a run of "sun" whose glyphs spell "fog" prints and extracts as "fog"', async () => {
    const pdf = await writePdf(pageWith(runOf('sun', 'fog')), { creationDate: CREATION_DATE, images: new Map() });
    expect((await readPdfText(pdf))[0]!.trim()).toBe('fog');
  });

  it('maps a ligature back to its letters, so that extracted text is right', async () => {
    const run = runOf('office');
    // Newsreader sets "ffi" as one glyph that stands for three characters.
    expect(run.glyphs.length).toBe(4);
    expect(run.glyphs.map((glyph) => glyph.codePoints.length)).toEqual([1, 3, 1, 1]);
    const pdf = await writePdf(pageWith(run), { creationDate: CREATION_DATE, images: new Map() });
    expect((await readPdfText(pdf))[0]!.trim()).toBe('office');
  });

  it('gives a different /ID to a page that differs only in a run\'s glyphs, or only in a run\'s place', async () => {
    const idOf = async (document: PositionedDocument): Promise<string> => {
      const pdf = await writePdf(document, { creationDate: CREATION_DATE, images: new Map() });
      return /\/ID \[<([0-9a-f]+)>/.exec(pdf.toString('latin1'))![1]!;
    };
    const moved = pageWith(runOf('sun'));
    const frame = moved.pages[0]!.frames[0]!;
    if (frame.kind === 'text') frame.lines[0]!.runs[0]!.xPt += 0.5;
    // Only the glyphs differ: same text, place and width.
    const fog = { ...runOf('sun', 'fog'), widthPt: runOf('sun').widthPt };
    const ids = await Promise.all([pageWith(runOf('sun')), pageWith(fog), moved].map(idOf));
    expect(new Set(ids).size).toBe(3);
    expect(await idOf(pageWith(runOf('sun')))).toBe(ids[0]);
  });

  it('refuses a document of another format version, and a picture missing from the store', async () => {
    await expect(writePdf({ ...pageWith(runOf('sun')), schemaVersion: 0 }, { creationDate: CREATION_DATE, images: new Map() })).rejects.toThrow(
      'positioned document version 0',
    );
    const document = pageWith(runOf('sun'));
    document.pages[0]!.frames.push({ kind: 'image', imageId: 'photo', srcPath: 'photo.jpg', jpegSha256: 'ab'.repeat(32), xPt: 0, yPt: 0, widthPt: 10, heightPt: 10, alt: 'A photo', crop: 'centre' });
    await expect(writePdf(document, { creationDate: CREATION_DATE, images: new Map() })).rejects.toThrow("image 'photo' has no prepared picture");
  });
});
