import { describe, expect, it } from 'vitest';
import { formatLayoutTrace } from '../../src/report/layoutTrace.js';
import { documentOf, lineOf, textFrame } from './fixtures.js';

describe('formatLayoutTrace', () => {
  it('writes one row per page, frame and line, numbers to 0.01 pt', () => {
    const document = documentOf(
      { kind: 'image', imageId: 'lead', srcPath: '/images/lead.jpg', alt: '', xPt: 34.0157, yPt: 39.685, widthPt: 527.244, heightPt: 300, crop: 'centre' },
      textFrame('headline', 0, [lineOf('Ferry returns', 365.808, { xPt: 34.0157 })]),
      textFrame('body', 2, [
        lineOf('The river ferry re-', 400.7, { xPt: 100, widthPt: 120.5, justified: true, adjustmentRatio: 0.4567, hyphenated: true }),
        lineOf('turned.', 412.7, { xPt: 100, widthPt: 120.5, endsParagraph: true }),
        lineOf('Squeezed line', 424.7, { xPt: 100, widthPt: 120.5, justified: true, adjustmentRatio: -0.333 }),
      ]),
    );
    expect(formatLayoutTrace(document)).toBe(
      [
        'page 1 600.00 x 800.00 bleed 8.50',
        '  image lead x 34.02 y 39.69 w 527.24 h 300.00',
        '  headline x 0.00 y 0.00 w 200.00 h 100.00',
        '    365.81 x 34.02 w 200.00 R | Ferry returns',
        '  body column 2 x 0.00 y 0.00 w 200.00 h 100.00',
        '    400.70 x 100.00 w 120.50 J r 0.46 hyphen | The river ferry re-',
        '    412.70 x 100.00 w 120.50 R end | turned.',
        '    424.70 x 100.00 w 120.50 J r -0.33 | Squeezed line',
        '',
      ].join('\n'),
    );
  });

  it('numbers the pages', () => {
    const one = documentOf();
    const two = { ...one, pages: [...one.pages, { ...one.pages[0]!, bleedPt: 0 }] };
    expect(formatLayoutTrace(two)).toBe('page 1 600.00 x 800.00 bleed 8.50\npage 2 600.00 x 800.00 bleed 0.00\n');
  });
});
