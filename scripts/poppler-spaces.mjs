// An independent measure of the interword spaces on the other programs' pages in test/fixtures/pdfs/, from
// poppler's word boxes (`pdftotext -bbox-layout`, from poppler-utils; CI does not have it): writes
// test/fixtures/pdfs/poppler-spaces.json, which test/pdf-read/foreignPdfs.test.ts compares `inspect --metrics` with.
//   node scripts/poppler-spaces.mjs
// A space is the distance from a word's box to the next one's on a line (poppler's boxes run from the first glyph's
// origin to the last glyph's origin plus advance). Boxes closer than 0.1 em are one word split at a change of font.
// Spaces count on justified lines: lines reaching their column's right edge that do not end a paragraph (the next
// line in reading order is not indented). Columns are the page's halves; a column's edges are the left and right
// ends most of its lines share.
import { execFileSync, spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dir = path.join(root, 'test/fixtures/pdfs');

/** The body size each page's source sets, in PDF points (TeX's 9.5 pt is 9.5 × 72 / 72.27 of them). */
const fixtures = [
  { file: 'pdflatex-two-column.pdf', bodySizePt: (9.5 * 72) / 72.27 },
  { file: 'typst-two-column.pdf', bodySizePt: 9.5 },
];
const WORD_BREAK_EM = 0.1;
const EDGE_TOLERANCE_PT = 0.5;
const INDENT_MIN_PT = 1;

const attribute = (tag, name) => Number(new RegExp(`${name}="([^"]+)"`, 'u').exec(tag)[1]);

function measure({ file, bodySizePt }) {
  const xml = execFileSync('pdftotext', ['-bbox-layout', path.join(dir, file), '-'], { encoding: 'utf8' });
  const columns = [];
  for (const page of xml.split('<page ').slice(1)) {
    const pageWidthPt = attribute(page, 'width');
    const halves = [[], []];
    for (const line of page.split('<line ').slice(1)) {
      const words = [...line.matchAll(/<word ([^>]*)>/gu)].map(([, tag]) => ({ xMin: attribute(tag, 'xMin'), xMax: attribute(tag, 'xMax'), yMax: attribute(tag, 'yMax') }));
      if (words.length === 0) continue;
      const xMin = words[0].xMin;
      const xMax = words[words.length - 1].xMax;
      halves[(xMin + xMax) / 2 < pageWidthPt / 2 ? 0 : 1].push({ words, xMin, xMax, yMax: words[0].yMax });
    }
    for (const lines of halves) if (lines.length > 0) columns.push(lines.sort((a, b) => a.yMax - b.yMax));
  }
  const lines = columns.flatMap((lines) => {
    const left = mostCommon(lines.map((line) => line.xMin));
    const right = mostCommon(lines.map((line) => line.xMax));
    return lines.map((line) => ({ ...line, indented: line.xMin > left + INDENT_MIN_PT, full: line.xMax >= right - EDGE_TOLERANCE_PT }));
  });
  const spacesEm = [];
  let justifiedLines = 0;
  lines.forEach((line, index) => {
    const next = lines[index + 1];
    if (!line.full || !next || next.indented) return;
    justifiedLines++;
    line.words.forEach((word, i) => {
      const gapPt = i === 0 ? 0 : word.xMin - line.words[i - 1].xMax;
      if (gapPt >= WORD_BREAK_EM * bodySizePt) spacesEm.push(gapPt / bodySizePt);
    });
  });
  const meanEm = spacesEm.reduce((sum, value) => sum + value, 0) / spacesEm.length;
  const sdEm = Math.sqrt(spacesEm.reduce((sum, value) => sum + (value - meanEm) ** 2, 0) / spacesEm.length);
  const round = (value) => Math.round(value * 1000) / 1000;
  return { file, bodySizePt: round(bodySizePt), lines: lines.length, justifiedLines, spaces: spacesEm.length, meanEm: round(meanEm), sdEm: round(sdEm), maxEm: round(Math.max(...spacesEm)) };
}

/** The value (to 0.1 pt) most lines share. */
function mostCommon(values) {
  const counts = new Map();
  for (const value of values) counts.set(Math.round(value * 10) / 10, (counts.get(Math.round(value * 10) / 10) ?? 0) + 1);
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0][0];
}

const version = spawnSync('pdftotext', ['-v'], { encoding: 'utf8' }).stderr.split('\n')[0];
const expectations = { measuredWith: version, pages: fixtures.map(measure) };
writeFileSync(path.join(dir, 'poppler-spaces.json'), `${JSON.stringify(expectations, null, 2)}\n`);
console.log(JSON.stringify(expectations, null, 2));
