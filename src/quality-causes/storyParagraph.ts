import type { Article, Paragraph } from '../article/types.js';
import { splitInitial } from '../compose/dropCap.js';
import { plainParagraph } from '../compose/textBlock.js';
import type { Typesetter } from '../compose/typesetter.js';
import type { ResolvedBlock, ResolvedStyle } from '../layout-spec/resolve.js';
import type { PositionedDocument } from '../positioned/types.js';

/** What the body block handed the typesetter for one paragraph of its story. */
export interface StoryParagraph {
  paragraph: Paragraph;
  style: ResolvedStyle;
  /** Blank space before the first word. */
  indentPt: number;
  /** The narrowest measure the paragraph may be set in: narrower words get last-resort breaks. */
  narrowestMeasurePt: number;
  /** Names the text in errors, as the body block does: `body paragraph 3`, `source`. */
  where: string;
}

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

/**
 * Paragraph `paragraphIndex` of the story as the body block prepares it (src/compose/body.ts): the article's
 * paragraphs, indented but for the first, then the source line; beside a drop cap, the first paragraph without its
 * initial, at the measure its first line was given. Null for an index the story does not have. Should the two ever
 * disagree, breaking the paragraph again does not give the layout's lines, and the analysis says so.
 */
export function storyParagraph(
  typesetter: Typesetter,
  article: Article,
  document: PositionedDocument,
  paragraphIndex: number,
  firstLineWidthPt: number,
): StoryParagraph | null {
  const block = typesetter.layout.story.find((candidate): candidate is BodyBlock => candidate.type === 'body');
  if (!block) return null;
  const bodyStyle = typesetter.style(block.style);
  const columnWidthPt = typesetter.layout.columns.widthPt;
  const paragraph = article.body[paragraphIndex];
  if (paragraph) {
    const where = `body paragraph ${paragraphIndex + 1}`;
    const split = paragraphIndex === 0 && hasDropCap(document) ? splitInitial(paragraph) : null;
    if (split) return { paragraph: split.rest, style: bodyStyle, indentPt: 0, narrowestMeasurePt: firstLineWidthPt, where };
    const indentPt = paragraphIndex === 0 ? 0 : bodyStyle.firstLineIndentEm * bodyStyle.sizePt;
    return { paragraph, style: bodyStyle, indentPt, narrowestMeasurePt: columnWidthPt, where };
  }
  if (paragraphIndex === article.body.length && block.sourceLine && article.source) {
    const text = block.sourceLine.format.replace('{source}', article.source);
    return { paragraph: plainParagraph(text), style: typesetter.style(block.sourceLine.style), indentPt: 0, narrowestMeasurePt: columnWidthPt, where: 'source' };
  }
  return null;
}

function hasDropCap(document: PositionedDocument): boolean {
  return document.pages.some((page) => page.frames.some((frame) => frame.kind === 'text' && frame.role === 'dropCap'));
}

