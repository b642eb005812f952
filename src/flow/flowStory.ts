import type { FontSet } from '../fonts/fontSet.js';
import { setLine } from '../inline/setLine.js';
import type { ShapedParagraph } from '../inline/shape.js';
import { breakParagraph, type BreakOptions, type BreakResult } from '../linebreak/index.js';
import type { LayoutWarning, Overset, PositionedLine, ResumePoint } from '../positioned/types.js';
import { lineText } from '../positioned/lineText.js';
import { hangAt, narrowedSlot, remainingHang, type HangingIndent } from './hangingIndent.js';
import type { ColumnSlot } from './slots.js';

export interface FlowedLine {
  slot: ColumnSlot;
  line: PositionedLine;
}

export interface FlowResult {
  lines: FlowedLine[];
  overset: Overset | null;
  warnings: LayoutWarning[];
}

/** How a paragraph's style asks it to be broken: every breaker option but those the flow sets line by line. */
export type StyleBreakSettings = Omit<BreakOptions, 'widthAt' | 'hyphenAllowedAt' | 'looseness'>;

export interface FlowOptions {
  /** Avoid a paragraph's last line alone at the top of a column. */
  avoidWidows: boolean;
  /** Avoid a paragraph's first line alone at the foot of a column. */
  avoidOrphans: boolean;
  /** Measure for lines that find no slot, so overset text is counted in lines of the story's width. */
  overflowMeasurePt?: number;
  /**
   * The story's first lines set narrower (beside a drop cap): each paragraph's breaker gets the measures of the lines
   * it holds, and a first paragraph shorter than the hang hands the rest on.
   */
  openingHang?: HangingIndent;
  /** How each paragraph sits among its neighbours (a crosshead's space and keep-with-next); default: plain text. */
  placementOf?: (paragraphIndex: number) => ParagraphPlacement;
  /** Lines more (or fewer) than its best breaking a paragraph is set in, as TeX's \looseness; default 0. */
  loosenessOf?: (paragraphIndex: number) => number;
}

/** A paragraph's style's break settings with the looseness the flow asks of it. */
type ParagraphBreakSettings = StyleBreakSettings & { looseness: number };

/** How a paragraph sits among its neighbours in the columns. */
export interface ParagraphPlacement {
  /** Empty grid rows above it, except at the top of a column or below a float (which leave space of their own). */
  spaceAboveRows: number;
  /**
   * Lines of the next paragraph that must share the column with all of this paragraph's lines (a crosshead is never
   * left at a column's foot); 0: none. A paragraph with this set is never broken across columns.
   */
  keepWithNextLines: number;
}

const DEFAULT_OPTIONS: FlowOptions = { avoidWidows: false, avoidOrphans: false };
const TEXT_PLACEMENT: ParagraphPlacement = { spaceAboveRows: 0, keepWithNextLines: 0 };

/** Looseness tried, in order, to mend a widow by re-breaking the paragraph before leaving a line empty. */
const WIDOW_LOOSENESS = [-1, 1];

/**
 * Where a story's lines go, decided but not yet set: what balancing and copyfitting compare, flowing a story many
 * times; `setPlacedLines` sets the chosen one.
 */
export interface PlacedStory {
  paragraphs: readonly ShapedParagraph[];
  slots: readonly ColumnSlot[];
  placements: readonly StoryPlacement[];
  /** The slot of each line that has one, in story order. */
  lineSlots: ColumnSlot[];
  overset: Overset | null;
}

/**
 * Threads paragraphs through the story's slots in order. Each paragraph is broken with the measures of the slots
 * its lines will occupy (a column beside a photo), less any hanging indent (beside a drop cap); lines past the last
 * slot are overset.
 * A widow is mended first by setting the paragraph a line tighter or looser (as TeX's \looseness), and only then by
 * moving a second line over to the next column; an orphan moves to the next column. A paragraph kept with the next
 * (a crosshead) that would end a column, or be split, moves to the top of the next column.
 */
export function flowParagraphs(
  paragraphs: readonly ShapedParagraph[],
  slots: readonly ColumnSlot[],
  fonts: FontSet,
  breakSettingsFor: (paragraph: ShapedParagraph) => StyleBreakSettings,
  options: FlowOptions = DEFAULT_OPTIONS,
): FlowResult {
  const placed = placeParagraphs(paragraphs, slots, breakSettingsFor, options);
  return { ...setPlacedLines(placed, fonts), overset: placed.overset };
}

/** `flowParagraphs` up to setting the lines: where each line goes, and what is overset. */
export function placeParagraphs(
  paragraphs: readonly ShapedParagraph[],
  slots: readonly ColumnSlot[],
  breakSettingsFor: (paragraph: ShapedParagraph) => StyleBreakSettings,
  options: FlowOptions = DEFAULT_OPTIONS,
): PlacedStory {
  const placements = placeStory(paragraphs, slots, breakSettingsFor, options);
  const lineSlots: ColumnSlot[] = [];
  const oversetWords: string[] = [];
  let oversetLines = 0;
  let resumeAt: ResumePoint | null = null;
  placements.forEach(({ result, slotIndices }, paragraphIndex) => {
    for (const index of slotIndices) lineSlots.push(slots[index]!);
    const oversetCount = result.breaks.length - slotIndices.length;
    if (oversetCount === 0) return;
    // The first line without a slot carries this paragraph's remaining words into the overset.
    const firstOverset = slotIndices.length;
    const startItem = firstOverset === 0 ? 0 : result.breaks[firstOverset - 1]!.position + 1;
    const paragraph = paragraphs[paragraphIndex]!;
    const wordIndex = firstWordIndex(paragraph, startItem, result.breaks[firstOverset]!.position);
    oversetWords.push(...paragraph.words.slice(wordIndex));
    resumeAt ??= { paragraphIndex, wordIndex, charactersSet: charactersSetOf(paragraph, wordIndex, startItem) };
    oversetLines += oversetCount;
  });
  const overset: Overset | null =
    oversetLines > 0 && resumeAt
      ? { lineCount: oversetLines, wordCount: oversetWords.length, firstWords: oversetWords.slice(0, 8).join(' '), resumeAt }
      : null;
  return { paragraphs, slots, placements, lineSlots, overset };
}

/** Sets the lines of a placed story in their slots, with a warning for each line overfull or broken inside a word. */
export function setPlacedLines(placed: PlacedStory, fonts: FontSet): Omit<FlowResult, 'overset'> {
  const lines: FlowedLine[] = [];
  const warnings: LayoutWarning[] = [];
  placed.placements.forEach(({ result, slotIndices, hang }, paragraphIndex) => {
    const paragraph = placed.paragraphs[paragraphIndex]!;
    let startItem = 0;
    slotIndices.forEach((slotIndex, lineIndex) => {
      const lineBreak = result.breaks[lineIndex]!;
      const slot = placed.slots[slotIndex]!;
      const range = { startItem, breakItem: lineBreak.position, endsParagraph: lineIndex === result.breaks.length - 1 };
      const line: PositionedLine = { ...setLine(paragraph, range, narrowedSlot(slot, hang, lineIndex), fonts, paragraphIndex), breakPass: result.pass };
      lines.push({ slot, line });
      const where = `column ${slot.column}, line ${slot.row + 1}`;
      const problem = overfullProblem(line);
      if (problem) warnings.push({ where, message: `${problem}: "${lineText(line)}"` });
      if (paragraph.wordBreaks.has(lineBreak.position)) {
        warnings.push({ where, message: `a word too long for the column was broken without a hyphen: "${lineText(line)}"` });
      }
      startItem = lineBreak.position + 1;
    });
  });
  return { lines, warnings };
}

/** A paragraph's lines given their slots, with the hang its first lines were narrowed by. */
type StoryPlacement = PlacedParagraph & { hang: HangingIndent | null };

/** Decides the slots of every paragraph's lines, in order. */
function placeStory(
  paragraphs: readonly ShapedParagraph[],
  slots: readonly ColumnSlot[],
  breakSettingsFor: (paragraph: ShapedParagraph) => StyleBreakSettings,
  options: FlowOptions,
): StoryPlacement[] {
  const placements: StoryPlacement[] = [];
  let nextSlot = 0;
  let hang = options.openingHang ?? null;
  paragraphs.forEach((paragraph, paragraphIndex) => {
    const { spaceAboveRows, keepWithNextLines } = options.placementOf?.(paragraphIndex) ?? TEXT_PLACEMENT;
    const next = paragraphs[paragraphIndex + 1];
    // Kept with the next paragraph, it is never split, which is all a widow or orphan rule could ask of it.
    const ownOptions = keepWithNextLines > 0 ? { ...options, avoidWidows: false, avoidOrphans: false } : options;
    const settingsOf = (index: number): ParagraphBreakSettings => ({ ...breakSettingsFor(paragraphs[index]!), looseness: options.loosenessOf?.(index) ?? 0 });
    const placeFrom = (firstSlot: number): PlacedParagraph => placeParagraph(paragraph, slots, firstSlot, settingsOf(paragraphIndex), ownOptions, hang);
    let placed = placeFrom(spacedStart(slots, nextSlot, spaceAboveRows));
    if (keepWithNextLines > 0 && next) {
      const keptTogether = (candidate: PlacedParagraph): boolean => {
        const after = placeParagraph(next, slots, candidate.nextSlot, settingsOf(paragraphIndex + 1), options, remainingHang(hang, candidate.result.breaks.length));
        const keptCount = Math.min(keepWithNextLines, after.result.breaks.length);
        const together = [...candidate.slotIndices, ...after.slotIndices.slice(0, keptCount)];
        const column = slots[together[0] ?? -1]?.column;
        return together.length === candidate.result.breaks.length + keptCount && together.every((index) => slots[index]?.column === column);
      };
      // Each try starts a column further on, without the space above: a column's first line needs none. When no
      // column holds it with its text, it stays where it was: moving it would only leave rows empty.
      if (!keptTogether(placed)) {
        for (let columnTop = nextColumnStart(slots, placed.slotIndices[0]); columnTop !== null; columnTop = nextColumnStart(slots, columnTop)) {
          const moved = placeFrom(columnTop);
          if (keptTogether(moved)) {
            placed = moved;
            break;
          }
        }
      }
    }
    placements.push({ ...placed, hang });
    nextSlot = placed.nextSlot;
    hang = remainingHang(hang, placed.result.breaks.length);
  });
  return placements;
}

/** Whether slot `index` starts a run of rows: the top of a column, or the first row below a float. */
function startsRun(slots: readonly ColumnSlot[], index: number): boolean {
  const slot = slots[index];
  const previous = slots[index - 1];
  return !slot || !previous || previous.column !== slot.column || previous.row + 1 !== slot.row;
}

/** Where a paragraph with `rows` empty rows above it starts, when the story goes on at `nextSlot`. */
function spacedStart(slots: readonly ColumnSlot[], nextSlot: number, rows: number): number {
  if (rows === 0 || startsRun(slots, nextSlot)) return nextSlot;
  for (let index = nextSlot + 1; index <= nextSlot + rows; index++) {
    // The space would end the column or reach a float: the paragraph starts after them, with no space of its own.
    if (index >= slots.length || startsRun(slots, index)) return index;
  }
  return nextSlot + rows;
}

/** The first slot of the column after slot `index`'s, or null when it is in the last column (or past the slots). */
function nextColumnStart(slots: readonly ColumnSlot[], index: number | undefined): number | null {
  const column = index === undefined ? undefined : slots[index]?.column;
  if (column === undefined) return null;
  const start = slots.findIndex((slot, candidate) => candidate > index! && slot.column !== column);
  return start < 0 ? null : start;
}

interface PlacedParagraph {
  result: BreakResult;
  /** Slot index of each line; missing for overset lines. */
  slotIndices: number[];
  /** Where the next paragraph starts. */
  nextSlot: number;
}

/**
 * Breaks one paragraph into the slots from `firstSlot` on, leaving slots empty where a lone line would strand; but
 * never one of the slots its hung lines fill, which must stay beside what the hang makes room for.
 */
function placeParagraph(
  paragraph: ShapedParagraph,
  slots: readonly ColumnSlot[],
  firstSlot: number,
  settings: ParagraphBreakSettings,
  options: FlowOptions,
  hang: HangingIndent | null,
): PlacedParagraph {
  const skipped = new Set<number>();
  const overflowMeasurePt = options.overflowMeasurePt ?? slots[slots.length - 1]?.widthPt ?? 0;
  const hyphenateAcrossColumns = paragraph.style.hyphenation.acrossColumns;
  // Each skipped slot pushes the paragraph on by one; a paragraph can strand only a few lines, so this ends quickly.
  for (let attempt = 0; ; attempt++) {
    const available: number[] = [];
    for (let index = firstSlot; index < slots.length; index++) if (!skipped.has(index)) available.push(index);
    const slotAt = (lineIndex: number): ColumnSlot | undefined => {
      const index = available[lineIndex];
      return index === undefined ? undefined : slots[index];
    };
    const breakWith = (looseness: number, emergencyRatio = settings.emergencyRatio): BreakResult =>
      breakParagraph(paragraph.items, {
        ...settings,
        looseness,
        emergencyRatio,
        // Lines beyond the last slot are broken at its measure so overset text can be counted in lines.
        widthAt: (lineIndex) => (slotAt(lineIndex)?.widthPt ?? overflowMeasurePt) - hangAt(hang, lineIndex),
        hyphenAllowedAt: (lineIndex) => hyphenateAcrossColumns || !slotAt(lineIndex)?.lastInColumn,
      });
    const placed = (result: BreakResult): PlacedParagraph => {
      const slotIndices = available.slice(0, result.breaks.length);
      const lastUsed = slotIndices[slotIndices.length - 1];
      const nextSlot = result.breaks.length > available.length ? slots.length : lastUsed === undefined ? firstSlot : lastUsed + 1;
      return { result, slotIndices, nextSlot };
    };

    // A looseness asked for is taken only within the regular passes; else the paragraph is set at its best.
    const asked = settings.looseness === 0 ? null : breakWith(settings.looseness, 0);
    const result = asked && (asked.pass === 'first' || asked.pass === 'second') ? asked : breakWith(0);
    const lineCount = result.breaks.length;
    const attemptsLeft = attempt < 4;
    if (lineCount < 2 || lineCount > available.length || !attemptsLeft) return placed(result);
    const startsColumn = (lineIndex: number): boolean => {
      const index = available[lineIndex]!;
      return index > 0 && slots[index - 1]!.column !== slots[index]!.column;
    };
    // A hung line stays in its slot: moved on, it would leave the room it was narrowed for (a drop cap's) empty.
    const movable = (lineIndex: number): boolean => hangAt(hang, lineIndex) === 0;
    if (options.avoidOrphans && slotAt(0)!.lastInColumn && movable(0)) {
      skipped.add(available[0]!);
      continue;
    }
    if (options.avoidWidows && startsColumn(lineCount - 1)) {
      for (const looseness of WIDOW_LOOSENESS) {
        // Only a breaking within the regular passes will do, so the emergency pass is not searched.
        const other = breakWith(looseness, 0);
        const count = other.breaks.length;
        const acceptable = other.pass === 'first' || other.pass === 'second';
        if (acceptable && count !== lineCount && count >= 1 && count <= available.length && !(count >= 2 && startsColumn(count - 1))) {
          return placed(other);
        }
      }
      // Move the line before the widow over too; with only two lines, the whole paragraph moves.
      const firstMoved = lineCount === 2 ? 0 : lineCount - 2;
      if (!movable(firstMoved)) return placed(result);
      skipped.add(available[firstMoved]!);
      continue;
    }
    return placed(result);
  }
}

/** A line that sticks out of its measure, or had to be squeezed past the style's limits to fit. */
function overfullProblem(line: PositionedLine): string | null {
  const lastRun = line.runs[line.runs.length - 1];
  const overflowPt = lastRun ? lastRun.xPt + lastRun.widthPt - (line.xPt + line.widthPt + line.hangRightPt) : 0;
  if (overflowPt > 0.01) return `overfull line, ${overflowPt.toFixed(2)} pt too wide`;
  if (line.adjustmentRatio < -1) return 'line squeezed tighter than the style allows';
  return null;
}

function firstWordIndex(paragraph: ShapedParagraph, startItem: number, endItem: number): number {
  for (let index = startItem; index <= endItem; index++) {
    const piece = paragraph.pieces[index];
    if (piece && piece.wordIndex >= 0) return piece.wordIndex;
  }
  return paragraph.words.length;
}

/** How many characters of word `wordIndex` the lines before item `startItem` set: the part before a break inside it. */
function charactersSetOf(paragraph: ShapedParagraph, wordIndex: number, startItem: number): number {
  let characters = 0;
  for (let index = 0; index < startItem; index++) {
    const piece = paragraph.pieces[index];
    if (piece?.wordIndex === wordIndex) characters += piece.text.length;
  }
  return characters;
}
