import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import typst from '@myriaddreamin/typst-ts-node-compiler';
import { describe, expect, it } from 'vitest';
import { measurePdfQuality } from '../../src/metrics/index.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';

/**
 * Other programs' pages (made by scripts/make-foreign-pdfs.mjs) measured against poppler's word boxes
 * (scripts/poppler-spaces.mjs wrote the expectations; CI has neither pdflatex nor poppler, so both are committed).
 */
const DIR = 'test/fixtures/pdfs';
const TOLERANCE_EM = 0.02;

interface PopplerPage {
  file: string;
  justifiedLines: number;
  spaces: number;
  meanEm: number;
  sdEm: number;
  maxEm: number;
}

const poppler = JSON.parse(readFileSync(path.join(DIR, 'poppler-spaces.json'), 'utf8')) as { pages: PopplerPage[] };

async function reportOf(pdf: Uint8Array) {
  return measurePdfQuality(await readPdfLayout(pdf));
}

describe.each(poppler.pages)('inspect --metrics on $file agrees with poppler', (expected) => {
  const report = reportOf(new Uint8Array(readFileSync(path.join(DIR, expected.file))));

  it(`on the interword spaces of justified lines: SD and max within ${TOLERANCE_EM} em, every space measured`, async () => {
    const { total } = await report;
    expect(total.unmeasuredSpaces).toBe(0);
    expect(Math.abs(total.spaces.sdEm - expected.sdEm)).toBeLessThanOrEqual(TOLERANCE_EM);
    expect(Math.abs(total.spaces.maxEm - expected.maxEm)).toBeLessThanOrEqual(TOLERANCE_EM);
    expect(Math.abs(total.spaces.meanEm - expected.meanEm)).toBeLessThanOrEqual(TOLERANCE_EM);
  });

  it('on which lines are justified and how many spaces they hold, within 2 %', async () => {
    const { total } = await report;
    expect(Math.abs(total.justifiedLines - expected.justifiedLines)).toBeLessThanOrEqual(0.02 * expected.justifiedLines);
    expect(Math.abs(total.spaces.count - expected.spaces)).toBeLessThanOrEqual(0.02 * expected.spaces);
  });
});

describe('a fresh Typst compile', () => {
  it('reads as the committed Typst page does', async () => {
    const require = createRequire(import.meta.url);
    const fontDir = (face: string): string => path.dirname(require.resolve(`@expo-google-fonts/newsreader/${face}/Newsreader_${face}.ttf`));
    const compiler = typst.NodeCompiler.create({ fontArgs: [{ fontPaths: [fontDir('400Regular'), fontDir('400Regular_Italic')] }] });
    const fresh = compiler.pdf({ mainFileContent: readFileSync(path.join(DIR, 'typst-two-column.typ'), 'utf8') });
    const committed = readFileSync(path.join(DIR, 'typst-two-column.pdf'));
    expect(await reportOf(new Uint8Array(fresh))).toEqual(await reportOf(new Uint8Array(committed)));
  });
});
