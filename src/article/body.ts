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
 * Parses an article body: paragraphs of text with italic and bold. Links keep their text; any other Markdown
 * construct is an InputError naming its line, because a newspaper body has nothing to render it with.
 */
export function parseBody(markdown: string, file: string, firstLine: number): Paragraph[] {
  const context: BodyContext = { file, firstLine };
  const paragraphs: Paragraph[] = [];
  for (const node of fromMarkdown(markdown).children) {
    // A link reference definition prints nothing; the links that use it keep their text.
    if (node.type === 'definition') continue;
    if (node.type !== 'paragraph') throw unsupported(node, context);
    const spans = normaliseSpans(collectSpans(node.children, { italic: false, bold: false }, context));
    if (spans.length > 0) paragraphs.push({ spans });
  }
  if (paragraphs.length === 0) {
    throw new InputError(file, 'body', 'empty (write the article text after the front matter)');
  }
  return paragraphs;
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

const BODY_HINT = 'only paragraphs with *italic* and **bold**';
const IMAGE_HINT = "list images in the front matter under 'images'";

/** What to call an unsupported node, and what to do instead. */
const UNSUPPORTED: Record<string, { name: string; hint: string }> = {
  heading: { name: 'a heading', hint: 'the headline belongs in the front matter' },
  list: { name: 'a list', hint: BODY_HINT },
  code: { name: 'a code block', hint: BODY_HINT },
  inlineCode: { name: 'inline code', hint: BODY_HINT },
  blockquote: { name: 'a block quote', hint: BODY_HINT },
  thematicBreak: { name: "a thematic break ('---', '***')", hint: BODY_HINT },
  html: { name: 'HTML', hint: BODY_HINT },
  image: { name: 'an image', hint: IMAGE_HINT },
  imageReference: { name: 'an image', hint: IMAGE_HINT },
};

function unsupported(node: RootContent, context: BodyContext): InputError {
  const line = context.firstLine + (node.position?.start.line ?? 1) - 1;
  const { name, hint } = UNSUPPORTED[node.type] ?? { name: `Markdown '${node.type}'`, hint: BODY_HINT };
  return new InputError(context.file, `line ${line}`, `${name} is not supported in the body (${hint})`);
}
