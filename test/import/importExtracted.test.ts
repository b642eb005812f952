import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readArticleDocument } from '../../src/article/parse.js';
import type { Paragraph } from '../../src/article/types.js';
import { InputError } from '../../src/errors.js';
import { importExtractedArticle, importExtractedText } from '../../src/import/importExtracted.js';

const SEED = readFileSync(new URL('../fixtures/shanghai-daily-tesla.txt', import.meta.url), 'utf8');
const OPTIONS = { sourceName: 'page.txt' };

const textOf = (paragraph: Paragraph | undefined) => paragraph?.spans.map((span) => span.text).join('');
const importLines = (...lines: string[]) => importExtractedArticle(lines.join('\n'), OPTIONS);

/**
 * What the seed page says, written out by hand from test/fixtures/shanghai-daily-tesla.txt: its sixteen paragraphs
 * with the drop-cap marker gone and the four sentences the printed columns cut (one across a caption) whole again.
 */
const SEED_PARAGRAPHS = [
  "Tesla CEO Elon Musk met with Chen Jining, the Party Secretary of Shanghai, last week, to discuss the expansion of Tesla's operations in China and the progress of its new energy vehicle and storage businesses.",
  'At the meeting, Chen stated that Shanghai is committed to creating a market-oriented business environment that is compatible with international economic and trade standards.',
  'He suggested that Shanghai will continue to provide a stable, efficient and convenient service policy for global companies to invest and develop in the city.',
  'In response, Musk expressed his appreciation for the warm welcome Tesla has received from Shanghai and for the success of the Tesla Gigafactory in the city.',
  "Chen also discussed potential opportunities for Tesla to expand in Shanghai's low-carbon economy, developing new green products and technologies that would meet new market demands.",
  'They expressed their hope that Tesla will continue to deepen cooperation with the city, as it moves towards becoming a green, sustainable and modern metropolis.',
  'During the meeting, Musk and the officials also discussed topics such as technological innovation, environmental protection and sustainable development.',
  'Earlier in the day, Musk visited the Tesla Shanghai Gigafactory, and lauded the plant for its production efficiency and quality.',
  'Musk congratulated the Chinese team for their amazing work and the "positive energy of getting things done."',
  `"It's been incredibly impressive how you have been able to overcome so many difficulties and so many challenges.`,
  '"Throughout the world, the cars we produce here are not just the most efficient reproduction, but also the highest quality," Musk added.',
  `Shanghai Gigafactory was viewed as a "role model" for Tesla's other factories across the world, as Gigafactories in Berlin and Texas, which were opened last year, are "replicating" its efficiency and industrial influence on a global scale.`,
  "Tesla's Shanghai plant delivered 710,000 vehicles in 2022, an increase of 48 percent from 2021.",
  "Set up in 2019, the Shanghai plant is Tesla's first Gigafactory outside the United States.",
  "The United States carmaker announced in April that it will build a new mega factory in Shanghai, which will be dedicated to manufacturing the company's energy-storage product Megapack.",
  'The new plant is scheduled to break ground in the third quarter of this year and start production in the second quarter of 2024.',
];

const SEED_IMAGES = [
  {
    id: 'image-1',
    src: 'image-1.jpg',
    caption: "A bird's-eye view of the Tesla Gigafactory in Shanghai in August 2022.",
    credit: 'IC',
    alt: "A bird's-eye view of the Tesla Gigafactory in Shanghai in August 2022.",
  },
  {
    id: 'image-2',
    src: 'image-2.jpg',
    caption: 'Shanghai Party chief Chen Jining (right) shakes hands with Tesla CEO Elon Musk.',
    credit: 'Chen Zhengbao',
    alt: 'Shanghai Party chief Chen Jining (right) shakes hands with Tesla CEO Elon Musk.',
  },
];

/** The last words of each printed column, as printed; the fifth column ends on the source line. */
const SEED_COLUMN_ENDS = ['success of the Tesla', 'new green products and', 'as it moves towards', 'Shanghai Gigafactory was', '(Shanghai Daily/Xinhua)'];

describe('importExtractedArticle on the Shanghai Daily seed', () => {
  const article = importExtractedArticle(SEED, { sourceName: 'shanghai-daily-tesla.txt' });

  it('finds the headline, the drop cap and the source line', () => {
    expect(article.headline).toBe('City Party chief discusses future green collaboration with Musk');
    expect(article.dropCap).toBe(true);
    expect(article.source).toBe('Shanghai Daily/Xinhua');
  });

  it('turns both captions into images, in order, with their credits', () => {
    expect(article.images).toEqual(SEED_IMAGES);
  });

  it('strips the drop-cap marker from the first paragraph', () => {
    expect(textOf(article.body[0])).toBe(
      "Tesla CEO Elon Musk met with Chen Jining, the Party Secretary of Shanghai, last week, to discuss the expansion of Tesla's operations in China and the progress of its new energy vehicle and storage businesses.",
    );
  });

  it('re-joins sentences cut by a column end, across the caption', () => {
    expect(textOf(article.body[3])).toBe(
      'In response, Musk expressed his appreciation for the warm welcome Tesla has received from Shanghai and for the success of the Tesla Gigafactory in the city.',
    );
    expect(textOf(article.body[5])).toBe(
      'They expressed their hope that Tesla will continue to deepen cooperation with the city, as it moves towards becoming a green, sustainable and modern metropolis.',
    );
    expect(textOf(article.body[11])).toBe(
      `Shanghai Gigafactory was viewed as a "role model" for Tesla's other factories across the world, as Gigafactories in Berlin and Texas, which were opened last year, are "replicating" its efficiency and industrial influence on a global scale.`,
    );
  });

  it('keeps paragraphs that end a sentence apart, even inside quotations', () => {
    expect(textOf(article.body[8])).toBe('Musk congratulated the Chinese team for their amazing work and the "positive energy of getting things done."');
    expect(textOf(article.body[9])).toBe(`"It's been incredibly impressive how you have been able to overcome so many difficulties and so many challenges.`);
  });

  it('reads the sixteen paragraphs of the page, each one plain span, and nothing else', () => {
    expect(article.body.map(textOf)).toEqual(SEED_PARAGRAPHS);
    for (const paragraph of article.body) expect(paragraph.spans).toEqual([{ text: textOf(paragraph), italic: false, bold: false }]);
  });

  it('records the five column ends', () => {
    expect(article.originalColumnEnds).toEqual(SEED_COLUMN_ENDS);
  });

  it('writes Markdown with the front matter and paragraphs of the page, which reads back to them', () => {
    const markdown = importExtractedText(SEED, { sourceName: 'shanghai-daily-tesla.txt' });
    expect(markdown.startsWith('---\nheadline: City Party chief discusses future green collaboration with Musk\n')).toBe(true);
    for (const line of ['source: Shanghai Daily/Xinhua', 'dropCap: true', 'originalColumnEnds:', '  - success of the Tesla', '  - (Shanghai Daily/Xinhua)']) {
      expect(markdown.split('\n')).toContain(line);
    }
    expect(markdown).toContain(`---\n\n${SEED_PARAGRAPHS[0]}\n\n${SEED_PARAGRAPHS[1]}\n`);
    expect(markdown.endsWith(`\n\n${SEED_PARAGRAPHS[15]}\n`)).toBe(true);
    const readBack = readArticleDocument(markdown, '/a/article.md');
    expect(readBack).toMatchObject({
      headline: 'City Party chief discusses future green collaboration with Musk',
      source: 'Shanghai Daily/Xinhua',
      dropCap: true,
      lang: 'en-US',
      images: SEED_IMAGES,
      originalColumnEnds: SEED_COLUMN_ENDS,
    });
    expect(readBack.body.map(textOf)).toEqual(SEED_PARAGRAPHS);
  });
});

describe('importExtractedArticle on variations', () => {
  it('takes other captions, credits and dash variants, including a multi-word credit', () => {
    const article = importLines(
      '# Headline',
      'Body starts here and goes on.',
      'The harbour at dawn - Reuters',
      'A crane lifts a container – AP Photo/Ng Han Guan',
      'More body text.',
    );
    expect(article.images.map(({ caption, credit }) => [caption, credit])).toEqual([
      ['The harbour at dawn', 'Reuters'],
      ['A crane lifts a container', 'AP Photo/Ng Han Guan'],
    ]);
    expect(article.body.map(textOf)).toEqual(['Body starts here and goes on.', 'More body text.']);
  });

  it('gives images placeholder sources with an optional prefix', () => {
    const article = importExtractedArticle('A photo — IC\n# H\nText.\nB — Xinhua\n', { ...OPTIONS, imagePrefix: '../images/' });
    expect(article.images.map((image) => [image.id, image.src])).toEqual([
      ['image-1', '../images/image-1.jpg'],
      ['image-2', '../images/image-2.jpg'],
    ]);
  });

  it('does not take a body line with a dash for a caption', () => {
    const article = importLines(
      '# H',
      '',
      'The economy grew — and so did exports.',
      '',
      'He also thanked the team — developing new ideas and',
      '',
      'products, he said.',
      '',
      'Sales rose, according to — Chen Jining of the city council',
      '',
      'and the mayor — Xu Jian said.',
    );
    expect(article.images).toEqual([]);
    expect(article.body.map(textOf)).toEqual([
      'The economy grew — and so did exports.',
      'He also thanked the team — developing new ideas and products, he said.',
      'Sales rose, according to — Chen Jining of the city council and the mayor — Xu Jian said.',
    ]);
  });

  it('ends no column at a caption between two paragraphs', () => {
    const article = importLines('# H', '', 'First paragraph ends here.', '', 'Photo of a crane. — Li Wei', '', 'Second paragraph.');
    expect(article.body.map(textOf)).toEqual(['First paragraph ends here.', 'Second paragraph.']);
    expect(article.images).toHaveLength(1);
    expect(article.originalColumnEnds).toEqual(['Second paragraph.']);
  });

  it('ends a column at a blank line inside a sentence, at any break point', () => {
    const article = importLines('# H', '', 'One two three four five', '', 'six.', '', 'Seven', '', 'eight nine.', '', 'Ten eleven.');
    expect(article.body.map(textOf)).toEqual(['One two three four five six.', 'Seven eight nine.', 'Ten eleven.']);
    expect(article.originalColumnEnds).toEqual(['two three four five', 'Seven', 'Ten eleven.']);
  });

  it('treats closing quotes after a full stop, question or exclamation mark as a sentence end', () => {
    const article = importLines('# H', 'He said "go."', '', 'She asked “why?”', '', 'They shouted "now!"', '', 'Fine, he said', '', 'quietly.');
    expect(article.body.map(textOf)).toEqual(['He said "go."', 'She asked “why?”', 'They shouted "now!"', 'Fine, he said quietly.']);
    expect(article.originalColumnEnds).toEqual(['Fine, he said', 'quietly.']);
  });

  it('continues a sentence after a closing quote that ends no sentence', () => {
    const article = importLines('# H', 'The "positive energy"', '', 'of the team.');
    expect(article.body.map(textOf)).toEqual(['The "positive energy" of the team.']);
  });

  it('re-joins a word hyphenated at a column end and records it as printed', () => {
    const article = importLines('# H', 'The company is devel-', '', 'oping new products.', '', 'A Sino-', 'German venture.');
    expect(article.body.map(textOf)).toEqual(['The company is developing new products.', 'A Sino-German venture.']);
    expect(article.originalColumnEnds).toEqual(['The company is devel-', 'A Sino- German venture.']);
  });

  it('joins lines that follow each other directly, without ending a column', () => {
    const article = importLines('# H', 'A paragraph wrapped', 'over two lines.', '', 'Next.');
    expect(article.body.map(textOf)).toEqual(['A paragraph wrapped over two lines.', 'Next.']);
    expect(article.originalColumnEnds).toEqual(['Next.']);
  });

  it('ends the last column at the last body words when there is no source line', () => {
    const article = importLines('# H', '**O**nce upon a time.', '', 'The very last words here.');
    expect(article.source).toBeUndefined();
    expect(article.originalColumnEnds).toEqual(['very last words here.']);
  });

  it('sets no drop cap when the first paragraph has no marker', () => {
    const article = importLines('# H', 'Plain start.', '', '**B**old later stays as text.');
    expect(article.dropCap).toBe(false);
    expect(textOf(article.body[0])).toBe('Plain start.');
    expect(textOf(article.body[1])).toBe('**B**old later stays as text.');
  });

  it('takes a drop cap after an opening quote', () => {
    const article = importLines('# H', '**“W**e will win,” he said.');
    expect(article.dropCap).toBe(true);
    expect(textOf(article.body[0])).toBe('“We will win,” he said.');
  });

  it('takes only the final parenthesised line as the source', () => {
    const article = importLines('# H', '(An aside in parentheses.)', '', 'Text.', '', '(Reuters)');
    expect(article.source).toBe('Reuters');
    expect(article.body.map(textOf)).toEqual(['(An aside in parentheses.)', 'Text.']);
  });

  it('ends the paragraph at the source line even mid-sentence', () => {
    const article = importLines('# H', 'Text that stops', '', '(Xinhua)');
    expect(article.body.map(textOf)).toEqual(['Text that stops']);
    expect(article.originalColumnEnds).toEqual(['(Xinhua)']);
  });

  it('reads CRLF line ends and a byte-order mark', () => {
    const article = importExtractedArticle('\uFEFF# Headline\r\n\r\nText that\r\n\r\ncontinues.\r\n', OPTIONS);
    expect(article.headline).toBe('Headline');
    expect(article.body.map(textOf)).toEqual(['Text that continues.']);
  });

  it('escapes text that would read as Markdown', () => {
    const markdown = importExtractedText('# H\n\n2022. A *starred* year_x.\n', OPTIONS);
    expect(readArticleDocument(markdown, '/a.md').body.map(textOf)).toEqual(['2022. A *starred* year_x.']);
  });
});

describe('importExtractedArticle errors', () => {
  function errorOf(text: string): string {
    try {
      importExtractedArticle(text, OPTIONS);
    } catch (error) {
      expect(error).toBeInstanceOf(InputError);
      return (error as InputError).message;
    }
    throw new Error('expected an InputError');
  }

  it.each([
    ['an empty file', '', 'page.txt: the file is empty'],
    ['a file of blank lines', '\n  \n\n', 'page.txt: the file is empty'],
    ['no headline', 'Just text.\n', "page.txt: no headline found (a line starting with '# ')"],
    ['an empty headline', 'A photo — IC\n#\nText.', 'page.txt: line 2: the headline is empty'],
    ['two headlines', '# One\nText.\n# Two\n', 'page.txt: line 3: a second headline (the first is on line 1)'],
    ['text before the headline', 'Kicker\n\n# H\nText.', 'page.txt: line 1: text before the headline (only photo captions may come before it)'],
    ['no body', 'A photo — IC\n\n# H\n\n', 'page.txt: line 3: no body text after the headline'],
    ['only a source line', '# H\n(Xinhua)\n', 'page.txt: line 1: no body text after the headline'],
  ])('reports %s', (_case, text, message) => {
    expect(errorOf(text)).toBe(message);
  });
});
