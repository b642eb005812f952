import { describe, expect, it } from 'vitest';
import type { ArticleDocument } from '../../src/article/document.js';
import { parseArticle, readArticleDocument } from '../../src/article/parse.js';
import { serializeArticle } from '../../src/article/serialize.js';
import type { TextSpan } from '../../src/article/types.js';

const FILE = '/news/article.md';

const span = (text: string, style: '' | 'i' | 'b' | 'ib' = ''): TextSpan => ({
  text,
  italic: style.includes('i'),
  bold: style.includes('b'),
});

const FULL: ArticleDocument = {
  headline: 'Headline: with a colon',
  deck: '2023',
  byline: 'By Someone',
  dateline: 'SHANGHAI, May 31',
  source: 'Shanghai Daily/Xinhua',
  lang: 'en-US',
  dropCap: true,
  images: [
    { id: 'aerial', src: '../images/a.jpg', caption: "A bird's-eye view. It's #1", credit: 'IC', alt: 'An aerial view' },
    { id: 'image-2', src: 'b.jpg', caption: 'true', credit: 'Chen Zhengbao', alt: 'true' },
  ],
  pullQuotes: [{ text: 'We are back on the water.', attribution: 'A commuter' }, { text: 'Unattributed: true' }],
  originalColumnEnds: ['success of the Tesla', '(Shanghai Daily/Xinhua)'],
  body: [
    { spans: [span('Plain paragraph with "quotes" and an em dash — here.')] },
    { spans: [span('A '), span('crosshead', 'i'), span(' ending in #')], kind: 'crosshead' },
    { spans: [span('Word '), span('italic', 'i'), span(' and '), span('bold', 'b'), span(' and '), span('both', 'ib'), span('.')] },
  ],
};

describe('serializeArticle', () => {
  it('writes front matter in a fixed order, then paragraphs separated by blank lines', () => {
    expect(serializeArticle({ headline: 'H', dropCap: false, body: [{ spans: [span('One.')] }, { spans: [span('Two.')] }] })).toBe(
      '---\nheadline: H\ndropCap: false\n---\n\nOne.\n\nTwo.\n',
    );
  });

  it('writes emphasis with * and **', () => {
    const markdown = serializeArticle(FULL);
    expect(markdown).toContain('\n\nWord *italic* and **bold** and ***both***.\n');
  });

  it('writes a crosshead as a ## heading and pull quotes in the front matter', () => {
    const markdown = serializeArticle(FULL);
    expect(markdown).toContain('\n\n## A *crosshead* ending in \\#\n\n');
    expect(markdown).toContain('pullQuotes:\n  - text: We are back on the water.\n    attribution: A commuter\n');
  });

  it('does not fold long front-matter values', () => {
    const headline = 'word '.repeat(40).trim();
    expect(serializeArticle({ headline, body: [{ spans: [span('x')] }] })).toContain(`headline: ${headline}\n`);
  });

  it('round-trips every field through readArticleDocument', () => {
    expect(readArticleDocument(serializeArticle(FULL), FILE)).toEqual(FULL);
  });

  it('round-trips to the Article that parseArticle builds', () => {
    const parsed = parseArticle(serializeArticle(FULL), FILE);
    expect(parsed.images.map((image) => image.srcPath)).toEqual(['/images/a.jpg', '/news/b.jpg']);
    expect(parsed.deck).toBe('2023');
    expect(parsed.images[1]?.caption).toBe('true');
  });

  it('round-trips a parsed article file', () => {
    const text = [
      '---',
      'headline: H',
      'images:',
      '  - src: a.jpg',
      '    caption: C',
      '    credit: K',
      '---',
      '',
      '**T**esla met *Chen*, _the_ **Party *Secretary***.',
      '',
      '*Italic with **bold** inside* and [a link](https://x.org).',
      '',
    ].join('\n');
    const first = readArticleDocument(text, FILE);
    expect(readArticleDocument(serializeArticle(first), FILE)).toEqual(first);
  });

  const ROUND_TRIPS: [string, TextSpan[]][] = [
    ['Markdown characters in text', [span('5 * 3 = 15, a_b_c, [x](y), `code`, <b>, back\\slash, &amp; & AT&T')]],
    ['a heading-like start', [span('# not a heading')]],
    ['a quote-like start', [span('> not a quote')]],
    ['a list-like start', [span('- not a list')]],
    ['a plus-list-like start', [span('+ not a list')]],
    ['an ordered-list-like start', [span('2022. The year')]],
    ['an ordered-list-like start with a parenthesis', [span('1) first')]],
    ['a thematic-break-like paragraph', [span('---')]],
    ['a fence-like start', [span('~~~ tilde')]],
    ['a number that is not a list', [span('3.5 million cars')]],
    ['a setext-like paragraph', [span('===')]],
    ['a drop-cap style opening', [span('T', 'b'), span('esla')]],
    ['italic inside a word', [span('un'), span('believ', 'i'), span('able')]],
    ['adjacent italic and bold', [span('a', 'i'), span('b', 'b')]],
    ['adjacent bold and italic', [span('a', 'b'), span('b', 'i')]],
    ['italic then bold-italic', [span('a', 'i'), span('b', 'ib')]],
    ['bold-italic then bold', [span('a', 'ib'), span('b', 'b')]],
    ['bold around italic', [span('x ', 'b'), span('y', 'ib'), span(' z', 'b')]],
    ['bold around italic with no spaces', [span('x', 'b'), span('y', 'ib'), span('z', 'b')]],
    ['italic around bold', [span('x ', 'i'), span('y', 'ib'), span(' z', 'i')]],
    ['italic around two bolds', [span('a', 'i'), span('b', 'ib'), span('c', 'i'), span('d', 'ib'), span('e', 'i')]],
    ['italic punctuation inside quotes', [span('"'), span('Quote.', 'i'), span('"')]],
    ['emphasised markdown characters', [span('*star*', 'i'), span(' '), span('_under_', 'b')]],
    ['a paragraph wholly bold-italic', [span('everything', 'ib')]],
    ['non-ASCII text', [span('Ünïcode “curly” — dash, 上海')]],
  ];

  it.each(ROUND_TRIPS)('round-trips %s', (_case, spans) => {
    const document: ArticleDocument = { headline: 'H', body: [{ spans }] };
    expect(readArticleDocument(serializeArticle(document), FILE).body).toEqual([{ spans }]);
  });

  it('moves spaces at the edges of a styled span outside its delimiters', () => {
    const markdown = serializeArticle({ headline: 'H', body: [{ spans: [span('a'), span(' b ', 'i'), span('c')] }] });
    expect(markdown).toContain('\na *b* c\n');
  });

  it('normalises white space in the spans it is given', () => {
    const markdown = serializeArticle({ headline: 'H', body: [{ spans: [span('  two\nlines  ')] }] });
    expect(markdown.endsWith('\n\ntwo lines\n')).toBe(true);
  });
});
