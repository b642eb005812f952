import { describe, expect, it } from 'vitest';
import { planPage } from '../../src/pdf/structure.js';
import { subsetTag } from '../../src/pdf/pdfkitSeams.js';
import type { Frame, PositionedLine, PositionedPage, TextRole } from '../../src/positioned/types.js';

function line(text: string, paragraphIndex: number, baselinePt: number): PositionedLine {
  return {
    baselinePt,
    xPt: 0,
    widthPt: 100,
    runs: [{ text, glyphs: [], xPt: 0, widthPt: 10, fontId: 'f', sizePt: 10, horizontalScalePct: 100, characterSpacingPt: 0 }],
    justified: false,
    hangLeftPt: 0,
    hangRightPt: 0,
    hyphenated: false,
    endsParagraph: true,
    paragraphIndex,
    adjustmentRatio: 0,
  };
}

function text(role: TextRole, column: number, lines: PositionedLine[]): Frame {
  return { kind: 'text', role, column, xPt: 0, yPt: 0, widthPt: 100, heightPt: 100, lines };
}

function image(imageId: string): Frame {
  return { kind: 'image', imageId, srcPath: `${imageId}.jpg`, xPt: 0, yPt: 0, widthPt: 10, heightPt: 10, alt: `alt of ${imageId}`, crop: 'centre' };
}

describe('planPage', () => {
  it('orders a page for reading whatever order its frames were composed in', () => {
    const page: PositionedPage = {
      widthPt: 100,
      heightPt: 100,
      bleedPt: 0,
      frames: [
        image('lead'),
        text('caption', 0, [line('Lead caption', -1, 10)]),
        text('headline', 0, [line('Head', -1, 20), line('line', -1, 30)]),
        text('body', 2, [line('second column', 1, 10)]),
        text('dropCap', 0, [line('T', 0, 10)]),
        text('body', 1, [line('he first', 0, 10), line('second part', 1, 20)]),
        text('crosshead', 2, [line('A crosshead', 2, 30)]),
        text('pullQuote', 0, [line('“Quote”', -1, 50)]),
        text('pullQuote', 0, [line('— Someone', -1, 60)]),
        text('byline', 0, [line('By us', -1, 40)]),
      ],
    };
    const plan = planPage(page);
    const drawn = plan.items.map((item) => {
      const element = plan.elements[item.element]!;
      return `${element.type}${element.parent === undefined ? '' : ` in ${plan.elements[element.parent]!.type}`}: ${'line' in item ? item.line.runs[0]!.text : item.frame.alt}`;
    });
    expect(drawn).toEqual([
      'H1: Head',
      'H1: line',
      'P: By us',
      'P: T',
      'P: he first',
      'P: second part',
      'P: second column',
      'H2: A crosshead',
      'Figure: alt of lead',
      'Caption in Figure: Lead caption',
      'BlockQuote: “Quote”',
      'BlockQuote: — Someone',
    ]);
    // One element per paragraph across columns, one per pull quote with its attribution.
    expect(new Set(plan.items.filter((item) => 'line' in item && item.line.paragraphIndex === 1).map((item) => item.element)).size).toBe(1);
    expect(plan.elements.filter((element) => element.type === 'BlockQuote')).toHaveLength(1);
  });
});

describe('subsetTag', () => {
  it('is six capital letters that depend on the font and on the glyphs, in subset order', () => {
    const tag = subsetTag('Newsreader-Regular', [0, 5, 9]);
    expect(tag).toMatch(/^[A-Z]{6}$/);
    expect(subsetTag('Newsreader-Regular', [0, 5, 9])).toBe(tag);
    expect(subsetTag('Newsreader-Regular', [0, 9, 5])).not.toBe(tag);
    expect(subsetTag('Newsreader-Italic', [0, 5, 9])).not.toBe(tag);
  });
});
