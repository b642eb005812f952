import type { Article, Paragraph } from '../article/types.js';
import type { ShapedParagraph } from '../inline/shape.js';
import type { ResolvedBlock, ResolvedStyle } from '../layout-spec/resolve.js';
import { plainParagraph } from './textBlock.js';
import type { Typesetter } from './typesetter.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

/** What the body block hands the typesetter for one paragraph of its story. */
export interface StoryParagraph {
  paragraph: Paragraph;
  style: ResolvedStyle;
  /** Blank space before the first word. */
  indentPt: number;
  /** The narrowest measure the paragraph may be set in: words wider than this get last-resort breaks. */
  narrowestMeasurePt: number;
  /** Names the text in errors: `body paragraph 3`, `source`. */
  where: string;
}

/** The body's paragraphs (each indented but the first) and the source line after them, at index `sourceIndex`. */
export function storyParagraphs(typesetter: Typesetter, article: Article, block: BodyBlock, columnWidthPt: number): { paragraphs: StoryParagraph[]; sourceIndex: number } {
  const bodyStyle = typesetter.style(block.style);
  const paragraphs = article.body.map(
    (paragraph, index): StoryParagraph => ({
      paragraph,
      style: bodyStyle,
      indentPt: index === 0 ? 0 : bodyStyle.firstLineIndentEm * bodyStyle.sizePt,
      narrowestMeasurePt: columnWidthPt,
      where: `body paragraph ${index + 1}`,
    }),
  );
  const sourceIndex = paragraphs.length;
  if (block.sourceLine && article.source) {
    const paragraph = plainParagraph(block.sourceLine.format.replace('{source}', article.source));
    paragraphs.push({ paragraph, style: typesetter.style(block.sourceLine.style), indentPt: 0, narrowestMeasurePt: columnWidthPt, where: 'source' });
  }
  return { paragraphs, sourceIndex };
}

/** The opening paragraph without its initial, beside a drop cap: its words must fit the narrow lines there too. */
export function besideDropCap(opening: StoryParagraph, rest: Paragraph, measureBesidePt: number): StoryParagraph {
  return { ...opening, paragraph: rest, indentPt: 0, narrowestMeasurePt: measureBesidePt };
}

export function shapeStoryParagraph(typesetter: Typesetter, story: StoryParagraph): ShapedParagraph {
  return typesetter.shape(story.paragraph, story.style, story.indentPt, story.where, story.narrowestMeasurePt);
}
