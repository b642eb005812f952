import type { Article } from '../article/types.js';
import { chooseVariant } from '../compose/chooseVariant.js';
import { splitInitial } from '../compose/dropCap.js';
import { besideDropCap, storyParagraphs, type StoryParagraph } from '../compose/storyParagraphs.js';
import type { Typesetter } from '../compose/typesetter.js';
import type { ResolvedBlock } from '../layout-spec/resolve.js';
import type { PositionedDocument } from '../positioned/types.js';

type BodyBlock = Extract<ResolvedBlock, { type: 'body' }>;

/** The story's paragraphs as the body block hands them to the typesetter (src/compose/body.ts); null without a body. */
export function bodyStoryParagraphs(typesetter: Typesetter, article: Article): StoryParagraph[] | null {
  const block = chooseVariant(typesetter.layout, article).story.find((candidate): candidate is BodyBlock => candidate.type === 'body');
  return block ? storyParagraphs(typesetter, article, block, typesetter.layout.columns.widthPt).paragraphs : null;
}

/**
 * Paragraph `paragraphIndex` of the story (`bodyStoryParagraphs`); beside a drop cap, the first paragraph without
 * its initial, at the measure its first line was given. Null for an index the story does not have. Should the two
 * ever disagree, breaking the paragraph again does not give the layout's lines, and the analysis says so.
 */
export function storyParagraph(
  paragraphs: readonly StoryParagraph[] | null,
  document: PositionedDocument,
  paragraphIndex: number,
  firstLineWidthPt: number,
): StoryParagraph | null {
  const story = paragraphs?.[paragraphIndex];
  if (!story) return null;
  const split = paragraphIndex === 0 && hasDropCap(document) ? splitInitial(story.paragraph) : null;
  return split ? besideDropCap(story, split.rest, firstLineWidthPt) : story;
}

function hasDropCap(document: PositionedDocument): boolean {
  return document.pages.some((page) => page.frames.some((frame) => frame.kind === 'text' && frame.role === 'dropCap'));
}
