import { existsSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import path from 'node:path';
import { PDFDocument, PDFRawStream } from 'pdf-lib';
import { PDFParse } from 'pdf-parse';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/load.js';
import { loadManifest } from '../../src/edition/loadManifest.js';
import type { ModuleRect } from '../../src/edition/plan.js';
import { readPdfLayout } from '../../src/pdf-read/readPdf.js';
import type { PdfLine, PdfPage } from '../../src/pdf-read/types.js';
import { broadsheet } from '../cliRunner.js';
import { writeSmallEdition } from './smallEdition.js';

const edition = writeSmallEdition();
const broken = writeSmallEdition({ brokenPage2: true });
afterAll(() => {
  rmSync(edition.folder, { recursive: true, force: true });
  rmSync(broken.folder, { recursive: true, force: true });
});

const out = (name: string): string => path.join(edition.folder, name);

async function pageTexts(pdfPath: string): Promise<string[]> {
  const parser = new PDFParse({ data: readFileSync(pdfPath) });
  const { pages } = await parser.getText();
  await parser.destroy();
  return pages.map((page) => page.text.replace(/\s+/g, ' '));
}

/** The raw (compressed) bytes of each page's content stream. */
async function contentStreams(pdfPath: string): Promise<Buffer[]> {
  const pdf = await PDFDocument.load(readFileSync(pdfPath));
  return pdf.getPages().map((page) => {
    const stream = page.node.Contents();
    if (!(stream instanceof PDFRawStream)) throw new Error('expected one content stream per page');
    return Buffer.from(stream.getContents());
  });
}

/** Quotes and hyphens left out: a PDF does not say which line-end hyphens were inserted, and quotes are made curly. */
const comparable = (word: string): string => word.replace(/[-‐'’‘"“”]/gu, '');

/**
 * A story's running text as read back from the PDF in one module: the lines of the module's body size inside its
 * rectangle, column by column, top to bottom, a line-end hyphen joining the word to the next line's first; the
 * initial a drop cap drew (larger type at the column's start) opens the first word.
 */
function moduleWords(page: PdfPage, rect: ModuleRect): string[] {
  // A line starts in its module, or hangs a quote or a hyphen a little into its margin.
  const inside = (line: PdfLine): boolean =>
    line.xStartPt >= rect.leftPt - line.sizePt / 2 && line.xStartPt < rect.rightPt && line.baselinePt >= rect.topPt && line.baselinePt <= rect.bottomPt;
  const columns = page.columns.map((column) => column.lines.filter(inside)).filter((lines) => lines.length > 0);
  const sizes = new Map<number, number>();
  for (const line of columns.flat()) sizes.set(line.sizePt, (sizes.get(line.sizePt) ?? 0) + line.text.length);
  const bodySizePt = [...sizes].sort((a, b) => b[1] - a[1])[0]![0];
  const initial = columns[0]!.find((line) => line.sizePt > 2 * bodySizePt && /^\p{L}$/u.test(line.text));
  const text = columns.flatMap((lines) => lines.filter((line) => line.sizePt === bodySizePt).map((line) => line.text)).join('\n');
  const words = text.replace(/-\n/gu, '').split(/\s+/u).filter(Boolean);
  if (initial) words[0] = initial.text + words[0];
  return words.map(comparable);
}

describe('broadsheet edition', () => {
  const twoJobs = broadsheet('edition', edition.manifest, '--out', out('two'), '--jobs', '2');
  const oneJob = broadsheet('edition', edition.manifest, '--out', out('one'), '--jobs', '1');

  it('writes edition.pdf and one PDF per page, and a summary', async () => {
    const result = await twoJobs;
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(readdirSync(out('two')).sort()).toEqual(['edition.pdf', 'page-01.pdf', 'page-02.pdf', 'page-03.pdf']);
    expect(result.stdout).toMatch(/^pages: 3 of 3 rendered/m);
    expect(result.stdout).toContain('stories: 5');
    expect(result.stdout).toContain('jumps: 1 (pages[0].stories[0] → page 3)');
    expect(result.stdout).toContain('overset: none');
    expect(result.stdout).toMatch(/^time: \d+ ms with 2 jobs$/m);
  });

  it('prints the page number and date in every folio, and jump lines that point at each other', async () => {
    await twoJobs;
    const texts = await pageTexts(out('two/edition.pdf'));
    expect(texts).toHaveLength(3);
    texts.forEach((text, index) => expect(text).toContain(`Friday, 14 March 2025 · Page ${index + 1}`));
    const jumps = texts.map((text) => [...text.matchAll(/Continued (on|from) Page (\d+)/g)].map((match) => `${match[1]} ${match[2]}`));
    expect(jumps).toEqual([['on 3'], [], ['from 1']]);
  });

  it('prints every word of every story once, in reading order, across its modules and pages (read back from edition.pdf)', async () => {
    await twoJobs;
    const plan = loadManifest(edition.manifest);
    const pdf = await readPdfLayout(readFileSync(out('two/edition.pdf')));
    for (const story of plan.stories) {
      const article = await loadArticle(story.articlePath);
      const expected = article.body.flatMap((paragraph) => paragraph.spans.map((span) => span.text).join('').split(/\s+/u)).filter(Boolean).map(comparable);
      const printed = story.parts.flatMap((part) => moduleWords(pdf.pages[part.page - 1]!, plan.pages[part.page - 1]!.modules[part.module]!.rect));
      // The source line closes the story's text: it is not in the body.
      const source = article.source ? `(${article.source})`.split(/\s+/u).map(comparable) : [];
      expect(printed.slice(0, printed.length - source.length), story.key).toEqual(expected);
      expect(printed.slice(printed.length - source.length)).toEqual(source);
    }
  });

  it('gives each page the same content in its own PDF as in edition.pdf, and the same files whatever the job count', async () => {
    await Promise.all([twoJobs, oneJob]);
    const editionStreams = await contentStreams(out('two/edition.pdf'));
    for (const [index, stream] of editionStreams.entries()) {
      const [own] = await contentStreams(out(`two/page-0${index + 1}.pdf`));
      expect(own!.equals(stream), `page ${index + 1}`).toBe(true);
    }
    for (const file of readdirSync(out('two'))) expect(readFileSync(out(`one/${file}`)).equals(readFileSync(out(`two/${file}`))), file).toBe(true);
  });

  it('stops at a story with bad input with exit 2, naming it and keeping the pages already written', async () => {
    const result = await broadsheet('edition', broken.manifest, '--out', path.join(broken.folder, 'stop'), '--jobs', '1');
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/edition\.yaml: pages\[1\]\.stories\[0\]: .*brief-1\.md: images\[0\]\.src: file not found/);
    expect(result.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(path.join(broken.folder, 'stop/page-01.pdf'))).toBe(true);
    expect(existsSync(path.join(broken.folder, 'stop/edition.pdf'))).toBe(false);
  });

  it('renders the other pages with --keep-going and exits with 1', async () => {
    const result = await broadsheet('edition', broken.manifest, '--out', path.join(broken.folder, 'rest'), '--jobs', '2', '--keep-going');
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/page 2 not rendered: .*pages\[1\]\.stories\[0\]/);
    expect(readdirSync(path.join(broken.folder, 'rest')).sort()).toEqual(['edition.pdf', 'page-01.pdf', 'page-03.pdf']);
    expect(await pageTexts(path.join(broken.folder, 'rest/edition.pdf'))).toHaveLength(2);
  });
});
