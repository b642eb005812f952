import type { Article } from '../article/types.js';
import type { StoryParagraph } from '../compose/storyParagraphs.js';
import { Typesetter } from '../compose/typesetter.js';
import { FontSet } from '../fonts/fontSet.js';
import type { ResolvedLayout, ResolvedStyle } from '../layout-spec/resolve.js';
import { layoutBodyLines, measureLayoutLine, measureLayoutLines, type PlacedLayoutLine } from '../metrics/fromLayout.js';
import { hasWideSpace, widestSpaceEm } from '../metrics/summarise.js';
import { STYLE_RULES, type StyleRule, type WideLineCause } from '../metrics/types.js';
import type { PositionedDocument, PositionedLine } from '../positioned/types.js';
import { breakIntoSlots, prepareStory, type SetAgainLine, type StorySlot } from './breakIntoSlots.js';
import { BREAKING_RULES, relaxAllRules, relaxRule } from './relaxations.js';
import { bodyStoryParagraphs, storyParagraph } from './storyParagraph.js';

type Verdict = Pick<WideLineCause, 'verdict' | 'rules'>;

/**
 * Why each wide line of the layout (a justified line with a space above 0.5 em, as the quality numbers count it) is
 * wide, from facts rather than guesses: each paragraph that has such lines is prepared and broken again at the
 * measures its lines had, first as it was (which must give the layout's lines, or nothing is claimed), then with one
 * rule of its style relaxed at a time, then with all of them. A wide line's words set with no space above 0.5 em
 * under a relaxation means that rule forbade a breaking without the hole. Each paragraph is broken alone: that a
 * changed line count would move the paragraphs after it is not followed. In reading order.
 */
export function explainWideLines(article: Article, layout: ResolvedLayout, document: PositionedDocument): WideLineCause[] {
  const measured = measureLayoutLines(document);
  const emPt = measured.bodySizePt;
  if (emPt === null) return [];
  const wideIndices = measured.lines.flatMap((line, index) => (hasWideSpace(line, emPt) ? [index] : []));
  if (wideIndices.length === 0) return [];

  const placed = layoutBodyLines(document);
  const typesetter = new Typesetter(layout, new FontSet(layout.fontFiles), article.lang, article.filePath);
  const paragraphs = bodyStoryParagraphs(typesetter, article);
  const verdicts = new Map<number, Verdict>();
  for (const paragraphIndex of new Set(wideIndices.map((index) => placed[index]!.line.paragraphIndex))) {
    const found = explainParagraph({ typesetter, paragraphs, document, placed, emPt }, paragraphIndex);
    for (const [lineIndex, verdict] of found) verdicts.set(lineIndex, verdict);
  }
  return wideIndices.map((index) => {
    const line = measured.lines[index]!;
    const verdict = verdicts.get(index) ?? { verdict: 'notAnalysed', rules: [] };
    return { page: line.page, column: line.column, text: line.text, maxSpaceEm: widestSpaceEm(line, emPt), ...verdict };
  });
}

interface Context {
  typesetter: Typesetter;
  /** The story's paragraphs, as the body block sets them; null for a story without a body. */
  paragraphs: readonly StoryParagraph[] | null;
  document: PositionedDocument;
  /** The layout's body lines in reading order. */
  placed: readonly PlacedLayoutLine[];
  emPt: number;
}

/** Verdicts for the wide lines of one paragraph, by their index among the layout's body lines. */
function explainParagraph(context: Context, paragraphIndex: number): Map<number, Verdict> {
  const { typesetter, placed, emPt } = context;
  const first = placed.findIndex((placedLine) => placedLine.line.paragraphIndex === paragraphIndex);
  let count = 0;
  while (placed[first + count]?.line.paragraphIndex === paragraphIndex) count += 1;
  const own = placed.slice(first, first + count);
  const wideLines = own.flatMap((placedLine, lineIndex) => (isWide(placedLine.line, emPt) ? [lineIndex] : []));
  const verdicts = (verdictOf: (lineIndex: number) => Verdict): Map<number, Verdict> =>
    new Map(wideLines.map((lineIndex) => [first + lineIndex, verdictOf(lineIndex)]));
  const notAnalysed = (): Verdict => ({ verdict: 'notAnalysed', rules: [] });

  // The paragraph's lines must be one run in reading order, as a flow sets them.
  const scattered = placed.slice(first + count).some((placedLine) => placedLine.line.paragraphIndex === paragraphIndex);
  const slots: StorySlot[] = placed.slice(first).map(({ line, lastInColumn }) => ({ xPt: line.xPt, widthPt: line.widthPt, baselinePt: line.baselinePt, lastInColumn }));
  const story = storyParagraph(context.paragraphs, context.document, paragraphIndex, slots[0]!.widthPt);
  if (scattered || !story) return verdicts(notAnalysed);

  const overflowMeasurePt = typesetter.layout.columns.widthPt;
  const preparedAsLaidOut = prepareStory(typesetter, story, story.style);
  const setIn = (style: ResolvedStyle, prepared = prepareStory(typesetter, story, style)): SetAgainLine[] =>
    breakIntoSlots(typesetter, prepared, style, slots, overflowMeasurePt, paragraphIndex);
  const asLaidOut = setIn(story.style, preparedAsLaidOut);
  // Lines past the paragraph's last placed one went into the overset.
  const continuesInOverset = !own[count - 1]!.line.endsParagraph;
  const sameLines =
    (continuesInOverset ? asLaidOut.length > count : asLaidOut.length === count) &&
    own.every((placedLine, lineIndex) => measureLayoutLine(asLaidOut[lineIndex]!.line()).text === measureLayoutLine(placedLine.line).text);
  if (!sameLines) return verdicts(notAnalysed);

  const oneRelaxed = STYLE_RULES.flatMap((rule) => {
    const relaxed = relaxRule(story.style, rule);
    if (!relaxed) return [];
    return [{ rule, lines: BREAKING_RULES.has(rule) ? setIn(relaxed, preparedAsLaidOut) : setIn(relaxed) }];
  });
  // Set only when some line needs it: with one rule or none to relax, "all together" is what was tried already.
  let allRelaxed: SetAgainLine[] | undefined;
  const setWithAllRelaxed = (): SetAgainLine[] =>
    (allRelaxed ??= oneRelaxed.length > 1 ? setIn(relaxAllRules(story.style)) : (oneRelaxed[0]?.lines ?? asLaidOut));
  return verdicts((lineIndex): Verdict => {
    const { firstWord, lastWord } = asLaidOut[lineIndex]!;
    const within = (lines: readonly SetAgainLine[]): boolean =>
      lines.every((set) => set.lastWord < firstWord || set.firstWord > lastWord || !isWide(set.line(), emPt));
    const rules: StyleRule[] = oneRelaxed.filter(({ lines }) => within(lines)).map(({ rule }) => rule);
    if (rules.length > 0) return { verdict: 'styleForbids', rules };
    return { verdict: within(setWithAllRelaxed()) ? 'severalRules' : 'noBreaking', rules: [] };
  });
}

function isWide(line: PositionedLine, emPt: number): boolean {
  return hasWideSpace(measureLayoutLine(line), emPt);
}
