import { describe, expect, it } from 'vitest';
import type { Article, Paragraph } from '../../src/article/types.js';
import { composePage } from '../../src/compose/composePage.js';
import { plainParagraph } from '../../src/article/spans.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import { InputError } from '../../src/errors.js';
import { lineText } from '../../src/positioned/lineText.js';
import type { PositionedDocument, TextFrame } from '../../src/positioned/types.js';
import type { LayoutJson } from '../layout-spec/minimalLayout.js';
import { article, bodyText, pageLayoutJson } from './fixtures.js';
import { resolveTestLayout } from '../layout-spec/minimalLayout.js';

// The fixtures' page: two 270 pt columns at x = 72 and 378, grid rows every 12 pt from y = 72.
type BodyJson = Extract<NonNullable<LayoutJson['story']>[number], { type: 'body' }>;

const STYLES = {
  crosshead: { font: 'Libre Franklin', bold: true, sizePt: 10, leadingPt: 12 },
  pullQuote: { font: 'Newsreader', italic: true, sizePt: 16, leadingPt: 18 },
  pullQuoteAttribution: { font: 'Libre Franklin', sizePt: 8, leadingPt: 12 },
};

function compose(body: Omit<BodyJson, 'type'>, overrides: Partial<Article> = {}, styles: Record<string, unknown> = STYLES): PositionedDocument {
  const json = pageLayoutJson([{ type: 'body', ...body }]);
  json.styles = { ...json.styles, ...(styles as LayoutJson['styles']) };
  const layout = resolveTestLayout(json, 'layouts/test.json');
  const document = composePage(article({ images: [], ...overrides }), layout, new FontSet(layout.fontFiles));
  // The page is a body alone: that the article's headline has no block is reported, and is not what these tests are about.
  return { ...document, warnings: document.warnings.filter((warning) => warning.where !== 'headline') };
}

const framesOf = (document: PositionedDocument, role: TextFrame['role']): TextFrame[] =>
  document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === role);
const crosshead = (text: string): Paragraph => ({ ...plainParagraph(text), kind: 'crosshead' });
const QUOTE = { text: '“A crossing every half hour.”', attribution: 'The operator' };

describe('composeBody: crossheads', () => {
  const withCrossheads = { body: [bodyText[0]!, crosshead('The new boat'), bodyText[1]!, bodyText[2]!, crosshead('Next summer'), bodyText[3]!, bodyText[4]!] };

  it('sets them in the crosshead style, in frames of their own, with a row of space above and their text straight below', () => {
    const document = compose({}, withCrossheads);
    const crossheads = framesOf(document, 'crosshead');
    expect(crossheads.flatMap((frame) => frame.lines.map(lineText))).toEqual(['The new boat', 'Next summer']);
    for (const frame of crossheads) {
      const [line] = frame.lines;
      expect(line!.runs[0]!.fontId).toBe('Libre Franklin/bold');
      const body = framesOf(document, 'body').find((candidate) => candidate.column === frame.column)!.lines;
      const above = body.filter((other) => other.baselinePt < line!.baselinePt).at(-1)!;
      const below = body.filter((other) => other.baselinePt > line!.baselinePt);
      expect(line!.baselinePt - above.baselinePt).toBeCloseTo(24, 6);
      expect(below[0]!.baselinePt - line!.baselinePt).toBeCloseTo(12, 6);
      // Its text is not indented: it opens a section.
      expect(below[0]!.xPt).toBe(frame.xPt);
    }
  });

  it('never leaves one at the foot of a column, however deep the body', () => {
    for (let heightMm = 30; heightMm <= 80; heightMm += 2.5) {
      const document = compose({ heightMm, widows: 'allow', orphans: 'allow' }, withCrossheads);
      for (const frame of framesOf(document, 'crosshead')) {
        const body = framesOf(document, 'body').find((candidate) => candidate.column === frame.column)!.lines;
        const below = body.filter((line) => line.baselinePt > frame.lines.at(-1)!.baselinePt);
        expect(below.length, `body ${heightMm} mm, crosshead "${lineText(frame.lines[0]!)}"`).toBeGreaterThanOrEqual(2);
      }
    }
  });

  it('without a crosshead style in the layout, sets them in the body style, bold, with a warning naming the field', () => {
    const document = compose({}, withCrossheads, {});
    expect(framesOf(document, 'crosshead')[0]!.lines[0]!.runs[0]!.fontId).toBe('Newsreader/bold');
    expect(document.warnings).toContainEqual({ where: 'story[0].crossheads.style', message: "layouts/test.json has no style 'crosshead'; crossheads set in the body style, bold" });
    expect(compose({}, {}, {}).warnings).toEqual([]);
  });
});

describe('composeBody: pull quotes', () => {
  const slot = { quote: 1, columns: [2, 2] as [number, number], rowOffset: 3, spaceMm: 0 };

  it('sets the quote and its attribution in the slot and carves their rows out of the column', () => {
    // A body 50 mm deep, so that the story runs on into column 2, past the quote.
    const document = compose({ heightMm: 50, pullQuotes: [slot] }, { pullQuotes: [QUOTE] });
    const [quote, attribution] = framesOf(document, 'pullQuote');
    expect(quote!.lines.map(lineText).join(' ')).toBe('“A crossing every half hour.”');
    expect(attribution!.lines.map(lineText)).toEqual(['— The operator']);
    expect(quote!.xPt).toBeCloseTo(378, 9);
    expect(quote!.yPt).toBeCloseTo(72 + 3 * 12, 9);
    expect(quote!.widthPt).toBeCloseTo(270, 9);
    const bottomPt = attribution!.yPt + attribution!.heightPt;
    const column2 = framesOf(document, 'body').find((frame) => frame.column === 2)!.lines;
    expect(column2.some((line) => line.baselinePt < quote!.yPt)).toBe(true);
    expect(column2.some((line) => line.baselinePt > bottomPt)).toBe(true);
    expect(column2.filter((line) => line.baselinePt + 2.65 > quote!.yPt && line.baselinePt - 6.7 < bottomPt)).toEqual([]);
    // Not running text: the body lines hold the article's body, word for word, and nothing more.
    const bodyWords = framesOf(document, 'body').flatMap((frame) => frame.lines.map(lineText)).join(' ').replace(/- /gu, '').split(' ');
    expect(bodyWords).toEqual(bodyText.map((paragraph) => paragraph.spans[0]!.text).join(' ').split(' '));
    expect(document.warnings).toEqual([]);
  });

  it('leaves an optional slot to the text when the article has no quote; refuses a required one', () => {
    const without = compose({ pullQuotes: [{ ...slot, optional: true }] });
    expect(framesOf(without, 'pullQuote')).toEqual([]);
    expect(without.warnings).toEqual([]);
    expect(framesOf(without, 'body').flatMap((frame) => frame.lines)).toEqual(framesOf(compose({}), 'body').flatMap((frame) => frame.lines));
    expect(() => compose({ pullQuotes: [slot] })).toThrow(InputError);
    expect(() => compose({ pullQuotes: [slot] })).toThrow(
      'layouts/test.json: story[0].pullQuotes[0].quote: the article articles/ferry.md has no pull quote 1; it has none (an optional slot may stay empty)',
    );
  });

  it('warns about a quote the layout has no slot for, and does not print it', () => {
    const document = compose({}, { pullQuotes: [QUOTE] });
    expect(framesOf(document, 'pullQuote')).toEqual([]);
    expect(document.warnings).toEqual([{ where: 'pullQuotes[0]', message: 'no slot in layouts/test.json; not printed' }]);
  });

  it('refuses a slot that covers a photo float, as floats covering each other are', () => {
    const covering = () => compose({ floats: [{ image: 'map', columns: [1, 2], heightMm: 30 }], pullQuotes: [{ ...slot, rowOffset: 1 }] }, { pullQuotes: [QUOTE], images: article().images });
    expect(covering).toThrow('layouts/test.json: story[0].pullQuotes[0].columns: the pull quote overlaps floats[0] in column 2');
  });
});
