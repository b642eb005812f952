import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { composePage } from '../../src/compose/composePage.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import { mmToPt, ptToMm } from '../../src/layout-spec/units.js';
import { lineText } from '../../src/positioned/lineText.js';
import type { Frame, ImageFrame, PositionedDocument, PositionedLine, TextFrame } from '../../src/positioned/types.js';
import type { LayoutJson } from '../layout-spec/minimalLayout.js';
import { article, bodyText, resolvePage } from './fixtures.js';

// The page of the fixtures: grid rows from y = 72 every 12 pt; body baselines at 72 + 12k + 6.7 (cap height 6.7 pt),
// descenders 0.265 × 10 = 2.65 pt; columns at x = 72 and 378, 270 pt wide; text bottom at 720 − 72 = 648.
const TOP_PT = 72;
const STEP_PT = 12;
const BODY_CAP_PT = 6.7;
const BODY_DESCENDER_PT = 2.65;
const COLUMN_LEFT_PT = [72, 378];

function compose(story: LayoutJson['story'], articleOverrides: Partial<Article> = {}): PositionedDocument {
  const layout = resolvePage(story);
  return composePage(article(articleOverrides), layout, new FontSet(layout.fontFiles));
}

const frames = (document: PositionedDocument): Frame[] => document.pages[0]!.frames;
const textFrames = (document: PositionedDocument, role: TextFrame['role']): TextFrame[] =>
  frames(document).filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === role);
const imageFrame = (document: PositionedDocument, id: string): ImageFrame =>
  frames(document).find((frame): frame is ImageFrame => frame.kind === 'image' && frame.imageId === id)!;
const bottomOf = (frame: Frame): number => frame.yPt + frame.heightPt;
const bodyColumn = (document: PositionedDocument, column: number): PositionedLine[] =>
  textFrames(document, 'body').find((frame) => frame.column === column)!.lines;
/** The grid row a body line sits on (fractional if it is off the grid). */
const rowOf = (line: PositionedLine): number => (line.baselinePt - TOP_PT - BODY_CAP_PT) / STEP_PT;
const wordsOf = (lines: PositionedLine[]): string[] => lines.map(lineText).join(' ').replace(/- /g, '').split(' ');

describe('composePage: blocks stack on the grid', () => {
  const document = compose([
    { type: 'image', image: 1, heightMm: 25.4 },
    { type: 'headline', style: 'headline' },
    { type: 'body' },
  ]);

  it('places the photo at the top margin across both columns, its caption 1.5 mm below', () => {
    expect(imageFrame(document, 'lead')).toMatchObject({ xPt: 72, yPt: 72, heightPt: 72, srcPath: '/images/lead.jpg', crop: 'centre' });
    expect(imageFrame(document, 'lead').widthPt).toBeCloseTo(576, 9);
    const [caption] = textFrames(document, 'caption');
    expect(caption!.yPt).toBeCloseTo(144 + mmToPt(1.5), 9);
    expect(lineText(caption!.lines[0]!)).toBe('The ferry leaves the north pier at dawn. \u2014 Ann Lee');
  });

  it('starts the headline on the first grid row clear of the caption and its 3 mm space', () => {
    const [caption] = textFrames(document, 'caption');
    const [headline] = textFrames(document, 'headline');
    // Caption ink ends near y = 156.2; plus 8.5 pt of space: 164.6; the next row top is 72 + 8 × 12 = 168.
    const clearPt = bottomOf(caption!) + mmToPt(3);
    expect(headline!.yPt).toBe(168);
    expect(headline!.yPt).toBeGreaterThanOrEqual(clearPt);
    expect(headline!.yPt - STEP_PT).toBeLessThan(clearPt);
    // Its capitals start at the row top: Libre Franklin Bold's cap height is 0.742 × 24 pt.
    expect(headline!.lines[0]!.baselinePt).toBeCloseTo(168 + 0.742 * 24, 9);
    expect(lineText(headline!.lines[0]!)).toBe('Ferry returns to the river');
  });

  it('starts the body on the next clear row, every line on the grid', () => {
    const [headline] = textFrames(document, 'headline');
    const body = textFrames(document, 'body');
    // Headline ink ends near y = 191.7, plus 8.5 pt: 200.2; row 11 starts at 204.
    expect(bottomOf(headline!) + mmToPt(3)).toBeLessThanOrEqual(204);
    expect(body.map((frame) => frame.column)).toEqual([1, 2]);
    body.forEach((frame, index) => {
      expect(frame.xPt).toBeCloseTo(COLUMN_LEFT_PT[index]!, 9);
      expect(frame.yPt).toBe(204);
    });
    const lines = body.flatMap((frame) => frame.lines);
    expect(rowOf(lines[0]!)).toBe(11);
    for (const line of lines) expect(Number.isInteger(Math.round(rowOf(line) * 1e6) / 1e6)).toBe(true);
    expect(document.overset).toBeNull();
    // The article's second photo has no slot in this story: it is named, not silently dropped.
    expect(document.warnings).toEqual([{ where: 'images[1] (map)', message: 'no slot in layouts/test.json; not printed' }]);
  });

  it('describes the document: title, language, page, the fonts used', () => {
    expect(document).toMatchObject({ title: 'Ferry returns to the river', lang: 'en-US' });
    expect(document.pages).toHaveLength(1);
    expect(document.pages[0]).toMatchObject({ bleedPt: 0 });
    expect(document.pages[0]!.widthPt).toBeCloseTo(720, 9);
    expect(document.fonts.map((font) => font.id).sort()).toEqual(['Libre Franklin/bold', 'Libre Franklin/regular', 'Newsreader/regular']);
  });
});

describe('composePage: floats', () => {
  // Three times the story: enough to fill column 1 and go on into column 2.
  const longText = [...bodyText, ...bodyText, ...bodyText];

  it('a top float keeps the text of its columns below it and its caption, and leaves the other columns alone', () => {
    const document = compose([{ type: 'body', floats: [{ image: 'map', columns: [2, 2], heightMm: 30 }] }], { body: longText });
    const photo = imageFrame(document, 'map');
    expect(photo.xPt).toBeCloseTo(378, 9);
    expect(photo.yPt).toBe(72);
    expect(photo.widthPt).toBeCloseTo(270, 9);
    const clearPt = bottomOf(textFrames(document, 'caption')[0]!) + mmToPt(3);
    const columnTwo = bodyColumn(document, 2);
    expect(columnTwo.length).toBeGreaterThan(0);
    // The first line of column 2 has its capitals below the float; the row above would have touched it.
    expect(columnTwo[0]!.baselinePt - BODY_CAP_PT).toBeGreaterThanOrEqual(clearPt);
    expect(columnTwo[0]!.baselinePt - BODY_CAP_PT - STEP_PT).toBeLessThan(clearPt);
    // Column 1 starts on row 0, beside the float.
    expect(bodyColumn(document, 1)[0]!.baselinePt).toBeCloseTo(TOP_PT + BODY_CAP_PT, 9);
    expect(document.overset).toBeNull();
  });

  it('a top float with rowOffset starts that many grid rows down, with text above it clear of it', () => {
    const document = compose([{ type: 'body', floats: [{ image: 'map', columns: [2, 2], heightMm: 30, rowOffset: 4 }] }], { body: longText });
    const photo = imageFrame(document, 'map');
    expect(photo.yPt).toBeCloseTo(72 + 4 * STEP_PT, 9);
    const above = bodyColumn(document, 2).filter((line) => line.baselinePt < photo.yPt);
    expect(above.length).toBeGreaterThan(0);
    // The 3 mm space keeps the descenders of the last line above off the photo.
    for (const line of above) expect(line.baselinePt + BODY_DESCENDER_PT).toBeLessThanOrEqual(photo.yPt - mmToPt(3) + 1e-9);
  });

  it('a bottom float ends its caption where the column’s last line would end, and the text stops above it', () => {
    const document = compose([{ type: 'body', widows: 'allow', orphans: 'allow', floats: [{ image: 'map', columns: [1, 1], position: 'bottom', heightMm: 30 }] }], { body: longText });
    // The last row with its baseline above y = 648 is row 47: baseline 642.7, descenders to 645.35.
    const caption = textFrames(document, 'caption')[0]!;
    expect(bottomOf(caption)).toBeCloseTo(72 + 47 * 12 + BODY_CAP_PT + BODY_DESCENDER_PT, 9);
    const floatTopPt = imageFrame(document, 'map').yPt;
    const columnOne = bodyColumn(document, 1);
    expect(bodyColumn(document, 2).length).toBeGreaterThan(0);
    const lastLine = columnOne[columnOne.length - 1]!;
    expect(lastLine.baselinePt + BODY_DESCENDER_PT).toBeLessThanOrEqual(floatTopPt - mmToPt(3));
    expect(lastLine.baselinePt + BODY_DESCENDER_PT + STEP_PT).toBeGreaterThan(floatTopPt - mmToPt(3));
  });
});

describe('composePage: frames that cannot be placed', () => {
  it('refuses two floats that would cover each other in a column, naming the second', () => {
    const story: LayoutJson['story'] = [
      { type: 'body', floats: [{ image: 'map', columns: [1, 2], heightMm: 30 }, { image: 'lead', columns: [2, 2], heightMm: 30, rowOffset: 2 }] },
    ];
    expect(() => compose(story)).toThrow('layouts/test.json: story[0].floats[1].columns: the photo overlaps floats[0] in column 2');
    // One under the other, clear of it, they are fine.
    const stacked: LayoutJson['story'] = [
      { type: 'body', floats: [{ image: 'map', columns: [1, 2], heightMm: 30 }, { image: 'lead', columns: [2, 2], heightMm: 30, rowOffset: 20 }] },
    ];
    expect(() => compose(stacked)).not.toThrow();
  });

  it('refuses a photo block that ends below the bottom margin of the page', () => {
    // The text area is 576 pt (203.2 mm) tall.
    expect(() => compose([{ type: 'image', image: 1, heightMm: 210 }, { type: 'body' }])).toThrow(
      /^layouts\/test\.json: story\[0\]\.heightMm: the photo and its caption end \d+\.\d mm below the page's bottom margin$/,
    );
    expect(() => compose([{ type: 'image', image: 1, heightMm: 150 }, { type: 'body' }])).not.toThrow();
  });
});

describe('composePage: drop cap and source line', () => {
  it('sets the initial as a drop cap and indents the first three lines beside it', () => {
    const document = compose([{ type: 'body', dropCap: { lines: 3 } }], { dropCap: true });
    const [dropCap] = textFrames(document, 'dropCap');
    expect(dropCap!.lines[0]!.runs[0]!.text).toBe('T');
    const lines = bodyColumn(document, 1);
    expect(lineText(lines[0]!).startsWith('he river ferry')).toBe(true);
    // Its baseline is on line 3's.
    expect(dropCap!.lines[0]!.baselinePt).toBe(lines[2]!.baselinePt);
    for (const line of lines.slice(0, 3)) expect(line.xPt).toBeGreaterThan(COLUMN_LEFT_PT[0]! + dropCap!.widthPt);
    expect(lines[3]!.xPt).toBe(COLUMN_LEFT_PT[0]);
  });

  it('sets the story without its drop cap, and says so, when the first column has fewer lines than the initial needs', () => {
    // A photo leaves the body three rows; the initial wants five lines.
    const layout = resolvePage([{ type: 'image', image: 1, heightMm: 190 }, { type: 'body', dropCap: { lines: 5 } }]);
    const document = composePage(article({ dropCap: true }), layout, new FontSet(layout.fontFiles));
    expect(textFrames(document, 'dropCap')).toEqual([]);
    expect(document.warnings.map((warning) => warning.message)).toContainEqual(expect.stringMatching(/^the initial "T" needs 5 lines one under the other/));
    expect(lineText(bodyColumn(document, 1)[0]!).startsWith('The river')).toBe(true);
  });

  it('says so once when balancing, for the depth kept, not for every depth it tried', () => {
    // Three rows a column hold the paragraph; balancing tries shallower columns, none of them deep enough either.
    const layout = resolvePage([{ type: 'image', image: 1, heightMm: 180 }, { type: 'body', balance: true, dropCap: { lines: 5 } }]);
    const document = composePage(article({ dropCap: true, body: bodyText.slice(0, 1) }), layout, new FontSet(layout.fontFiles));
    expect(document.overset).toBeNull();
    expect(document.warnings.filter((warning) => warning.where === 'drop cap')).toHaveLength(1);
  });

  it('leaves the drop cap out when the article does not ask for one', () => {
    const document = compose([{ type: 'body', dropCap: { lines: 3 } }], { dropCap: false });
    expect(textFrames(document, 'dropCap')).toEqual([]);
    expect(lineText(bodyColumn(document, 1)[0]!).startsWith('The river')).toBe(true);
  });

  it('sets the source line after the story, in its own frame', () => {
    const layout = resolvePage([{ type: 'body', sourceLine: { style: 'body', format: '({source})' } }]);
    const document = composePage(article({ source: 'Agencies' }), layout, new FontSet(layout.fontFiles));
    const [source] = textFrames(document, 'source');
    expect(source!.lines.map(lineText)).toEqual(['(Agencies)']);
    const body = bodyColumn(document, 1);
    expect(source!.lines[0]!.baselinePt).toBeCloseTo(body[body.length - 1]!.baselinePt + STEP_PT, 9);
  });
});

describe('composePage: balanced columns and overset', () => {
  const lineCount = (document: PositionedDocument): number => textFrames(document, 'body').reduce((sum, frame) => sum + frame.lines.length, 0);

  it('balance: true ends the columns at the same depth, as shallow as the text allows', () => {
    const document = compose([{ type: 'body', balance: true, widows: 'allow', orphans: 'allow' }]);
    const [one, two] = textFrames(document, 'body');
    expect(one!.heightPt).toBe(two!.heightPt);
    const total = lineCount(document);
    const rows = one!.lines.length;
    // Column 1 is full to the balanced depth; column 2 holds the rest, no more lines than column 1.
    expect(rows).toBe(Math.ceil(total / 2));
    expect(two!.lines.length).toBe(total - rows);
    expect(rowOf(one!.lines[rows - 1]!)).toBeCloseTo(rows - 1, 9);
    expect(bottomOf(one!)).toBeCloseTo(TOP_PT + (rows - 1) * STEP_PT + BODY_CAP_PT + BODY_DESCENDER_PT, 9);
    expect(document.overset).toBeNull();
  });

  it('one row less than the balanced depth does not hold the story', () => {
    const rows = textFrames(compose([{ type: 'body', balance: true, widows: 'allow', orphans: 'allow' }]), 'body')[0]!.lines.length;
    // A body whose last baseline is row rows − 2: its height reaches 1 pt below that baseline.
    const heightPt = (rows - 2) * STEP_PT + BODY_CAP_PT + 1;
    const document = compose([{ type: 'body', heightMm: ptToMm(heightPt) }]);
    expect(textFrames(document, 'body')[0]!.lines).toHaveLength(rows - 1);
    expect(document.overset).not.toBeNull();
  });

  it('without balance, column 1 fills first', () => {
    const document = compose([{ type: 'body' }]);
    expect(bodyColumn(document, 2)).toEqual([]);
    expect(bodyColumn(document, 1)).toHaveLength(lineCount(document));
  });

  it('reports what does not fit, word for word', () => {
    // Rows 0 and 1 only: four lines in two columns.
    const document = compose([{ type: 'body', heightMm: ptToMm(STEP_PT + BODY_CAP_PT + 1) }]);
    const placed = [...bodyColumn(document, 1), ...bodyColumn(document, 2)];
    expect(placed).toHaveLength(4);
    const allWords = bodyText.flatMap((paragraph) => paragraph.spans[0]!.text.split(' '));
    const placedWords = wordsOf(placed);
    const overset = document.overset!;
    expect(placedWords.length + overset.wordCount).toBe(allWords.length);
    expect(overset.firstWords.split(' ')).toEqual(allWords.slice(placedWords.length, placedWords.length + 8));
    expect(overset.lineCount).toBeGreaterThan(10);
  });

  it('reports the whole story, initial and all, when blocks above leave the body no room', () => {
    const document = compose(
      [
        // Photo and caption end just above the bottom margin: no row left for the body.
        { type: 'image', image: 'map', heightMm: 198 },
        { type: 'body', dropCap: { lines: 3 } },
      ],
      { dropCap: true },
    );
    const allWords = bodyText.flatMap((paragraph) => paragraph.spans[0]!.text.split(' '));
    expect(bodyColumn(document, 1)).toHaveLength(0);
    expect(document.overset!.wordCount).toBe(allWords.length);
    expect(document.overset!.firstWords.split(' ')[0]).toBe(allWords[0]);
    // Lines are counted at the column's measure, not one word apiece.
    expect(document.overset!.lineCount).toBeLessThan(allWords.length / 3);
  });
});
