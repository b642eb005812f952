import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFName, PDFRef, type PDFObject } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/load.js';
import { loadManifest } from '../../src/edition/loadManifest.js';
import { preflightPdf, type PreflightReport } from '../../src/preflight/preflight.js';
import { broadsheet, type CliResult } from '../cliRunner.js';
import { letters, pageStructures } from '../pdfjsStructure.js';
import { writeSmallEdition } from './smallEdition.js';

const edition = writeSmallEdition();
afterAll(() => rmSync(edition.folder, { recursive: true, force: true }));

const PAGE_FILES = ['page-01.pdf', 'page-02.pdf', 'page-03.pdf'];

/** The small edition's manifest with a `profile` line, to check that the manifest sets it and the option overrides it. */
function manifestWithProfile(profile: string): string {
  const manifestPath = path.join(edition.folder, `edition-${profile}.yaml`);
  writeFileSync(manifestPath, `profile: ${profile}\n${readFileSync(edition.manifest, 'utf8')}`);
  return manifestPath;
}

/** Edits of a good edition.pdf that break one archive rule across pages, by the rule they break. */
const CROSS_PAGE_BREAKAGES: Record<string, (document: PDFDocument) => void> = {
  // Page 2 keyed as page 1: the ParentTree can no longer tell their marked content apart.
  'parent-tree': (document) => {
    const [first, second] = document.getPages();
    second!.node.set(PDFName.of('StructParents'), first!.node.get(PDFName.of('StructParents'))!);
  },
  // An element of page 2 also holds page 1's first marked content.
  'mcid-references': (document) => {
    const [first, second] = document.getPages();
    const element = structureElements(document).find((dict) => dict.get(PDFName.of('Pg')) === second!.ref && dict.get(PDFName.of('K')) instanceof PDFArray)!;
    (element.get(PDFName.of('K')) as PDFArray).push(document.context.obj({ Type: 'MCR', Pg: first!.ref, MCID: 0 }));
  },
};

/** Every structure element, depth first. */
function structureElements(document: PDFDocument): PDFDict[] {
  const found: PDFDict[] = [];
  const visit = (object: PDFObject | undefined): void => {
    const node = object instanceof PDFRef ? document.context.lookup(object) : object;
    if (node instanceof PDFArray) node.asArray().forEach(visit);
    else if (node instanceof PDFDict && node.get(PDFName.of('S'))) {
      found.push(node);
      visit(node.get(PDFName.of('K')));
    } else if (node instanceof PDFDict) visit(node.get(PDFName.of('K')));
  };
  visit(document.catalog.get(PDFName.of('StructTreeRoot')));
  return found;
}

const failures = (report: PreflightReport): string[] => report.rules.filter((rule) => rule.status === 'fail').map((rule) => `${rule.id}: ${JSON.stringify(rule)}`);

/** One render per profile, one profile at a time (the describes run in order), shared by the checks on it. */
function renderIn(name: string, ...args: string[]): { result: () => CliResult; file: (name: string) => Buffer } {
  let result: CliResult | undefined;
  const outDir = path.join(edition.folder, name);
  beforeAll(async () => {
    result = await broadsheet('edition', ...args, '--out', outDir, '--jobs', '2');
  });
  return { result: () => result!, file: (file) => readFileSync(path.join(outDir, file)) };
}

describe('edition --profile print', () => {
  const run = renderIn('print', edition.manifest, '--profile', 'print');

  it('writes pages and edition.pdf that pass the print preflight (PDF/X-4, boxes, CMYK photos under the ink cap)', async () => {
    expect(run.result().stderr).toBe('');
    expect(run.result().code).toBe(0);
    expect(run.result().stdout).toMatch(/^profile: print$/m);
    expect(readdirSync(path.join(edition.folder, 'print')).sort()).toEqual(['edition.pdf', ...PAGE_FILES]);
    for (const file of [...PAGE_FILES, 'edition.pdf']) {
      const report = await preflightPdf(run.file(file), { profile: 'print' });
      expect(failures(report), file).toEqual([]);
      expect(report.claims, file).toEqual(['PDF/X-4']);
    }
    const editionReport = await preflightPdf(run.file('edition.pdf'), { profile: 'print' });
    expect(editionReport.pages).toHaveLength(3);
    expect(editionReport.pages.every((page) => page.trimBox && page.bleedBox)).toBe(true);
    // The lead's photo, separated for the press.
    expect(editionReport.images.map((image) => image.colourSpace)).toEqual(['DeviceCMYK']);
    expect(editionReport.images[0]!.totalInkPct).toBeLessThanOrEqual(240);
  });

  it('records the paper, the edition and its date in the pages’ and the edition’s metadata', () => {
    for (const file of ['page-01.pdf', 'edition.pdf']) {
      const text = run.file(file).toString('latin1');
      expect(text, file).toContain('<prism:publicationName>The Test Gazette</prism:publicationName>');
      expect(text, file).toContain('<prism:edition>Late</prism:edition>');
      expect(text, file).toContain('<prism:coverDate>2025-03-14</prism:coverDate>');
    }
  });
});

describe('edition with the manifest’s profile: archive', () => {
  const run = renderIn('archive', manifestWithProfile('archive'));

  it('writes page PDFs and an edition.pdf that pass the archive preflight as tagged PDF/A-2a', async () => {
    expect(run.result().code).toBe(0);
    expect(run.result().stdout).toMatch(/^profile: archive$/m);
    for (const file of [...PAGE_FILES, 'edition.pdf']) {
      const report = await preflightPdf(run.file(file), { profile: 'archive' });
      expect(failures(report), file).toEqual([]);
      expect(report.claims, file).toEqual(['PDF/A-2a']);
    }
    const text = run.file('edition.pdf').toString('latin1');
    expect(text).toContain('<dc:title><rdf:Alt><rdf:li xml:lang="x-default">The Test Gazette, Late, 2025-03-14</rdf:li></rdf:Alt></dc:title>');
  });

  it('tags edition.pdf page by page, story by story in the manifest’s order, each story’s text in its article’s order', async () => {
    const plan = loadManifest(edition.manifest);
    const articles = await Promise.all(plan.stories.map((story) => loadArticle(story.articlePath)));
    const pages = await pageStructures(run.file('edition.pdf'));
    expect(pages).toHaveLength(plan.pages.length);
    const storyLetters = plan.stories.map(() => '');
    const storyCaptions = plan.stories.map((): string[] => []);
    plan.pages.forEach((page, pageIndex) => {
      const stories = pages[pageIndex]!;
      expect(stories.map((story) => story.role), `page ${page.number}`).toEqual(page.modules.map(() => 'Art'));
      page.modules.forEach((module, index) => {
        const { parts } = plan.stories[module.story]!;
        let kids = stories[index]!.kids;
        // A continuation opens with the line from the page before and its jump head; a part that goes on ends with the line on.
        if (module.part > 0) {
          expect(letters(kids[0]!.text)).toMatch(new RegExp(`page${parts[module.part - 1]!.page}$`));
          expect(kids[1]!.role).toBe('H1');
          kids = kids.slice(2);
        }
        if (module.part < parts.length - 1) {
          expect(letters(kids.at(-1)!.text)).toMatch(new RegExp(`page${parts[module.part + 1]!.page}$`));
          kids = kids.slice(0, -1);
        }
        storyLetters[module.story] += kids.filter((kid) => kid.role !== 'Figure').map((kid) => letters(kid.text)).join('');
        storyCaptions[module.story]!.push(...kids.filter((kid) => kid.role === 'Figure').map((figure) => letters(figure.kids.map((kid) => kid.text).join(''))));
      });
    });
    articles.forEach((article, index) => {
      const texts = [article.headline, article.deck, article.byline, article.dateline, ...article.body.map((paragraph) => paragraph.spans.map((span) => span.text).join('')), article.source];
      expect(storyLetters[index], plan.stories[index]!.key).toBe(letters(texts.filter((text) => text !== undefined).join('')));
      expect(storyCaptions[index]).toEqual(article.images.map((image) => letters(`${image.caption}${image.credit}`)));
    });
  });

  it('is the same edition.pdf, byte for byte, when rendered again on one worker', async () => {
    const again = path.join(edition.folder, 'archive-again');
    expect((await broadsheet('edition', manifestWithProfile('archive'), '--out', again, '--jobs', '1')).code).toBe(0);
    expect(readFileSync(path.join(again, 'edition.pdf')).equals(run.file('edition.pdf'))).toBe(true);
  });

  it.each(Object.keys(CROSS_PAGE_BREAKAGES))('fails %s on a copy of edition.pdf broken across its pages', async (rule) => {
    const document = await PDFDocument.load(run.file('edition.pdf'), { updateMetadata: false });
    CROSS_PAGE_BREAKAGES[rule]!(document);
    const report = await preflightPdf(await document.save(), { profile: 'archive' });
    expect(report.rules.filter((result) => result.status === 'fail').map((result) => result.id)).toEqual([rule]);
  });
});

describe('edition --profile screen over a manifest’s print', () => {
  const run = renderIn('screen', manifestWithProfile('print'), '--profile', 'screen');

  it('writes plain PDFs, sRGB photos, that pass the common rules', async () => {
    expect(run.result().code).toBe(0);
    expect(run.result().stdout).toMatch(/^profile: screen$/m);
    for (const file of [...PAGE_FILES, 'edition.pdf']) {
      const report = await preflightPdf(run.file(file));
      expect(report.claims, file).toEqual([]);
      expect(failures(report), file).toEqual([]);
    }
    expect((await preflightPdf(run.file('edition.pdf'))).images.map((image) => image.colourSpace)).not.toContain('DeviceCMYK');
  });
});
