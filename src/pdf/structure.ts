import type { Frame, ImageFrame, PositionedLine, PositionedPage, TextFrame, TextRole } from '../positioned/types.js';

/** Standard structure types (PDF 1.7, 14.8.4) the page's parts are tagged with. */
export type StructureType = 'Art' | 'H1' | 'H2' | 'P' | 'Figure' | 'Caption' | 'BlockQuote';

/** A structure element of a page, in reading order; a caption's element is the child of its figure's. */
export interface PlannedElement {
  type: StructureType;
  /** Figures: the article's alt text. */
  alt?: string;
  /** Index of the parent element in the plan; absent for elements directly under the document. */
  parent?: number;
}

/** Something painted as one marked-content sequence: a line of text, or an image. */
export type PaintItem = { element: number } & ({ frame: TextFrame; line: PositionedLine } | { frame: ImageFrame });

export interface PagePlan {
  elements: PlannedElement[];
  /**
   * In reading order, story by story: a jump line that brings the reader in, headline, deck, byline, dateline, the
   * story's paragraphs (the drop cap first in its paragraph), figures with captions, pull quotes, a jump line on.
   */
  items: PaintItem[];
}

/** Text the structure tree holds: page furniture (folio, running head, masthead) is painted as artifacts instead. */
type StructuredRole = Exclude<TextRole, 'furniture'>;

/** Reading-order rank of each kind of text in its story; figures come after the story, pull quotes (repeated words) after them. */
const ROLE_RANK: Record<StructuredRole, number> = {
  headline: 0,
  deck: 1,
  byline: 2,
  dateline: 3,
  dropCap: 4,
  body: 4,
  crosshead: 4,
  source: 4,
  caption: 5,
  pullQuote: 6,
  // "Continued on page 5" ends the story's part on the page; a jump line before the story's text ("continued from") opens it.
  jumpLine: 7,
};
const FIGURE_RANK = 5;
const LEADING_JUMP_RANK = -1;

const ROLE_TYPE: Record<StructuredRole, StructureType> = {
  headline: 'H1',
  deck: 'P',
  byline: 'P',
  dateline: 'P',
  dropCap: 'P',
  body: 'P',
  crosshead: 'H2',
  source: 'P',
  caption: 'Caption',
  pullQuote: 'BlockQuote',
  jumpLine: 'P',
};

/**
 * Orders a page's parts for reading and groups them into structure elements: one per headline, deck, byline,
 * dateline, story paragraph (its lines in every column, the drop cap before them, inside its word), crosshead,
 * source line and jump line; a figure per image with its alt text, holding the caption that follows the image; a
 * block quote per pull quote, its attribution included. Story text is keyed by its paragraph index, which runs
 * through the story in order. A page of several stories (frames with a `storyIndex`) is read story by story, in
 * that order, each story an `Art` element; a page of one article keeps its elements directly under the document.
 */
export function planPage(page: PositionedPage): PagePlan {
  const elements: PlannedElement[] = [];
  const keyed = new Map<string, number>();
  const ranked: { order: number[]; item: PaintItem }[] = [];
  let figure: { element: number; order: number } | undefined;
  // A pull quote's attribution is a frame of its own right after the quote's: one quotation, one element.
  let quoteStart = -1;
  // Stories whose text has begun, in frame order: a jump line before a story's text leads into it.
  const storiesBegun = new Set<number>();

  const elementFor = (key: string, element: PlannedElement): number => {
    let index = keyed.get(key);
    if (index === undefined) {
      index = elements.push(element) - 1;
      keyed.set(key, index);
    }
    return index;
  };

  page.frames.forEach((frame: Frame, frameIndex) => {
    // Rules between modules and the page's furniture are painted as artifacts, outside the structure.
    if (isArtifact(frame) || frame.kind === 'rule') return;
    const story = frame.storyIndex ?? 0;
    const article = frame.storyIndex === undefined ? undefined : elementFor(`story ${story}`, { type: 'Art' });
    const inStory = (element: PlannedElement): PlannedElement => (article === undefined ? element : { ...element, parent: article });
    if (frame.kind === 'image') {
      const element = elements.push(inStory({ type: 'Figure', alt: frame.alt })) - 1;
      figure = { element, order: frameIndex };
      ranked.push({ order: [story, FIGURE_RANK, frameIndex, -1], item: { element, frame } });
      return;
    }
    const role = frame.role as StructuredRole;
    const leadsIn = role === 'jumpLine' && !storiesBegun.has(story);
    if (role !== 'jumpLine') storiesBegun.add(story);
    const rank = leadsIn ? LEADING_JUMP_RANK : ROLE_RANK[role];
    const storyText = rank === ROLE_RANK.body;
    const previous = page.frames[frameIndex - 1];
    if (frame.role === 'pullQuote' && !(previous?.kind === 'text' && previous.role === 'pullQuote')) quoteStart = frameIndex;
    frame.lines.forEach((line, lineIndex) => {
      let element: number;
      let order: number[];
      if (storyText) {
        // The drop cap belongs to its paragraph's first word: it opens that paragraph's element.
        const type = frame.role === 'dropCap' ? 'P' : ROLE_TYPE[role];
        element = elementFor(`story ${story} paragraph ${line.paragraphIndex}`, inStory({ type }));
        order = [line.paragraphIndex, frame.role === 'dropCap' ? 0 : 1, frame.column, line.baselinePt, lineIndex];
      } else if (frame.role === 'caption' && figure) {
        element = elementFor(`caption ${figure.element}`, { type: 'Caption', parent: figure.element });
        order = [figure.order, frameIndex, lineIndex];
      } else {
        const first = frame.role === 'pullQuote' ? quoteStart : frameIndex;
        element = elementFor(`frame ${first}`, inStory({ type: ROLE_TYPE[role] }));
        order = [first, frameIndex, lineIndex];
      }
      ranked.push({ order: [story, rank, ...order], item: { element, frame, line } });
    });
  });

  ranked.sort((a, b) => compareOrders(a.order, b.order));
  return { elements, items: ranked.map(({ item }) => item) };
}

function compareOrders(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const difference = a[i]! - b[i]!;
    if (difference !== 0) return difference;
  }
  return a.length - b.length;
}

/** What a tagged page paints outside its structure tree: rules, and furniture (folio, running head, masthead). */
export function isArtifact(frame: Frame): boolean {
  return frame.kind === 'rule' || (frame.kind === 'text' && frame.role === 'furniture');
}
