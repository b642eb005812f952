import { describe, expect, it } from 'vitest';
import { createHyphenator } from '../../src/hyphenation/hyphenator.js';
import { shapeParagraph } from '../../src/inline/shape.js';
import { setLine } from '../../src/inline/setLine.js';
import { breakParagraph } from '../../src/linebreak/index.js';
import { lineText } from '../../src/positioned/lineText.js';
import { fonts, paragraph, style } from './fixtures.js';

const hyphenator = createHyphenator('en-US', { minWordLength: 5, minBefore: 2, minAfter: 3, capitalized: false, exceptions: [] });

// Commas, periods, quotes, dashes and hyphens at line edges: what optical margins hang; long words to hyphenate.
const TEXT =
  '“The harbour, they said, was quiet.” Engineers — two of them — checked the low-carbon turbines; ' +
  'the manufacturers’ representatives, unconvinced, asked “why?” and waited. Nobody answered. ' +
  'Afterwards the committee’s chairwoman, a meteorologist, published a self-critical, characteristically thorough report.';

describe('the breaker and setLine agree', () => {
  it.each(['microtype', 'optical', 'expanded', 'body'])('on every line’s ratio, in style %s, across measures', (styleName) => {
    const shaped = shapeParagraph(paragraph(TEXT), { style: style(styleName), fonts, hyphenator, indentPt: 12 });
    let lines = 0;
    for (let widthPt = 110; widthPt <= 260; widthPt += 9) {
      const result = breakParagraph(shaped.items, { widthAt: () => widthPt, emergencyRatio: 20 });
      let startItem = 0;
      result.breaks.forEach((lineBreak, index) => {
        const range = { startItem, breakItem: lineBreak.position, endsParagraph: index === result.breaks.length - 1 };
        const line = setLine(shaped, range, { xPt: 0, widthPt, baselinePt: 0 }, fonts, 0);
        const where = `${widthPt} pt, line ${index + 1}: ${lineText(line)}`;
        // Set with the very ratio it was rated with: the same items, measured the same way.
        expect(line.adjustmentRatio, where).toBeCloseTo(lineBreak.ratio, 9);
        // What ligatures and unbroken compounds change in the drawn glyphs, the spaces take: the line still ends at its measure.
        const last = line.runs.at(-1)!;
        if (line.justified) expect(last.xPt + last.widthPt, where).toBeCloseTo(widthPt + line.hangRightPt, 9);
        startItem = lineBreak.position + 1;
        lines++;
      });
    }
    expect(lines).toBeGreaterThan(100);
  });
});
