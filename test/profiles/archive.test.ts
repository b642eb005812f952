import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { inflateSync } from 'node:zlib';
import { PDFDocument, PDFName, type PDFRawStream } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import type { Article } from '../../src/article/types.js';
import { parseContentStream } from '../../src/preflight/contentTokens.js';
import { preflightPdf } from '../../src/preflight/preflight.js';
import { readPdfFacts } from '../../src/preflight/readFacts.js';
import { xmpValue } from '../../src/preflight/rules.js';
import { letters, markedContentText } from '../pdfjsStructure.js';
import { PROFILED_PAGES, renderProfiled } from './profiledPages.js';

interface TreeNode {
  role?: string;
  alt?: string;
  type?: string;
  id?: string;
  children?: TreeNode[];
}

/** The structure tree as pdf.js reads it (a reader apart from preflight's), each element with the text of its marked content. */
async function taggedElements(pdf: Buffer): Promise<{ role: string; alt?: string; text: string; parent: string }[]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const page = await document.getPage(1);
  const textById = await markedContentText(page);
  const tree = (await page.getStructTree()) as TreeNode;
  const elements: { role: string; alt?: string; text: string; parent: string }[] = [];
  const visit = (node: TreeNode, parent: string): void => {
    for (const child of node.children ?? []) {
      if (child.type === 'content') continue;
      const text = (child.children ?? []).filter((kid) => kid.type === 'content').map((kid) => textById.get(kid.id!) ?? '').join(' ');
      elements.push({ role: child.role!, ...(child.alt !== undefined && { alt: child.alt }), text, parent });
      visit(child, child.role!);
    }
  };
  visit(tree.children![0]!, 'Document');
  return elements;
}

/** What the structure tree must hold, in reading order, from the article alone. */
function expectedElements(article: Article): { role: string; text: string; alt?: string }[] {
  return [
    { role: 'H1', text: article.headline },
    ...(article.deck ? [{ role: 'P', text: article.deck }] : []),
    ...(article.byline ? [{ role: 'P', text: article.byline }] : []),
    ...(article.dateline ? [{ role: 'P', text: article.dateline }] : []),
    ...article.body.map((paragraph) => ({ role: paragraph.kind === 'crosshead' ? 'H2' : 'P', text: paragraph.spans.map((span) => span.text).join('') })),
    ...(article.source ? [{ role: 'P', text: article.source }] : []),
    ...article.images.flatMap((image) => [
      { role: 'Figure', text: '', alt: image.alt },
      { role: 'Caption', text: `${image.caption} ${image.credit}` },
    ]),
    ...(article.pullQuotes ?? []).map((quote) => ({ role: 'BlockQuote', text: `${quote.text} ${quote.attribution ?? ''}` })),
  ];
}

/** Every text of the article a page prints. */
function articleTexts(article: Article): string[] {
  return [
    ...article.body.map((paragraph) => paragraph.spans.map((span) => span.text).join('')),
    ...article.images.flatMap((image) => [image.caption, image.credit]),
    ...[article.headline, article.deck, article.byline, article.dateline, article.source].filter((text): text is string => text !== undefined),
  ];
}

/** The `/ActualText` of every marked-content span in the page's content. */
function actualTexts(contentStreams: Uint8Array[]): string[] {
  return contentStreams.flatMap((stream) =>
    parseContentStream(stream).flatMap(({ operator, operands }) => {
      const properties = operands[1];
      if (operator !== 'BDC' || typeof properties !== 'object' || !('dict' in properties)) return [];
      const actual = properties.dict.get('ActualText');
      return actual && typeof actual === 'object' && 'string' in actual ? [pdfText(actual.string)] : [];
    }),
  );
}

/**
 * Spans with /ActualText opened or closed outside a text object (BT … ET). poppler gives such a span's text the
 * position of the state at its end (after pdfkit's Q, the page's corner): the word leaves its line.
 */
function actualTextsOutsideTextObjects(stream: Uint8Array): number {
  let inText = false;
  let openSpans = 0;
  let outside = 0;
  for (const { operator, operands } of parseContentStream(stream)) {
    if (operator === 'BT') inText = true;
    else if (operator === 'ET') {
      outside += openSpans;
      openSpans = 0;
      inText = false;
    } else if (operator === 'BDC') {
      const properties = operands[1];
      const hasActualText = typeof properties === 'object' && properties !== null && 'dict' in properties && properties.dict.get('ActualText') !== undefined;
      if (hasActualText) {
        if (inText) openSpans++;
        else outside++;
      }
    } else if (operator === 'EMC' && openSpans > 0 && inText) openSpans--;
  }
  return outside;
}

/** A text string's bytes (latin1) as text: UTF-16BE after its byte-order mark, else (our ASCII) as is. */
function pdfText(bytes: string): string {
  return bytes.startsWith('\xFE\xFF') ? Buffer.from(bytes.slice(2), 'latin1').swap16().toString('utf16le') : bytes;
}

describe.each(PROFILED_PAGES)('archive profile: $name', (page) => {
  it('passes the archive preflight and claims PDF/A-2a', async () => {
    const report = await preflightPdf((await renderProfiled(page, 'archive')).pdf, { profile: 'archive' });
    expect(report.rules.filter((rule) => rule.status !== 'pass')).toEqual([]);
    expect(report.claims).toEqual(['PDF/A-2a']);
  });

  it('tags the article in reading order: headline, deck, byline, paragraphs (drop cap in its word), source, figures with alt text and captions', async () => {
    const result = await renderProfiled(page, 'archive');
    const elements = await taggedElements(result.pdf);
    const expected = expectedElements(result.article);
    expect(elements.map((element) => element.role)).toEqual(expected.map((element) => element.role));
    elements.forEach((element, index) => {
      expect(letters(element.text), `${element.role} ${index}`).toBe(letters(expected[index]!.text));
      expect(element.alt).toBe(expected[index]!.alt);
    });
    expect(elements.filter((element) => element.role === 'Caption').every((element) => element.parent === 'Figure')).toBe(true);
  });

  it('gives the first part of each word broken at a line end (hyphenated, or a drop cap\'s) the whole word as /ActualText, its rest none, and records the language and metadata', async () => {
    const result = await renderProfiled(page, 'archive');
    const facts = await readPdfFacts(result.pdf);
    const document = await PDFDocument.load(result.pdf, { updateMetadata: false });
    const stream = document.getPages()[0]!.node.Contents() as PDFRawStream;
    expect(stream.dict.get(PDFName.of('Filter'))?.toString()).toBe('/FlateDecode');
    const textFrames = result.document.pages[0]!.frames.flatMap((frame) => (frame.kind === 'text' ? [frame] : []));
    const hyphenated = textFrames.flatMap((frame) => frame.lines.filter((line) => line.hyphenated));
    expect(hyphenated.length).toBeGreaterThan(0);
    const dropCaps = textFrames.filter((frame) => frame.role === 'dropCap');
    const broken = hyphenated.length + dropCaps.length;
    const spans = actualTexts([inflateSync(stream.contents)]);
    const wholeWords = spans.filter((text) => text !== '');
    // Whole words of the article (its quotes made typographic), one per broken word, each part's rest silent.
    const articleWords = new Set(articleTexts(result.article).flatMap((text) => text.split(/\s+/u).map(letters)));
    expect(wholeWords).toHaveLength(broken);
    expect(wholeWords.filter((word) => !articleWords.has(letters(word)))).toEqual([]);
    expect(spans.filter((text) => text === '')).toHaveLength(broken);
    // The drop cap stands for its paragraph's first word, the initial with it.
    for (const dropCap of dropCaps) {
      const initial = dropCap.lines[0]!.runs[0]!.text;
      const firstWord = result.article.body[0]!.spans.map((span) => span.text).join('').split(/\s+/u)[0]!;
      expect(firstWord.startsWith(initial)).toBe(true);
      expect(wholeWords).toContain(firstWord);
    }
    expect(actualTextsOutsideTextObjects(inflateSync(stream.contents))).toBe(0);
    expect(facts.lang).toBe(result.article.lang);
    expect(xmpValue(facts.xmp, 'dc:title')).toBe(result.article.headline);
    expect(xmpValue(facts.xmp, 'pdfaid:conformance')).toBe('A');
  });
});

describe('every profile', () => {
  it('is byte-identical from render to render, and different content gets a different /ID and different subset tags', async () => {
    const { renderArticle } = await import('../../src/render/renderArticle.js');
    const [seed, feature] = [PROFILED_PAGES[0], PROFILED_PAGES[2]];
    for (const profile of ['screen', 'print', 'archive'] as const) {
      const again = await renderArticle(seed.article, seed.layout, { profile });
      expect(again.pdf.equals((await renderProfiled(seed, profile)).pdf), profile).toBe(true);
      const [a, b] = await Promise.all([readPdfFacts(again.pdf), readPdfFacts((await renderProfiled(feature, profile)).pdf)]);
      expect(a.id[0]).not.toBe(b.id[0]);
      const regular = (facts: typeof a): string => facts.pages[0]!.fonts.find((font) => font.name.endsWith('+Newsreader-Regular'))!.name;
      expect(regular(a)).not.toBe(regular(b));
    }
  });
});
