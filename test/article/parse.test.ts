import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArticle, readArticleDocument } from '../../src/article/parse.js';
import { InputError } from '../../src/errors.js';

const FILE = '/articles/story/article.md';

function article(frontMatter: string, body = 'Body text.'): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

/** The error message `parseArticle` throws for `text`. */
function errorOf(text: string, file = 'article.md'): string {
  try {
    parseArticle(text, file);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    return (error as InputError).message;
  }
  throw new Error('expected an InputError');
}

const plain = (text: string) => ({ text, italic: false, bold: false });

describe('parseArticle: front matter', () => {
  it('reads every field', () => {
    const parsed = parseArticle(
      article(
        [
          'headline: Tesla meets city',
          'deck: A short deck',
          'byline: By A. Writer',
          'dateline: SHANGHAI',
          'source: Shanghai Daily/Xinhua',
          'lang: en-GB',
          'dropCap: true',
          'images:',
          '  - id: aerial',
          '    src: photos/aerial.jpg',
          '    caption: The plant.',
          '    credit: IC',
          '    alt: An aerial view of the plant',
          '  - src: /abs/handshake.jpg',
          '    caption: A handshake.',
          '    credit: Chen Zhengbao',
          'originalColumnEnds: [success of the Tesla, (Shanghai Daily/Xinhua)]',
        ].join('\n'),
      ),
      FILE,
    );
    expect(parsed).toEqual({
      filePath: FILE,
      headline: 'Tesla meets city',
      deck: 'A short deck',
      byline: 'By A. Writer',
      dateline: 'SHANGHAI',
      source: 'Shanghai Daily/Xinhua',
      lang: 'en-GB',
      dropCap: true,
      images: [
        {
          id: 'aerial',
          srcPath: '/articles/story/photos/aerial.jpg',
          caption: 'The plant.',
          credit: 'IC',
          alt: 'An aerial view of the plant',
        },
        { id: 'image-2', srcPath: '/abs/handshake.jpg', caption: 'A handshake.', credit: 'Chen Zhengbao', alt: 'A handshake.' },
      ],
      originalColumnEnds: ['success of the Tesla', '(Shanghai Daily/Xinhua)'],
      body: [{ spans: [plain('Body text.')] }],
    });
  });

  it('applies defaults: lang en-US, no drop cap, no images, no optional fields', () => {
    const parsed = parseArticle(article('headline: Only a headline'), FILE);
    expect(parsed).toEqual({
      filePath: FILE,
      headline: 'Only a headline',
      lang: 'en-US',
      dropCap: false,
      images: [],
      body: [{ spans: [plain('Body text.')] }],
    });
    expect(Object.keys(parsed)).not.toContain('deck');
  });

  it('numbers default image ids from 1 by position', () => {
    const images = ['a', 'b', 'c'].map((name) => `  - { src: ${name}.jpg, caption: C, credit: K }`).join('\n');
    const parsed = parseArticle(article(`headline: H\nimages:\n${images}`), FILE);
    expect(parsed.images.map((image) => image.id)).toEqual(['image-1', 'image-2', 'image-3']);
  });

  it('resolves a relative article path against the working directory', () => {
    const parsed = parseArticle(article('headline: H\nimages: [{ src: ../images/x.jpg, caption: C, credit: K }]'), 'a/b.md');
    expect(parsed.images[0]?.srcPath).toBe(path.resolve('images/x.jpg'));
  });

  it('canonicalises the language tag', () => {
    expect(parseArticle(article('headline: H\nlang: zh-hans-cn'), FILE).lang).toBe('zh-Hans-CN');
  });

  it('trims text fields', () => {
    expect(parseArticle(article('headline: "  Spaced  "'), FILE).headline).toBe('Spaced');
  });
});

describe('parseArticle: front-matter errors', () => {
  it.each([
    ['a missing headline', 'deck: D', 'article.md: headline: required'],
    ['an empty headline', 'headline: ""', 'article.md: headline: must not be empty'],
    ['a blank headline', 'headline: "   "', 'article.md: headline: must not be empty'],
    ['a headline with no value', 'headline:', 'article.md: headline: expected text, got nothing'],
    ['a numeric headline', 'headline: 2023', 'article.md: headline: expected text, got number 2023 (put it in quotes)'],
    ['a list as deck', 'headline: H\ndeck: [a, b]', 'article.md: deck: expected text, got a list'],
    ['an empty byline', "headline: H\nbyline: ''", 'article.md: byline: must not be empty'],
    ['a numeric dateline', 'headline: H\ndateline: 5', 'article.md: dateline: expected text, got number 5 (put it in quotes)'],
    ['an empty source', "headline: H\nsource: ''", 'article.md: source: must not be empty'],
    ['a bad language tag', 'headline: H\nlang: en_US', "article.md: lang: not a BCP 47 language tag ('en_US'; e.g. 'en-US')"],
    ['a text drop cap', 'headline: H\ndropCap: yes', "article.md: dropCap: expected true or false, got text 'yes'"],
    ['images as a mapping', 'headline: H\nimages: { src: a.jpg }', 'article.md: images: expected a list, got a mapping'],
    [
      'an image without src',
      'headline: H\nimages:\n  - { src: a.jpg, caption: C, credit: K }\n  - { caption: C, credit: K }',
      'article.md: images[1].src: required',
    ],
    ['an image without caption', 'headline: H\nimages: [{ src: a.jpg, credit: K }]', 'article.md: images[0].caption: required'],
    ['an image without credit', 'headline: H\nimages: [{ src: a.jpg, caption: C }]', 'article.md: images[0].credit: required'],
    ['an empty alt', "headline: H\nimages: [{ src: a.jpg, caption: C, credit: K, alt: '' }]", 'article.md: images[0].alt: must not be empty'],
    [
      'a bad image id',
      "headline: H\nimages: [{ id: 'my photo', src: a.jpg, caption: C, credit: K }]",
      "article.md: images[0].id: must be letters, digits, '-' or '_', starting with a letter or digit",
    ],
    [
      'duplicate image ids',
      'headline: H\nimages:\n  - { id: x, src: a.jpg, caption: C, credit: K }\n  - { id: x, src: b.jpg, caption: C, credit: K }',
      "article.md: images[1].id: duplicate id 'x' (also used by images[0])",
    ],
    [
      'an explicit id that a default id repeats',
      'headline: H\nimages:\n  - { id: image-2, src: a.jpg, caption: C, credit: K }\n  - { src: b.jpg, caption: C, credit: K }',
      "article.md: images[1].id: duplicate id 'image-2' (also used by images[0])",
    ],
    ['column ends as text', 'headline: H\noriginalColumnEnds: a b', "article.md: originalColumnEnds: expected a list, got text 'a b'"],
    ['an empty column end', "headline: H\noriginalColumnEnds: ['']", 'article.md: originalColumnEnds[0]: must not be empty'],
  ])('reports %s', (_case, frontMatter, message) => {
    expect(errorOf(article(frontMatter))).toBe(message);
  });

  it('names an unknown field and suggests the nearest known one', () => {
    expect(errorOf(article('headlin: H'))).toBe("article.md: front matter: unknown field 'headlin' (did you mean 'headline'?)");
    expect(errorOf(article('headline: H\ndropcap: true'))).toBe(
      "article.md: front matter: unknown field 'dropcap' (did you mean 'dropCap'?)",
    );
  });

  it('suggests nothing for a name far from every field', () => {
    expect(errorOf(article('headline: H\nauthor: Me'))).toBe("article.md: front matter: unknown field 'author'");
  });

  it('reads pull quotes, with and without an attribution, and checks their fields', () => {
    const parsed = parseArticle(article('headline: H\npullQuotes:\n  - text: “We are back.”\n    attribution: A commuter\n  - text: Alone'), FILE);
    expect(parsed.pullQuotes).toEqual([{ text: '“We are back.”', attribution: 'A commuter' }, { text: 'Alone' }]);
    expect(errorOf(article('headline: H\npullQuotes: [{ txt: x }]'))).toBe("article.md: pullQuotes[0]: unknown field 'txt' (did you mean 'text'?)");
    expect(errorOf(article('headline: H\npullQuotes: [{ attribution: x }]'))).toBe('article.md: pullQuotes[0].text: required');
  });

  it('checks the fields of images too', () => {
    expect(errorOf(article('headline: H\nimages: [{ src: a.jpg, caption: C, credit: K, credits: L }]'))).toBe(
      "article.md: images[0]: unknown field 'credits' (did you mean 'credit'?)",
    );
  });

  it('reports a YAML syntax error on one line with its position in the file', () => {
    const message = errorOf('---\nheadline: H\ndeck: a: b\n---\n\nText.\n');
    expect(message).toBe(
      'article.md: front matter: YAML error at line 3, column 7: Nested mappings are not allowed in compact mappings',
    );
  });

  it('reports a duplicate YAML key', () => {
    expect(errorOf('---\nheadline: H\nheadline: I\n---\n\nText.\n')).toMatch(
      /^article\.md: front matter: YAML error at line 3, column 1: Map keys must be unique$/,
    );
  });

  it('requires the front matter fences', () => {
    expect(errorOf('headline: H\n\nText.\n')).toBe("article.md: front matter: missing: the file must start with a '---' line");
    expect(errorOf('---\nheadline: H\n\nText.\n')).toBe("article.md: front matter: no closing '---' line");
  });

  it('requires a mapping', () => {
    expect(errorOf('---\n- a\n- b\n---\n\nText.\n')).toBe("article.md: front matter: expected 'field: value' lines, got a list");
    expect(errorOf('---\n---\n\nText.\n')).toBe('article.md: headline: required');
  });

  it('names the file as given', () => {
    expect(errorOf(article('deck: D'), 'stories/tesla.md')).toBe('stories/tesla.md: headline: required');
  });
});

describe('parseArticle: body', () => {
  const body = (markdown: string) => parseArticle(article('headline: H', markdown), FILE).body;

  it('splits paragraphs on blank lines and turns soft line breaks into spaces', () => {
    expect(body('First line\nsecond line.\n\nSecond paragraph.')).toEqual([
      { spans: [plain('First line second line.')] },
      { spans: [plain('Second paragraph.')] },
    ]);
  });

  it('collapses runs of white space but keeps no-break spaces', () => {
    expect(body('  Many   spaces\t\there,\u00a0kept.  ')).toEqual([{ spans: [plain('Many spaces here,\u00a0kept.')] }]);
  });

  it('reads italic and bold in both spellings', () => {
    expect(body('a *b* _c_ **d** __e__ f')).toEqual([
      {
        spans: [
          plain('a '),
          { text: 'b', italic: true, bold: false },
          plain(' '),
          { text: 'c', italic: true, bold: false },
          plain(' '),
          { text: 'd', italic: false, bold: true },
          plain(' '),
          { text: 'e', italic: false, bold: true },
          plain(' f'),
        ],
      },
    ]);
  });

  it('nests emphasis', () => {
    expect(body('**bold *both* bold** *it **both***')).toEqual([
      {
        spans: [
          { text: 'bold ', italic: false, bold: true },
          { text: 'both', italic: true, bold: true },
          { text: ' bold', italic: false, bold: true },
          plain(' '),
          { text: 'it ', italic: true, bold: false },
          { text: 'both', italic: true, bold: true },
        ],
      },
    ]);
    expect(body('***all***')).toEqual([{ spans: [{ text: 'all', italic: true, bold: true }] }]);
  });

  it('collapses white space across style boundaries', () => {
    expect(body('a \n*b*\n c')).toEqual([{ spans: [plain('a '), { text: 'b', italic: true, bold: false }, plain(' c')] }]);
  });

  it('keeps the text of links, inline and by reference, and drops definitions', () => {
    expect(body('See [the *report*](https://example.com) and [this][ref].\n\n[ref]: https://example.com/2')).toEqual([
      { spans: [plain('See the '), { text: 'report', italic: true, bold: false }, plain(' and this.')] },
    ]);
  });

  it('reads escapes and character references as text', () => {
    expect(body('5 \\* 3 \\_x\\_ &amp; &copy;')).toEqual([{ spans: [plain('5 * 3 _x_ & ©')] }]);
  });

  it('turns a hard line break into a space', () => {
    expect(body('one  \ntwo\\\nthree')).toEqual([{ spans: [plain('one two three')] }]);
  });

  it.each([
    ['a heading', '# Title', "line 5: a heading of level 1 ('#') is not supported in the body (crossheads are ##, the headline belongs in the front matter)"],
    ['a level-3 heading', '### Sub', "line 5: a heading of level 3 ('###') is not supported in the body (crossheads are ##, the headline belongs in the front matter)"],
    ['a list', '- item', 'line 5: a list is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['an ordered list', '1. item', 'line 5: a list is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['a code block', '```\ncode\n```', 'line 5: a code block is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['indented code', '    code', 'line 5: a code block is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['a block quote', '> quoted', "line 5: a block quote is not supported in the body (a pull quote goes in the front matter under 'pullQuotes')"],
    ['a thematic break', '***', "line 5: a thematic break ('---', '***') is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)"],
    ['HTML', '<div>x</div>', 'line 5: HTML is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['inline HTML', 'a <b>x</b>', 'line 5: HTML is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['inline code', 'a `b`', 'line 5: inline code is not supported in the body (only paragraphs with *italic* and **bold**, and ## crossheads)'],
    ['an image', 'a ![alt](x.jpg)', "line 5: an image is not supported in the body (list images in the front matter under 'images')"],
  ])('rejects %s, naming its line in the file', (_case, markdown, problem) => {
    expect(errorOf(article('headline: H', markdown))).toBe(`article.md: ${problem}`);
  });

  it('counts lines from the start of the file', () => {
    expect(errorOf(article('headline: H\ndeck: D', 'One.\n\nTwo.\n\n#### Sub'))).toBe(
      "article.md: line 10: a heading of level 4 ('####') is not supported in the body (crossheads are ##, the headline belongs in the front matter)",
    );
  });

  it('reads a ## heading (ATX or setext) as a crosshead, with its emphasis', () => {
    expect(body('One.\n\n## The *new* route\n\nTwo.\n\nThe pier\n--------\n\nThree.')).toEqual([
      { spans: [plain('One.')] },
      { spans: [plain('The '), { text: 'new', italic: true, bold: false }, plain(' route')], kind: 'crosshead' },
      { spans: [plain('Two.')] },
      { spans: [plain('The pier')], kind: 'crosshead' },
      { spans: [plain('Three.')] },
    ]);
  });

  it.each([
    ['opening the body', '## First\n\nText.', 'line 5: a crosshead cannot open the body (text must come first)'],
    ['ending the body', 'Text.\n\n## Last', 'line 7: a crosshead must be followed by text (it ends the body)'],
    ['followed by another', 'Text.\n\n## One\n\n## Two\n\nMore.', 'line 9: a crosshead must be followed by text, not another crosshead'],
  ])('refuses a crosshead %s, naming its line', (_case, markdown, problem) => {
    expect(errorOf(article('headline: H', markdown))).toBe(`article.md: ${problem}`);
  });

  it('rejects an empty body', () => {
    expect(errorOf(article('headline: H', ''))).toBe('article.md: body: empty (write the article text after the front matter)');
    expect(errorOf('---\nheadline: H\n---')).toBe('article.md: body: empty (write the article text after the front matter)');
  });
});

describe('parseArticle: text encoding', () => {
  it('reads CRLF line ends and a byte-order mark', () => {
    const text = '\uFEFF---\r\nheadline: H\r\n---\r\n\r\nOne\r\nline.\r\n\r\nTwo.\r\n';
    expect(parseArticle(text, FILE).body).toEqual([{ spans: [plain('One line.')] }, { spans: [plain('Two.')] }]);
  });
});

describe('readArticleDocument', () => {
  it('keeps image sources as written, with ids and alts filled in', () => {
    const document = readArticleDocument(article('headline: H\nimages: [{ src: ../x.jpg, caption: C, credit: K }]'), FILE);
    expect(document.images).toEqual([{ id: 'image-1', src: '../x.jpg', caption: 'C', credit: 'K', alt: 'C' }]);
  });
});
