import { describe, expect, it } from 'vitest';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import type { PdfImageBox } from '../../src/pdf-read/types.js';
import { assemblePdf, streamObject } from './assemblePdf.js';
import { buildPdf, solidImage } from './buildPdf.js';

function expectBox(actual: PdfImageBox | undefined, expected: PdfImageBox): void {
  expect(actual).toBeDefined();
  for (const key of ['xPt', 'yPt', 'widthPt', 'heightPt'] as const) {
    expect(actual?.[key], key).toBeCloseTo(expected[key], 6);
  }
}

/** Exactly these boxes, in drawing order. */
function expectBoxes(actual: readonly PdfImageBox[], expected: readonly PdfImageBox[]): void {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((box, index) => expectBox(actual[index], box));
}

async function imagesOf(pdf: Uint8Array | Promise<Uint8Array>): Promise<PdfImageBox[]> {
  return (await readPdfLayout(await pdf)).pages[0]?.images ?? [];
}

describe('readPdfLayout: image boxes', () => {
  it('gives the box of each image drawn at a known place', async () => {
    const png = await solidImage('png');
    const jpeg = await solidImage('jpeg', 5, 9);
    const images = await imagesOf(
      buildPdf((doc) => {
        doc.image(png, 30, 40, { width: 100, height: 50 });
        doc.image(jpeg, 150.5, 12.25, { width: 60.75, height: 90 });
      }),
    );
    expectBoxes(images, [
      { xPt: 30, yPt: 40, widthPt: 100, heightPt: 50 },
      { xPt: 150.5, yPt: 12.25, widthPt: 60.75, heightPt: 90 },
    ]);
  });

  it('follows a translated, scaled and rotated matrix through save and restore', async () => {
    const png = await solidImage('png');
    const images = await imagesOf(
      buildPdf((doc) => {
        doc.save().translate(50, 40).scale(2, 0.5);
        doc.image(png, 10, 20, { width: 30, height: 40 });
        doc.restore();
        // A quarter turn about the image's top-left corner swings it up and to the right of that corner.
        doc.save().rotate(-90, { origin: [200, 150] });
        doc.image(png, 200, 150, { width: 40, height: 20 });
        doc.restore();
        doc.image(png, 0, 0, { width: 5, height: 5 });
      }),
    );
    expectBoxes(images, [
      { xPt: 70, yPt: 50, widthPt: 60, heightPt: 20 },
      { xPt: 200, yPt: 110, widthPt: 20, heightPt: 40 },
      { xPt: 0, yPt: 0, widthPt: 5, heightPt: 5 },
    ]);
  });

  it('gives an image drawn inside a clip the clipped box, and drops one clipped away', async () => {
    const png = await solidImage('png');
    const images = await imagesOf(
      buildPdf((doc) => {
        // A photo drawn to cover its 100 × 50 frame: larger than the frame, cut to it.
        doc.save().rect(30, 40, 100, 50).clip();
        doc.image(png, 10, 30, { width: 140, height: 70 });
        doc.restore();
        // Nested clips, the inner one through a scaled matrix: what shows is where both let through.
        doc.save().rect(0, 100, 60, 60).clip().save().scale(2).rect(20, 60, 50, 50).clip();
        doc.image(png, 0, 50, { width: 100, height: 50 });
        doc.restore().restore();
        doc.save().rect(0, 0, 5, 5).clip();
        doc.image(png, 100, 100, { width: 10, height: 10 });
        doc.restore();
        // After the restores nothing is clipped.
        doc.image(png, 150, 200, { width: 20, height: 10 });
      }),
    );
    expectBoxes(images, [
      { xPt: 30, yPt: 40, widthPt: 100, heightPt: 50 },
      { xPt: 40, yPt: 120, widthPt: 20, heightPt: 40 },
      { xPt: 150, yPt: 200, widthPt: 20, heightPt: 10 },
    ]);
  });

  it('turns boxes with the page when the page is rotated', async () => {
    const png = await solidImage('png');
    const layout = await readPdfLayout(
      await buildPdf((doc) => {
        Object.assign(doc.page.dictionary.data, { Rotate: 90 });
        doc.image(png, 30, 40, { width: 100, height: 50 });
      }),
    );
    const page = layout.pages[0];
    expect(page).toMatchObject({ widthPt: 200, heightPt: 300 });
    // A quarter turn clockwise: the page's bottom edge becomes its left edge, its left edge its top.
    expectBox(page?.images[0], { xPt: 110, yPt: 30, widthPt: 50, heightPt: 100 });
  });

  it('follows forms, transparency groups, inline images and annotations (a hand-made PDF)', async () => {
    const grey2x2 = '/Width 2 /Height 2 /ColorSpace /DeviceGray /BitsPerComponent 8 /Filter /ASCIIHexDecode';
    const images = await imagesOf(
      assemblePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Annots [8 0 R]' +
          ' /Resources << /XObject << /Fm1 5 0 R /Fm2 6 0 R >> >> >>',
        streamObject(
          '',
          [
            'q 1 0 0 1 100 50 cm /Fm1 Do Q',
            'q 1 0 0 1 10 20 cm /Fm2 Do Q',
            'q 20 0 0 10 5 5 cm BI /W 2 /H 2 /CS /G /BPC 8 /F /AHx ID 0080FF40> EI Q',
            // Left in force at the end of the content: must not move the annotation.
            '3 0 0 3 0 0 cm',
          ].join('\n'),
        ),
        streamObject(
          '/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [2 0 0 2 0 0]' +
            ' /Resources << /XObject << /Im1 7 0 R >> >>',
          'q 30 0 0 40 0 0 cm /Im1 Do Q',
        ),
        streamObject(
          '/Type /XObject /Subtype /Form /BBox [0 0 100 100] /Matrix [0.5 0 0 0.5 0 0]' +
            ' /Group << /S /Transparency /I true >> /Resources << /XObject << /Im1 7 0 R >> >>',
          'q 40 0 0 20 0 0 cm /Im1 Do Q',
        ),
        streamObject(`/Type /XObject /Subtype /Image ${grey2x2}`, '0080FF40>'),
        '<< /Type /Annot /Subtype /Stamp /Rect [150 150 190 170] /AP << /N 9 0 R >> >>',
        streamObject(
          '/Type /XObject /Subtype /Form /BBox [0 0 1 1] /Resources << /XObject << /Im1 7 0 R >> >>',
          '/Im1 Do',
        ),
      ]),
    );
    expect(images).toHaveLength(4);
    // Form space 30 × 40, doubled by the form matrix, placed at (100, 50) from the bottom of the 200 pt page.
    expectBox(images[0], { xPt: 100, yPt: 70, widthPt: 60, heightPt: 80 });
    // The group's matrix halves the image once, not twice.
    expectBox(images[1], { xPt: 10, yPt: 170, widthPt: 20, heightPt: 10 });
    expectBox(images[2], { xPt: 5, yPt: 185, widthPt: 20, heightPt: 10 });
    // The appearance's 1 × 1 box is stretched to the annotation's rectangle.
    expectBox(images[3], { xPt: 150, yPt: 30, widthPt: 40, heightPt: 20 });
  });
});
