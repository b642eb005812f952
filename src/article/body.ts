import { fromMarkdown } from 'mdast-util-from-markdown';
import type { PhrasingContent, RootContent } from 'mdast';
import { InputError } from '../errors.js';
import { normaliseSpans } from './spans.js';
import type { Paragraph, TextSpan } from './types.js';

interface SpanStyle {
  italic: boolean;
  bold: boolean;
}

/** Where a body node sits, for error messages. */
interface BodyContext {
  file: string;
  /** File line number of the body's first line. */
  firstLine: number;
}

/**
 * Parses an article body: paragraphs of text with italic and bold, and crossheads (`## …`) between them. Links keep
 * their text; any other Markdown construct is an InputError naming its line, because a newspaper body has nothing
 * to render it with.
 */
export function parseBody(markdown: string, file: string, firstLine: number): Paragraph[] {
  const context: BodyContext = { file, firstLine };
  const paragraphs: Paragraph[] = [];
  /** The line of a crosshead still waiting for the text it heads. */
  let openCrossheadLine: number | null = null;
  for (const node of fromMarkdown(markdown).children) {
    // A link reference definition prints nothing; the links that use it keep their text.
    if (node.type === 'definition') continue;
    const crosshead = node.type === 'heading' && node.depth === CROSSHEAD_DEPTH;
    if (node.type !== 'paragraph' && !crosshead) throw unsupported(node, context);
    const spans = normaliseSpans(collectSpans(node.children, { italic: false, bold: false }, context));
    if (spans.length === 0) continue;
    if (crosshead) {
      // A crosshead divides the story: text must come before it (the story opens with text) and after it.
      if (openCrossheadLine !== null || paragraphs.length === 0) throw misplacedCrosshead(node, context, paragraphs.length === 0);
      openCrossheadLine = lineOf(node, context);
      paragraphs.push({ spans, kind: 'crosshead' });
    } else {
      openCrossheadLine = null;
      paragraphs.push({ spans });
    }
  }
  if (paragraphs.length === 0) {
    throw new InputError(file, 'body', 'empty (write the article text after the front matter)');
  }
  if (openCrossheadLine !== null) {
    throw new InputError(file, `line ${openCrossheadLine}`, 'a crosshead must be followed by text (it ends the body)');
  }
  return paragraphs;
}

/** `##`: the headline is the page's level 1, in the front matter. */
const CROSSHEAD_DEPTH = 2;

function misplacedCrosshead(node: RootContent, context: BodyContext, opensBody: boolean): InputError {
  const problem = opensBody ? 'a crosshead cannot open the body (text must come first)' : 'a crosshead must be followed by text, not another crosshead';
  return new InputError(context.file, `line ${lineOf(node, context)}`, problem);
}

function collectSpans(nodes: readonly PhrasingContent[], style: SpanStyle, context: BodyContext): TextSpan[] {
  return nodes.flatMap((node): TextSpan[] => {
    switch (node.type) {
      case 'text':
        return [{ text: node.value, ...style }];
      // A forced line break has no meaning in a reflowed column.
      case 'break':
        return [{ text: ' ', ...style }];
      case 'emphasis':
        return collectSpans(node.children, { ...style, italic: true }, context);
      case 'strong':
        return collectSpans(node.children, { ...style, bold: true }, context);
      case 'link':
      case 'linkReference':
        return collectSpans(node.children, style, context);
      default:
        throw unsupported(node, context);
    }
  });
}

const BODY_HINT = 'only paragraphs with *italic* and **bold**, and ## crossheads';
const IMAGE_HINT = "list images in the front matter under 'images'";

/** What to call an unsupported node, and what to do instead. */
const UNSUPPORTED: Record<string, { name: string; hint: string }> = {
  heading: { name: 'a heading', hint: 'crossheads are ##, the headline belongs in the front matter' },
  list: { name: 'a list', hint: BODY_HINT },
  code: { name: 'a code block', hint: BODY_HINT },
  inlineCode: { name: 'inline code', hint: BODY_HINT },
  blockquote: { name: 'a block quote', hint: "a pull quote goes in the front matter under 'pullQuotes'" },
  thematicBreak: { name: "a thematic break ('---', '***')", hint: BODY_HINT },
  html: { name: 'HTML', hint: BODY_HINT },
  image: { name: 'an image', hint: IMAGE_HINT },
  imageReference: { name: 'an image', hint: IMAGE_HINT },
};

function unsupported(node: RootContent, context: BodyContext): InputError {
  const { name, hint } = UNSUPPORTED[node.type] ?? { name: `Markdown '${node.type}'`, hint: BODY_HINT };
  const level = node.type === 'heading' ? ` of level ${node.depth} ('${'#'.repeat(node.depth)}')` : '';
  return new InputError(context.file, `line ${lineOf(node, context)}`, `${name}${level} is not supported in the body (${hint})`);
}

/** The node's first line in the article file. */
function lineOf(node: RootContent, context: BodyContext): number {
  return context.firstLine + (node.position?.start.line ?? 1) - 1;
}
