import { describe, expect, it } from 'vitest';
import { flowParagraphs } from '../../src/flow/flowStory.js';
import type { ColumnSlot } from '../../src/flow/slots.js';
import { lineText } from '../../src/positioned/lineText.js';
import { fonts, widthPt } from '../inline/fixtures.js';
import { columnSlots, measurePt, noSettings, placement, shape, words } from './flowFixtures.js';

describe('flowParagraphs: one word per line', () => {
  const paragraphA = () => shape('alpha bravo delta');
  const paragraphB = () => shape('echo golf hotel india');

  it('(the measure really holds one word only)', () => {
    const narrowestPairPt = Math.min(...words.flatMap((first) => words.map((second) => widthPt(first) + 2.29 + widthPt(second))));
    expect(narrowestPairPt).toBeGreaterThan(measurePt);
  });

  it('threads paragraphs through the slots in order, continuing in the next column', () => {
    const slots = columnSlots([4, 4], measurePt);
    const flow = flowParagraphs([paragraphA(), paragraphB()], slots, fonts, noSettings);
    expect(flow.lines.map((flowed) => [lineText(flowed.line), flowed.slot.column, flowed.slot.row, flowed.line.paragraphIndex])).toEqual([
      ['alpha', 1, 0, 0],
      ['bravo', 1, 1, 0],
      ['delta', 1, 2, 0],
      ['echo', 1, 3, 1],
      // Paragraph 2 goes on at the top of column 2.
      ['golf', 2, 0, 1],
      ['hotel', 2, 1, 1],
      ['india', 2, 2, 1],
    ]);
    expect(flow.lines.map((flowed) => flowed.line.endsParagraph)).toEqual([false, false, true, false, false, false, true]);
    // Each line sits on its slot.
    for (const { slot, line } of flow.lines) expect([line.xPt, line.baselinePt, line.widthPt]).toEqual([slot.xPt, slot.baselinePt, slot.widthPt]);
    expect(flow.overset).toBeNull();
    expect(flow.warnings).toEqual([]);
  });

  it('moves an orphan (a first line alone at the foot of a column) to the next column', () => {
    const flow = flowParagraphs([paragraphA(), paragraphB()], columnSlots([4, 4], measurePt), fonts, noSettings, { avoidWidows: false, avoidOrphans: true });
    expect(placement(flow).slice(3)).toEqual([
      ['echo', 2, 0],
      ['golf', 2, 1],
      ['hotel', 2, 2],
      ['india', 2, 3],
    ]);
  });

  it('moves a second line over with a widow (a last line alone at the top of a column)', () => {
    const fiveLines = () => shape('alpha bravo delta echo golf');
    const loose = flowParagraphs([fiveLines()], columnSlots([4, 4], measurePt), fonts, noSettings);
    expect(placement(loose).slice(3)).toEqual([['echo', 1, 3], ['golf', 2, 0]]);
    const kept = flowParagraphs([fiveLines()], columnSlots([4, 4], measurePt), fonts, noSettings, { avoidWidows: true, avoidOrphans: true });
    expect(placement(kept).slice(3)).toEqual([['echo', 2, 0], ['golf', 2, 1]]);
  });

  it('moves a two-line paragraph whole rather than leave either line alone', () => {
    const flow = flowParagraphs([paragraphA(), shape('kilo lima')], columnSlots([4, 4], measurePt), fonts, noSettings, { avoidWidows: true, avoidOrphans: false });
    expect(placement(flow).slice(3)).toEqual([['kilo', 2, 0], ['lima', 2, 1]]);
  });

  it('reports text that finds no slot as overset, with its line count, word count and first words', () => {
    // 5 slots for 3 + 4 + 2 lines: "hotel" and "india" and all of "kilo lima" are left over.
    const flow = flowParagraphs([paragraphA(), paragraphB(), shape('kilo lima')], columnSlots([3, 2], measurePt), fonts, noSettings);
    expect(flow.lines.map((flowed) => lineText(flowed.line))).toEqual(['alpha', 'bravo', 'delta', 'echo', 'golf']);
    expect(flow.overset).toEqual({ lineCount: 4, wordCount: 4, firstWords: 'hotel india kilo lima', resumeAt: { paragraphIndex: 1, wordIndex: 2, charactersSet: 0 } });
  });

  it('lists at most eight first words, and counts them all', () => {
    const flow = flowParagraphs([shape(words.join(' '))], columnSlots([2], measurePt), fonts, noSettings);
    expect(flow.overset).toEqual({ lineCount: 10, wordCount: 10, firstWords: 'delta echo golf hotel india kilo lima mike', resumeAt: { paragraphIndex: 0, wordIndex: 2, charactersSet: 0 } });
  });

  it('with no slots at all, the whole story is overset', () => {
    const flow = flowParagraphs([paragraphA(), paragraphB()], [], fonts, noSettings);
    expect(flow.lines).toEqual([]);
    expect(flow.overset).toMatchObject({ wordCount: 7, firstWords: 'alpha bravo delta echo golf hotel india' });
    expect(flow.overset!.lineCount).toBeGreaterThan(0);
  });

  it('breaks each line to the measure of its own slot', () => {
    const slots = columnSlots([3], 200);
    // The first slot is narrowed, as a drop cap does: only "alpha" fits there.
    slots[0]!.widthPt = measurePt;
    const flow = flowParagraphs([shape('alpha bravo delta echo')], slots, fonts, noSettings);
    expect(flow.lines.map((flowed) => lineText(flowed.line))).toEqual(['alpha', 'bravo delta echo']);
  });

  it('warns about an overfull line, naming its column and line', () => {
    const slots = columnSlots([1, 1], widthPt('alpha') - 5);
    const flow = flowParagraphs([shape('alpha')], slots, fonts, noSettings);
    expect(flow.warnings).toHaveLength(1);
    expect(flow.warnings[0]).toMatchObject({ where: 'column 1, line 1' });
    // Squeezed 3 % past its limits, the word still sticks out: by what is left of the 5 pt.
    const overflowPt = 5 - 0.03 * widthPt('alpha');
    expect(flow.warnings[0]!.message).toBe(`overfull line, ${overflowPt.toFixed(2)} pt too wide: "alpha"`);
  });

  it('squeezes a line that is a little too long past the limits rather than let it stick out, with a warning', () => {
    const slots = columnSlots([1, 1], widthPt('alpha') - 0.5);
    const flow = flowParagraphs([shape('alpha')], slots, fonts, noSettings);
    const [run] = flow.lines[0]!.line.runs;
    expect(run!.xPt + run!.widthPt).toBeLessThanOrEqual(slots[0]!.xPt + slots[0]!.widthPt + 1e-9);
    expect(flow.warnings).toEqual([{ where: 'column 1, line 1', message: 'line squeezed tighter than the style allows: "alpha"' }]);
  });
});

describe('flowParagraphs: an opening hang (beside a drop cap)', () => {
  // 200 pt slots hold several words; beside the hang only one.
  const indentPt = 200 - measurePt;
  const hang = (lines: number) => ({ lines, indentPt });

  it('narrows the first lines: the breaker gets their measure, and each is set beside the hang', () => {
    const slots = columnSlots([4], 200);
    const flow = flowParagraphs([shape('alpha bravo delta echo golf')], slots, fonts, noSettings, { avoidWidows: false, avoidOrphans: false, openingHang: hang(2) });
    expect(flow.lines.map((flowed) => lineText(flowed.line))).toEqual(['alpha', 'bravo', 'delta echo golf']);
    expect(flow.lines.map(({ line }) => [line.xPt, line.widthPt])).toEqual([
      [slots[0]!.xPt + indentPt, 200 - indentPt],
      [slots[1]!.xPt + indentPt, 200 - indentPt],
      [slots[2]!.xPt, 200],
    ]);
    // The flowed line keeps the grid's slot, not the narrowed one.
    expect(flow.lines[0]!.slot).toBe(slots[0]);
  });

  it('hands what is left of the hang on to the next paragraph when the first is shorter', () => {
    const flow = flowParagraphs([shape('alpha'), shape('bravo delta echo golf')], columnSlots([4], 200), fonts, noSettings, {
      avoidWidows: false,
      avoidOrphans: false,
      openingHang: hang(3),
    });
    expect(flow.lines.map((flowed) => [lineText(flowed.line), flowed.line.paragraphIndex])).toEqual([
      ['alpha', 0],
      ['bravo', 1],
      ['delta', 1],
      ['echo golf', 1],
    ]);
  });

  it('keeps a hung line beside the hang rather than move it on as an orphan', () => {
    const story = () => [shape('alpha'), shape(words.slice(1).join(' '))];
    const flowWith = (hangLines: number) =>
      flowParagraphs(story(), columnSlots([2, 4], 200), fonts, noSettings, { avoidWidows: false, avoidOrphans: true, openingHang: hang(hangLines) });
    // Control: paragraph 2's first line, not hung, is an orphan at the foot of column 1 and moves on.
    expect(placement(flowWith(1))[1]).toEqual([expect.stringMatching(/^bravo delta/u), 2, 0]);
    expect(placement(flowWith(2))[1]).toEqual(['bravo', 1, 1]);
  });

  it('keeps hung lines beside the hang rather than move them on with a widow', () => {
    // Four lines, the last alone at the top of column 2; no tighter or looser breaking exists.
    const flow = flowParagraphs([shape('alpha bravo delta echo')], columnSlots([3, 4], 200), fonts, noSettings, {
      avoidWidows: true,
      avoidOrphans: false,
      openingHang: hang(3),
    });
    expect(placement(flow)).toEqual([
      ['alpha', 1, 0],
      ['bravo', 1, 1],
      ['delta', 1, 2],
      ['echo', 2, 0],
    ]);
  });
});

describe('flowParagraphs: hyphens at the foot of a column', () => {
  // "the econ-" fills the first measure exactly; without the hyphen no good break exists there.
  const firstMeasurePt = widthPt('the') + 2.29 + widthPt('econ-');
  const slotsWithFirstRow = (lastInColumn: boolean): ColumnSlot[] => {
    const slots = columnSlots([1, 3], 200);
    slots[0] = { ...slots[0]!, widthPt: firstMeasurePt, lastInColumn };
    return slots;
  };
  const flowWith = (styleName: string, lastInColumn: boolean) =>
    flowParagraphs([shape('the economy grows fast', styleName, { economy: [4] })], slotsWithFirstRow(lastInColumn), fonts, noSettings);

  it('hyphenates where the line is not a column’s last (the control case)', () => {
    const first = flowWith('body', false).lines[0]!.line;
    expect(lineText(first)).toBe('the econ-');
    expect(first.hyphenated).toBe(true);
  });

  it('keeps the hyphen off the last line of a column', () => {
    const flow = flowWith('body', true);
    const first = flow.lines[0]!.line;
    expect(first.hyphenated).toBe(false);
    expect(lineText(first)).toBe('the');
    expect(flow.lines.map((flowed) => lineText(flowed.line)).join(' ')).toBe('the economy grows fast');
  });

  it('allows it there when the style sets hyphenation.acrossColumns', () => {
    const first = flowWith('hyphensAcrossColumns', true).lines[0]!.line;
    expect(lineText(first)).toBe('the econ-');
    expect(first.hyphenated).toBe(true);
  });
});

describe('flowParagraphs: a word longer than the column', () => {
  it('breaks it inside the column with a warning instead of letting it overflow', () => {
    const word = 'x'.repeat(300);
    const slots = columnSlots([40], 100);
    const flow = flowParagraphs([shape(`see ${word} here`, 'body')], slots, fonts, noSettings);
    for (const { line } of flow.lines) {
      const last = line.runs[line.runs.length - 1]!;
      expect(last.xPt + last.widthPt).toBeLessThanOrEqual(line.xPt + line.widthPt + 0.01);
    }
    expect(flow.lines.map((flowed) => lineText(flowed.line)).join('')).toContain(word.slice(0, 50));
    expect(flow.warnings.some((warning) => warning.message.includes('too long for the column'))).toBe(true);
    expect(flow.overset).toBeNull();
  });
});

describe('flowParagraphs: a paragraph set looser or tighter on request', () => {
  const text =
    'The ferry operator said on Tuesday that more boats would run on weekday evenings once the crews were trained, and that fares would stay the same for at least another year while the northern pier is repaired.';
  const linesWith = (looseness: number, widthPt: number) =>
    flowParagraphs([shape(text, 'loose')], columnSlots([40], widthPt), fonts, noSettings, { avoidWidows: false, avoidOrphans: false, loosenessOf: () => looseness })
      .lines.length;

  it('sets the paragraph a line looser, as TeX’s \\looseness, where a regular pass allows it', () => {
    expect(linesWith(0, 320)).toBe(3);
    expect(linesWith(1, 320)).toBe(4);
  });

  it('sets it at its best where no regular pass gives the line count asked for', () => {
    expect(linesWith(1, 200)).toBe(linesWith(0, 200));
    expect(linesWith(-1, 200)).toBe(linesWith(0, 200));
  });
});
