import type { Article } from '../article/types.js';
import { InputError } from '../errors.js';
import type { CountRange, ResolvedLayout, ResolvedVariant, VariantCondition } from '../layout-spec/resolve.js';

/** The article's words, as a variant's `when.words` counts them: what its body paragraphs print, split at spaces. */
export function bodyWordCount(article: Article): number {
  return article.body.reduce((count, paragraph) => count + paragraph.spans.map((span) => span.text).join('').split(/\s+/u).filter(Boolean).length, 0);
}

/** The first of the layout's stories whose condition the article meets; none is an error naming what the article has. */
export function chooseVariant(layout: ResolvedLayout, article: Article): ResolvedVariant {
  const words = bodyWordCount(article);
  const chosen = layout.variants.find((variant) => meets(variant.when, article, words));
  if (!chosen) throw new InputError(layout.filePath, 'variants', `no variant's \`when\` matches the article ${article.filePath} (${describeArticleShape(article, words)})`);
  return chosen;
}

/** `3 images, 612 words, deck, no byline, dateline`: what variants are chosen by. */
export function describeArticleShape(article: Article, words = bodyWordCount(article)): string {
  const images = `${article.images.length} ${article.images.length === 1 ? 'image' : 'images'}`;
  const flags = (['deck', 'byline', 'dateline'] as const).map((field) => (article[field] ? field : `no ${field}`));
  return [images, `${words} words`, ...flags].join(', ');
}

function meets(when: VariantCondition, article: Article, words: number): boolean {
  const within = (range: CountRange | undefined, count: number): boolean => !range || (count >= range.min && count <= range.max);
  const has = (wanted: boolean | undefined, value: string | undefined): boolean => wanted === undefined || wanted === Boolean(value);
  return (
    within(when.images, article.images.length) &&
    within(when.words, words) &&
    has(when.deck, article.deck) &&
    has(when.byline, article.byline) &&
    has(when.dateline, article.dateline)
  );
}
