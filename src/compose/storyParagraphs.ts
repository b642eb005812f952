import type { Article, Paragraph } from '../article/types.js';
import type { ParagraphPlacement } from '../flow/flowStory.js';
import type { ShapedParagraph } from '../inline/shape.js';
import type { ResolvedBlock, ResolvedStyle } from '../layout-spec/resolve.js';
import type { TextRole } from '../positioned/types.js';
import type { Typesetter } from './typesetter.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

/** What the body block hands the typesetter for one paragraph of its story. */
export interface StoryParagraph {
  paragraph: Paragraph;
  /** The frame its lines go in: running text, a crosshead, the source line. */
  role: Extract<TextRole, 'body' | 'crosshead' | 'source'>;
  style: ResolvedStyle;
  /** Blank space before the first word. */
  indentPt: number;
  /** The narrowest measure the paragraph may be set in: words wider than this get last-resort breaks. */
  narrowestMeasurePt: number;
  /** How it sits among its neighbours in the columns. */
  placement: ParagraphPlacement;
  /** Names the text in errors: `body paragraph 3`, `source`. */
  where: string;
}

/** Lines of a crosshead's text that must share its column: a heading over a single line reads as stranded. */
const CROSSHEAD_KEEP_WITH_NEXT_LINES = 2;
const TEXT_PLACEMENT: ParagraphPlacement = { spaceAboveRows: 0, keepWithNextLines: 0 };

/**
 * The body's paragraphs and crossheads, then the source line. Each paragraph is indented but the story's first and
 * those after a crosshead, which start a section.
 */
export function storyParagraphs(typesetter: Typesetter, article: Article, block: BodyBlock, columnWidthPt: number): { paragraphs: StoryParagraph[] } {
  const bodyStyle = typesetter.style(block.style);
  const crossheadPlacement: ParagraphPlacement = { spaceAboveRows: block.crossheads.spaceAboveRows, keepWithNextLines: CROSSHEAD_KEEP_WITH_NEXT_LINES };
  const paragraphs = article.body.map((paragraph, index): StoryParagraph => {
    const where = `body paragraph ${index + 1}`;
    if (paragraph.kind === 'crosshead') {
      return { paragraph, role: 'crosshead', style: crossheadStyle(typesetter, block), indentPt: 0, narrowestMeasurePt: columnWidthPt, placement: crossheadPlacement, where };
    }
    const opensSection = index === 0 || article.body[index - 1]?.kind === 'crosshead';
    const indentPt = opensSection ? 0 : bodyStyle.firstLineIndentEm * bodyStyle.sizePt;
    return { paragraph, role: 'body', style: bodyStyle, indentPt, narrowestMeasurePt: columnWidthPt, placement: TEXT_PLACEMENT, where };
  });
  if (block.sourceLine && article.source) {
    const paragraph = typesetter.plainParagraph(block.sourceLine.format.replace('{source}', article.source));
    const style = typesetter.style(block.sourceLine.style);
    paragraphs.push({ paragraph, role: 'source', style, indentPt: 0, narrowestMeasurePt: columnWidthPt, placement: TEXT_PLACEMENT, where: 'source' });
  }
  return { paragraphs };
}

/**
 * The layout's crosshead style; for a layout without one, the body style in its bold faces, ragged and unhyphenated
 * (a heading is never justified), so that any layout can set any article.
 */
function crossheadStyle(typesetter: Typesetter, block: BodyBlock): ResolvedStyle {
  if (block.crossheads.style !== null) return typesetter.style(block.crossheads.style);
  const body = typesetter.style(block.style);
  const bold = <T>(faces: Record<'regular' | 'italic' | 'bold' | 'boldItalic', T>) => ({ regular: faces.bold, italic: faces.boldItalic, bold: faces.bold, boldItalic: faces.boldItalic });
  return {
    ...body,
    name: `${body.name} (bold, for crossheads)`,
    bold: true,
    align: 'left',
    hyphenate: false,
    firstLineIndentEm: 0,
    faces: bold(body.faces),
    fallbackFaces: bold(body.fallbackFaces),
  };
}

/** The opening paragraph without its initial, beside a drop cap: its words must fit the narrow lines there too. */
export function besideDropCap(opening: StoryParagraph, rest: Paragraph, measureBesidePt: number): StoryParagraph {
  return { ...opening, paragraph: rest, indentPt: 0, narrowestMeasurePt: measureBesidePt };
}

export function shapeStoryParagraph(typesetter: Typesetter, story: StoryParagraph): ShapedParagraph {
  return typesetter.shape(story.paragraph, story.style, story.indentPt, story.where, story.narrowestMeasurePt);
}
