import type { Article, Paragraph, TextSpan } from '../article/types.js';
import { splitInitial } from '../compose/dropCap.js';
import { splitWords } from '../inline/shape.js';
import type { ResumePoint } from '../positioned/types.js';

const SOFT_HYPHEN = '\u00AD';

/**
 * The rest of a story after the point where its module's text stopped: the same article with only the text from
 * there on (the paragraph it stopped in cut at that word, or within it after a break), headed by the jump headline,
 * without what the start already printed (deck, byline, dateline, photos, pull quotes, drop cap).
 */
export function continuationArticle(article: Article, resumeAt: ResumePoint, openedWithDropCap: boolean): Article {
  const { paragraphIndex, wordIndex, charactersSet } = resumeAt;
  const stopped = article.body[paragraphIndex];
  // The flow counts the opening paragraph's words without the initial a drop cap took.
  const flowed = stopped && paragraphIndex === 0 && openedWithDropCap ? (splitInitial(stopped)?.rest ?? stopped) : stopped;
  const body = flowed ? [paragraphFrom(flowed, wordIndex, charactersSet), ...article.body.slice(paragraphIndex + 1)] : [];
  const { deck: _deck, byline: _byline, dateline: _dateline, pullQuotes: _pullQuotes, ...kept } = article;
  return { ...kept, headline: jumpHeadline(article), images: [], dropCap: false, body };
}

/** The article's own jump headline, or the first words of its headline up to a word that can end it. */
export function jumpHeadline(article: Article): string {
  if (article.jumpHeadline) return article.jumpHeadline;
  const words = article.headline.split(/\s+/u);
  const short = words.slice(0, SHORT_HEADLINE_WORDS);
  while (short.length > 1 && WEAK_ENDINGS.has(short[short.length - 1]!.toLowerCase())) short.pop();
  return short.join(' ').replace(/[,:;–—-]+$/u, '');
}

const SHORT_HEADLINE_WORDS = 3;
/** Words a headline's short form does not end on. */
const WEAK_ENDINGS = new Set(['a', 'an', 'the', 'of', 'to', 'in', 'on', 'at', 'for', 'with', 'and', 'or', 'but', 'as', 'by', 'from', 'its', 'their']);

/** The paragraph from its `wordIndex`th word on, less the first `charactersSet` characters of that word. */
export function paragraphFrom(paragraph: Paragraph, wordIndex: number, charactersSet: number): Paragraph {
  const spans: TextSpan[] = [];
  const append = (text: string, italic: boolean, bold: boolean): void => {
    const last = spans[spans.length - 1];
    if (last && last.italic === italic && last.bold === bold) last.text += text;
    else if (text) spans.push({ text, italic, bold });
  };
  splitWords(paragraph)
    .slice(wordIndex)
    .forEach((word, index) => {
      if (index > 0) append(word.separator, false, false);
      let toDrop = index === 0 ? charactersSet : 0;
      for (const segment of word.segments) {
        const italic = segment.variant === 'italic' || segment.variant === 'boldItalic';
        const bold = segment.variant === 'bold' || segment.variant === 'boldItalic';
        let text = segment.text;
        // Soft hyphens are not set, so they do not count among the characters already set; one at the break goes too.
        while (text.length > 0 && (toDrop > 0 || (index === 0 && charactersSet > 0 && text[0] === SOFT_HYPHEN))) {
          if (text[0] !== SOFT_HYPHEN) toDrop -= 1;
          text = text.slice(1);
        }
        append(text, italic, bold);
      }
    });
  return { ...paragraph, spans };
}
