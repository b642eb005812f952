import type { RenderResult } from '../../src/render/renderArticle.js';
import type { PdfLayout, PdfWord, PdfImageBox } from '../../src/pdf-read/types.js';
import type { PositionedLine, PositionedRun, TextFrame } from '../../src/positioned/types.js';
import { groupIntoLines } from '../../src/pdf-read/groupIntoLines.js';
import { wordsOn } from '../pdf-read/pageText.js';

/**
 * Checks a rendered page as a reader of the PDF would: what the PDF shows, compared with what the layout says.
 * Each check returns a list of problems (empty when the page is right), so a failing test says what is wrong.
 */

export interface MatchedItem {
  item: PdfWord;
  /** The layout's runs that make the word: one, or pieces that touch (an italic ending). */
  runs: PositionedRun[];
  line: PositionedLine;
  frame: TextFrame;
}

const POSITION_TOLERANCE_PT = 0.01;

/** Runs of a line that touch (closer than POSITION_TOLERANCE_PT) are one word, as a reader of the PDF sees them. */
function layoutWords(line: PositionedLine): PositionedRun[][] {
  const words: PositionedRun[][] = [];
  for (const run of [...line.runs].sort((a, b) => a.xPt - b.xPt)) {
    const word = words[words.length - 1];
    const last = word?.[word.length - 1];
    if (word && last && run.xPt - (last.xPt + last.widthPt) < POSITION_TOLERANCE_PT) word.push(run);
    else words.push([run]);
  }
  return words;
}

/** Pairs every word the layout draws with the PDF word at its place; lists words the PDF lacks and extras. */
export function matchRunsToPdf(result: RenderResult, pdf: PdfLayout): { matched: MatchedItem[]; problems: string[] } {
  const page = result.document.pages[0]!;
  const bleedPt = page.bleedPt;
  const items = wordsOn(pdf.pages[0]!);
  const used = new Set<PdfWord>();
  const matched: MatchedItem[] = [];
  const problems: string[] = [];
  for (const frame of page.frames) {
    if (frame.kind !== 'text') continue;
    for (const line of frame.lines) {
      for (const runs of layoutWords(line)) {
        const first = runs[0]!;
        const last = runs[runs.length - 1]!;
        const text = runs.map((run) => run.text).join('');
        const item = items.find(
          (candidate) =>
            !used.has(candidate) &&
            candidate.text === text &&
            Math.abs(candidate.xPt - bleedPt - first.xPt) < POSITION_TOLERANCE_PT &&
            Math.abs(candidate.baselinePt - bleedPt - line.baselinePt) < POSITION_TOLERANCE_PT,
        );
        if (!item) {
          problems.push(`${frame.role} word "${text}" at x ${first.xPt.toFixed(2)}, baseline ${line.baselinePt.toFixed(2)} is not in the PDF there`);
          continue;
        }
        used.add(item);
        const sizePt = Math.max(...runs.map((run) => run.sizePt));
        const widthPt = last.xPt + last.widthPt - first.xPt;
        if (Math.abs(item.sizePt - sizePt) > POSITION_TOLERANCE_PT) problems.push(`"${text}" drawn at ${item.sizePt} pt, laid out at ${sizePt} pt`);
        if (Math.abs(item.widthPt - widthPt) > 0.05) problems.push(`"${text}" is ${item.widthPt.toFixed(3)} pt wide in the PDF, ${widthPt.toFixed(3)} pt in the layout`);
        matched.push({ item: shiftItem(item, bleedPt), runs, line, frame });
      }
    }
  }
  for (const item of items) if (!used.has(item)) problems.push(`PDF text "${item.text}" is not in the layout`);
  return { matched, problems };
}

function shiftItem(item: PdfWord, bleedPt: number): PdfWord {
  return { ...item, xPt: item.xPt - bleedPt, baselinePt: item.baselinePt - bleedPt };
}

export function pageImages(result: RenderResult, pdf: PdfLayout): PdfImageBox[] {
  const bleedPt = result.document.pages[0]!.bleedPt;
  return pdf.pages[0]!.images.map((box) => ({ ...box, xPt: box.xPt - bleedPt, yPt: box.yPt - bleedPt }));
}

/** The story's words as the PDF shows them, column by column, with hyphenated words joined again. */
export function bodyWordsInReadingOrder(matched: readonly MatchedItem[]): string[] {
  const body = matched.filter((entry) => entry.frame.role === 'body' || entry.frame.role === 'source' || entry.frame.role === 'dropCap');
  const dropCap = body.find((entry) => entry.frame.role === 'dropCap');
  const columnOf = (entry: MatchedItem): number => (entry.frame.role === 'dropCap' ? 0 : entry.frame.column);
  const ordered = body
    .filter((entry) => entry !== dropCap)
    .sort((a, b) => columnOf(a) - columnOf(b) || a.item.baselinePt - b.item.baselinePt || a.item.xPt - b.item.xPt);
  const words: string[] = [];
  let joinNext = false;
  let previous: MatchedItem | null = null;
  for (const entry of ordered) {
    const sameLine = previous !== null && previous.line === entry.line;
    const touching = sameLine && entry.item.xPt - (previous!.item.xPt + previous!.item.widthPt) < 0.01;
    if ((joinNext && !sameLine) || touching) {
      words[words.length - 1] += entry.item.text;
    } else {
      words.push(entry.item.text);
    }
    joinNext = false;
    const isLastOnLine = entry.runs.includes(entry.line.runs[entry.line.runs.length - 1]!);
    if (isLastOnLine && entry.line.hyphenated && words[words.length - 1]!.endsWith('-')) {
      words[words.length - 1] = words[words.length - 1]!.slice(0, -1);
      joinNext = true;
    }
    previous = entry;
  }
  if (dropCap && words.length > 0) words[0] = dropCap.item.text + words[0];
  return words;
}

export interface Box {
  left: number;
  right: number;
  top: number;
  bottom: number;
}

/** The text's extent: its advance width, and from the cap height to the descenders (a fair ink box). */
export function itemBox(item: PdfWord): Box {
  return { left: item.xPt, right: item.xPt + item.widthPt, top: item.baselinePt - 0.75 * item.sizePt, bottom: item.baselinePt + 0.22 * item.sizePt };
}

export function imageBox(image: PdfImageBox): Box {
  return { left: image.xPt, right: image.xPt + image.widthPt, top: image.yPt, bottom: image.yPt + image.heightPt };
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
}

export function textOverImages(matched: readonly MatchedItem[], images: readonly PdfImageBox[]): string[] {
  const problems: string[] = [];
  for (const entry of matched) {
    for (const image of images) {
      if (overlaps(itemBox(entry.item), imageBox(image))) problems.push(`"${entry.item.text}" (${entry.frame.role}) overlaps the image at y ${image.yPt.toFixed(1)}`);
    }
  }
  return problems;
}

/**
 * Body lines inside their column, except for what the layout lets hang into the margin (optical margin alignment);
 * justified lines flush with the column's right edge plus that hang.
 */
export function columnProblems(result: RenderResult, matched: readonly MatchedItem[], edgeTolerancePt = 0.5): string[] {
  const problems: string[] = [];
  const columnFrames = result.document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'body');
  for (const frame of columnFrames) {
    const right = frame.xPt + frame.widthPt;
    const inFrame = matched.filter((entry) => entry.frame === frame).map((entry) => entry.item);
    for (const row of groupIntoLines(inFrame)) {
      const first = row[0]!;
      const last = row[row.length - 1]!;
      const end = last.xPt + last.widthPt;
      const text = row.map((item) => item.text).join(' ');
      const line = matched.find((entry) => entry.item === last)?.line;
      const hangLeftPt = line?.hangLeftPt ?? 0;
      const hangRightPt = line?.hangRightPt ?? 0;
      // A hang is at most most of one punctuation mark: never more than a third of an em.
      if (hangLeftPt > last.sizePt / 3 || hangRightPt > last.sizePt / 3) problems.push(`column ${frame.column}: "${text}" hangs too far`);
      if (first.xPt < frame.xPt - hangLeftPt - 0.01 || end > right + hangRightPt + 0.01) problems.push(`column ${frame.column}: "${text}" runs outside the column`);
      if (line?.justified && Math.abs(end - (right + hangRightPt)) > edgeTolerancePt) {
        problems.push(`column ${frame.column}: justified line "${text}" ends ${(right + hangRightPt - end).toFixed(2)} pt short of the edge`);
      }
    }
  }
  return problems;
}

/** Every body and source baseline a whole number of grid steps from the first. */
export function offGridBaselines(matched: readonly MatchedItem[], stepPt: number): string[] {
  const baselines = matched.filter((entry) => entry.frame.role === 'body' || entry.frame.role === 'source').map((entry) => entry.item.baselinePt);
  const origin = Math.min(...baselines);
  return baselines
    .filter((baseline) => {
      const steps = (baseline - origin) / stepPt;
      return Math.abs(steps - Math.round(steps)) * stepPt > 0.01;
    })
    .map((baseline) => `baseline ${baseline.toFixed(2)} is off the ${stepPt} pt grid`);
}

/**
 * Each caption starts right under its photo and ends with the credit, inside the photo's width, with no other text
 * between the photo and the caption.
 */
export function creditProblems(result: RenderResult, matched: readonly MatchedItem[], images: readonly PdfImageBox[]): string[] {
  const problems: string[] = [];
  for (const photo of result.article.images) {
    const frameIndex = result.document.pages[0]!.frames.findIndex((frame) => frame.kind === 'image' && frame.imageId === photo.id);
    if (frameIndex < 0) continue;
    const imageFrame = result.document.pages[0]!.frames[frameIndex]!;
    const image = images.find((box) => Math.abs(box.xPt - imageFrame.xPt) < 0.01 && Math.abs(box.yPt - imageFrame.yPt) < 0.01);
    if (!image) {
      problems.push(`photo ${photo.id} is not in the PDF at its frame`);
      continue;
    }
    const photoBox = imageBox(image);
    const below = matched
      // A caption line may open with a dash that hangs past the photo's edge (optical margins): up to half an em.
      .filter((entry) => entry.item.xPt >= photoBox.left - entry.item.sizePt / 2 && entry.item.xPt < photoBox.right && itemBox(entry.item).top >= photoBox.bottom)
      .sort((a, b) => a.item.baselinePt - b.item.baselinePt || a.item.xPt - b.item.xPt);
    const caption = below.filter((entry) => entry.frame === below[0]?.frame);
    const captionText = caption.map((entry) => entry.item.text).join(' ');
    const creditWords = photo.credit.split(/\s+/u);
    if (below[0]?.frame.role !== 'caption') {
      problems.push(`the first text under photo ${photo.id} is ${below[0] ? `"${below[0].item.text}" (${below[0].frame.role})` : 'missing'}, not its caption`);
      continue;
    }
    const gapPt = itemBox(caption[0]!.item).top - photoBox.bottom;
    if (gapPt > 2 * caption[0]!.item.sizePt) problems.push(`caption of ${photo.id} starts ${gapPt.toFixed(1)} pt below the photo`);
    if (!captionText.endsWith(`— ${creditWords.join(' ')}`) && !captionText.endsWith(`—\u00A0${creditWords.join('\u00A0')}`)) {
      problems.push(`caption of ${photo.id} does not end with its credit: "${captionText}"`);
    }
    const lastItem = caption[caption.length - 1]!.item;
    if (lastItem.xPt + lastItem.widthPt > photoBox.right + 0.01) problems.push(`credit of ${photo.id} runs past the photo's right edge`);
  }
  return problems;
}
