import type { PdfGlyph, PdfWord } from './types.js';

/**
 * A gap between glyphs wider than this (in em of the larger size) breaks a word: poppler's TextOutputDev breaks at
 * 0.1 em (`minWordBreakSpace`). Kerning and letter-spacing stay well below it; the narrowest interword spaces of
 * tightly justified text (a third of an em shrunk by a third) stay well above it.
 */
export const WORD_BREAK_EM = 0.1;

/** A glyph drawn this far (in em) back over the previous one starts a word (poppler's `minDupBreakOverlap`). */
const OVERLAP_BREAK_EM = 0.2;

/** Glyphs whose baselines differ by more than this are on different lines (a drop cap, a superscript). */
const BASELINE_TOLERANCE_PT = 0.5;

/**
 * Joins glyphs, in drawing order, into words: a drawn space ends a word, and so does a gap wider than
 * WORD_BREAK_EM, a step back over the previous glyph, or a change of baseline, whatever operators made them
 * (word spacing, TJ numbers, separate strings). Changes of font do not: an italic ending belongs to its word.
 */
export function wordsOf(glyphs: readonly PdfGlyph[]): PdfWord[] {
  const words: PdfWord[] = [];
  let word: PdfWord | null = null;
  let last: PdfGlyph | null = null;
  for (const glyph of glyphs) {
    if (glyph.isSpace) {
      word = null;
      continue;
    }
    if (word && last && continuesWord(last, glyph)) {
      word.text += glyph.text;
      word.widthPt = glyph.xPt + glyph.widthPt - word.xPt;
      word.sizePt = Math.max(word.sizePt, glyph.sizePt);
      if (!word.fonts.includes(glyph.fontName)) word.fonts.push(glyph.fontName);
    } else {
      word = { text: glyph.text, xPt: glyph.xPt, baselinePt: glyph.baselinePt, widthPt: glyph.widthPt, sizePt: glyph.sizePt, fonts: [glyph.fontName], endKnown: true };
      words.push(word);
    }
    word.endKnown = glyph.widthPt > 0;
    last = glyph;
  }
  return words.filter((candidate) => candidate.text.trim() !== '');
}

function continuesWord(previous: PdfGlyph, glyph: PdfGlyph): boolean {
  const emPt = Math.max(previous.sizePt, glyph.sizePt);
  const gapPt = glyph.xPt - (previous.xPt + previous.widthPt);
  return Math.abs(glyph.baselinePt - previous.baselinePt) <= BASELINE_TOLERANCE_PT && gapPt <= WORD_BREAK_EM * emPt && gapPt >= -OVERLAP_BREAK_EM * emPt;
}
