import type { Article, ArticleImage } from '../../src/article/types.js';
import { InputError } from '../../src/errors.js';
import { plainParagraph } from '../../src/article/spans.js';
import { Typesetter } from '../../src/compose/typesetter.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import type { ResolvedLayout } from '../../src/layout-spec/resolve.js';
import { minimalLayoutJson, resolveTestLayout, type LayoutJson } from '../layout-spec/minimalLayout.js';

export const ARTICLE_PATH = 'articles/ferry.md';
export const LAYOUT_PATH = 'layouts/test.json';

/**
 * The minimal two-column page (720 pt square, 72 pt margins, 270 pt columns, 36 pt gutter, 12 pt grid) with the
 * styles a story needs. Body text: Newsreader 10/12 pt, cap height 0.67 em = 6.7 pt, so row k's baseline is at
 * 72 + 12k + 6.7 pt.
 */
export function pageLayoutJson(story: LayoutJson['story']): LayoutJson {
  const json = minimalLayoutJson();
  json.styles = {
    body: { font: 'Newsreader', sizePt: 10, leadingPt: 12, align: 'justify', firstLineIndentEm: 1, hyphenate: true },
    headline: { font: 'Libre Franklin', bold: true, sizePt: 24, leadingPt: 26 },
    caption: { font: 'Libre Franklin', sizePt: 8, leadingPt: 9.5 },
    dropCap: { font: 'Libre Franklin', bold: true, sizePt: 30, leadingPt: 30 },
  };
  json.story = story;
  return json;
}

export function resolvePage(story: LayoutJson['story']): ResolvedLayout {
  return resolveTestLayout(pageLayoutJson(story), LAYOUT_PATH);
}

export function typesetterFor(layout: ResolvedLayout): Typesetter {
  return new Typesetter(layout, new FontSet(layout.fontFiles), 'en-US', ARTICLE_PATH);
}

export const images: ArticleImage[] = [
  { id: 'lead', srcPath: '/images/lead.jpg', caption: 'The ferry leaves the north pier at dawn.', credit: 'Ann Lee', alt: 'A ferry on the river' },
  { id: 'map', srcPath: '/images/map.jpg', caption: 'The old and the new route.', credit: '', alt: 'A map' },
];


/** About 230 words in five paragraphs: plain English, every character in both fonts. */
export const bodyText = [
  'The river ferry returned to service on Monday morning after a winter of repairs, and the first crossing was full before the gates opened. Commuters who had spent four months on the long road around the bay said the quiet twenty minutes on the water had been missed more than they expected.',
  'The boat has a new engine, a wider deck for bicycles and a small cafe that sells tea and warm bread. The operator said the timetable would stay as it was last year, with a crossing every half hour from six in the morning until nine at night.',
  'Passengers praised the crew, who greeted many of them by name. One teacher said she had read three novels on the road bus and would now have to find another excuse to finish the fourth.',
  'The council plans to extend the pier next summer so that two boats can load at once. Until then, the morning queue may grow, and the operator asks travellers to buy their tickets before they reach the gate.',
  'A second boat, built in the same yard, is expected in the autumn. It will carry more bicycles and run later on Friday and Saturday evenings.',
].map((text) => plainParagraph(text));

export function article(overrides: Partial<Article> = {}): Article {
  return {
    filePath: ARTICLE_PATH,
    headline: 'Ferry returns to the river',
    lang: 'en-US',
    dropCap: false,
    images,
    body: bodyText,
    ...overrides,
  };
}

/** The message of the InputError `run` throws. */
export function inputErrorOf(run: () => unknown): string {
  try {
    run();
  } catch (error) {
    if (error instanceof InputError) return error.message;
    throw error;
  }
  throw new Error('expected an InputError');
}
