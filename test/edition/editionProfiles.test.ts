import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { preflightPdf, type PreflightReport } from '../../src/preflight/preflight.js';
import { broadsheet, type CliResult } from '../cliRunner.js';
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

  it('writes page PDFs that pass the archive preflight, and says that edition.pdf is not PDF/A', async () => {
    expect(run.result().code).toBe(0);
    expect(run.result().stdout).toMatch(/^profile: archive \(the page PDFs are PDF\/A; edition\.pdf is a plain PDF, not PDF\/A\)$/m);
    for (const file of PAGE_FILES) {
      const report = await preflightPdf(run.file(file), { profile: 'archive' });
      expect(failures(report), file).toEqual([]);
      expect(report.claims, file).toEqual(['PDF/A-2a']);
    }
    const editionReport = await preflightPdf(run.file('edition.pdf'));
    expect(editionReport.claims).toEqual([]);
    expect(failures(editionReport)).toEqual([]);
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
