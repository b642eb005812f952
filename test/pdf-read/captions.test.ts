import { describe, expect, it } from 'vitest';
import { findCaptions } from '../../src/pdf-read/captions.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import type { PdfImageBox, PdfLine } from '../../src/pdf-read/types.js';
import { renderShared } from '../sharedRenders.js';

/** A line of text at a baseline, `sizePt` high, from xStartPt to xEndPt (its words do not matter here). */
function line(text: string, baselinePt: number, xStartPt: number, xEndPt: number, sizePt = 8): PdfLine {
  return { text, baselinePt, xStartPt, xEndPt, sizePt, fonts: ['Caption'], words: [] };
}

const photo: PdfImageBox = { xPt: 100, yPt: 100, widthPt: 200, heightPt: 150 };

describe('findCaptions', () => {
  it('takes the lines starting just under a picture, within its width, and the lines that follow them closely', () => {
    const lines = [
      line('Above the photo', 95, 100, 180),
      line('The ferry leaves the north pier', 258, 100, 290),
      line('on its first crossing. — J. Doe', 267.5, 100, 240),
      line('Body text further down', 290, 100, 300, 9.5),
      line('Beside the photo', 258, 320, 400),
    ];
    expect(findCaptions([photo], lines)).toEqual([
      { imageIndex: 0, lines: [lines[1], lines[2]], text: 'The ferry leaves the north pier on its first crossing. — J. Doe' },
    ]);
  });

  it('finds no caption for a picture with text far below it or wider than it', () => {
    expect(findCaptions([photo], [line('Body text after a gap', 290, 100, 300)])).toEqual([]);
    expect(findCaptions([photo], [line('A line running across the page', 258, 40, 500)])).toEqual([]);
  });

  it('gives each line to one picture only', () => {
    const upper = { ...photo, heightPt: 100 };
    const lower = { ...photo, yPt: 212, heightPt: 40 };
    const captions = findCaptions([upper, lower], [line('First caption', 208, 100, 200), line('Second caption', 260, 100, 200)]);
    expect(captions.map((caption) => [caption.imageIndex, caption.text])).toEqual([
      [0, 'First caption'],
      [1, 'Second caption'],
    ]);
  });
});

describe('captions read back from rendered pages', () => {
  it('the seed page: each photo with its caption and credit', async () => {
    const { pdf } = await renderShared('assets/articles/shanghai-daily-tesla.md', 'layouts/shanghai-daily.json');
    const [page] = (await readPdfLayout(pdf)).pages;
    expect(page!.captions.map((caption) => caption.text)).toEqual([
      "A bird’s-eye view of the Tesla Gigafactory in Shanghai in August 2022. — IC",
      'Shanghai Party chief Chen Jining (right) shakes hands with Tesla CEO Elon Musk. — Chen Zhengbao',
    ]);
  });
});
