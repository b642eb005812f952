import { describe, expect, it } from 'vitest';
import { extendPhotosIntoBleed } from '../../src/profiles/bleed.js';
import { outputProfile } from '../../src/profiles/profiles.js';
import type { PositionedPage } from '../../src/positioned/types.js';

const OUTPUT = { profile: 'screen', inkLimitPct: 220, photos: 'colour' } as const;

describe('outputProfile', () => {
  it('makes print PDF/X-4 in CMYK at the layout’s ink limit, archive tagged PDF/A-2a in sRGB, screen neither', () => {
    const print = outputProfile('print', OUTPUT);
    expect(print.pdf.pdfX?.version).toBe('PDF/X-4');
    expect(print.pdf.pdfX?.outputIntent.iccProfile.subarray(36, 40).toString('latin1')).toBe('acsp');
    expect(print.pdf.pdfX?.outputIntent.iccProfile.subarray(16, 20).toString('latin1')).toBe('CMYK');
    expect(print.photoColour).toMatchObject({ space: 'cmyk', inkLimitPct: 220 });
    expect(print).toMatchObject({ minPpi: 300, photosIntoBleed: true, pdf: { pdfVersion: '1.6', textColour: 'cmykBlack', tagged: false } });
    expect(outputProfile('print', { ...OUTPUT, photos: 'greyscale' }).photoColour).toEqual({ space: 'grey' });
    expect(outputProfile('archive', OUTPUT)).toMatchObject({ photoColour: { space: 'srgb' }, pdf: { pdfA: { part: 2, conformance: 'A' }, tagged: true } });
    expect(outputProfile('screen', OUTPUT).pdf).toEqual({ pdfVersion: '1.7', tagged: false, textColour: 'gray' });
  });
});

describe('extendPhotosIntoBleed', () => {
  it('extends a photo at the trim to the bleed’s edge on that side only', () => {
    const frame = (xPt: number, yPt: number) => ({ kind: 'image' as const, imageId: 'a', srcPath: 'a.jpg', xPt, yPt, widthPt: 50, heightPt: 50, alt: '', crop: 'centre' as const });
    const page: PositionedPage = { widthPt: 200, heightPt: 100, bleedPt: 9, frames: [frame(0, 20), frame(150, 50), frame(60, 20)] };
    extendPhotosIntoBleed(page);
    expect(page.frames.map((f) => (f.kind === 'image' ? [f.xPt, f.yPt, f.widthPt, f.heightPt] : []))).toEqual([
      [-9, 20, 59, 50],
      [150, 50, 59, 59],
      [60, 20, 50, 50],
    ]);
  });
});
