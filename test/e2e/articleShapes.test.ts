import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { checkQualityTargets, measureLayoutQuality } from '../../src/metrics/index.js';
import { renderArticle } from '../../src/render/renderArticle.js';
import { broadsheet } from '../cliRunner.js';
import { generatedArticle, type ArticleShape } from '../fixtures/generatedArticle.js';

/**
 * What a news desk pours into the default layout on any night: a brief with no photo, stories with one, two and
 * three photos, each with deck, byline and dateline. Committed under test/fixtures/articles/generated (so they can be
 * rendered and looked at); `UPDATE_GENERATED=1` rewrites them from the generator.
 */
const FOLDER = 'test/fixtures/articles/generated';
const full = { deck: true, byline: true, dateline: true };
export const GENERATED_SHAPES: { file: string; shape: ArticleShape }[] = [
  { file: 'brief.md', shape: { words: 120, photos: 0, ...full, seed: 1 } },
  { file: 'one-photo.md', shape: { words: 600, photos: 1, ...full, seed: 2 } },
  { file: 'two-photos.md', shape: { words: 600, photos: 2, ...full, seed: 3 } },
  { file: 'three-photos.md', shape: { words: 600, photos: 3, ...full, seed: 4 } },
];
const PHOTO_PREFIX = '../../../../';

describe('the generated articles', () => {
  it.each(GENERATED_SHAPES)('$file is what the generator writes', ({ file, shape }) => {
    const filePath = path.join(FOLDER, file);
    const text = generatedArticle(shape, PHOTO_PREFIX);
    if (process.env.UPDATE_GENERATED === '1' || !existsSync(filePath)) writeFileSync(filePath, text);
    expect(readFileSync(filePath, 'utf8')).toBe(text);
  });
});

describe('the default layout takes every shape of article', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-shapes-'));

  it.each(GENERATED_SHAPES)('renders $file with --strict: exit 0, nothing overset, nothing left out', async ({ file }) => {
    const out = path.join(outDir, file.replace('.md', '.pdf'));
    const { code, stdout, stderr } = await broadsheet('render', path.join(FOLDER, file), '--layout', 'layouts/default.json', '--out', out, '--strict');
    expect(stderr).toBe('');
    expect(stdout).toContain('overset: none');
    expect(stdout).not.toContain('warning:');
    expect(code).toBe(0);
  });

  it.each(GENERATED_SHAPES)('prints every field of $file and meets the spacing targets', async ({ file }) => {
    const result = await renderArticle(path.join(FOLDER, file), 'layouts/default.json');
    const roles = new Set(result.document.pages[0]!.frames.flatMap((frame) => (frame.kind === 'text' ? [frame.role] : [])));
    expect([...roles].sort()).toEqual(expect.arrayContaining(['body', 'byline', 'dateline', 'deck', 'headline', 'source']));
    const printed = result.document.pages[0]!.frames.flatMap((frame) => (frame.kind === 'image' ? [frame.imageId] : []));
    expect(printed).toEqual(result.article.images.map((image) => image.id));
    const failed = checkQualityTargets(measureLayoutQuality(result.document).total).filter((target) => !target.met);
    expect(failed).toEqual([]);
  });
});

describe('the render says what it chose, what copyfitting did and what it left out', () => {
  const outDir = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-report-'));

  it('names the variant used and each photo resized, in whole grid rows', async () => {
    const { code, stdout } = await broadsheet('render', path.join(FOLDER, 'one-photo.md'), '--layout', 'layouts/default.json', '--out', path.join(outDir, 'one.pdf'));
    expect(code).toBe(0);
    expect(stdout).toMatch(/^layout: variants\[2\] "one photo"$/m);
    const resized = /^copyfit: photo 1 \(photo-1\): 150 → ([\d.]+) mm$/m.exec(stdout);
    expect(resized).not.toBeNull();
    expect(stdout).toMatch(/^copyfit: \d+ compositions tried$/m);
    const rows = ((Number(resized![1]) - 150) * 72) / 25.4 / 11.5;
    // Printed to a tenth of a millimetre: a row is 4.06 mm.
    expect(Math.abs(rows - Math.round(rows))).toBeLessThan(0.02);
  });

  it('says how much of the page a brief leaves free', async () => {
    const { stdout } = await broadsheet('render', path.join(FOLDER, 'brief.md'), '--layout', 'layouts/default.json', '--out', path.join(outDir, 'brief.pdf'));
    expect(stdout).toMatch(/^copyfit: the body ends at its content; [\d.]+ mm of the page left free below the story$/m);
  });

  it('names every element a layout has no place for, and --strict exits 1', async () => {
    const layout = 'test/fixtures/layouts/long-feature.json';
    const { code, stdout } = await broadsheet('render', path.join(FOLDER, 'two-photos.md'), '--layout', layout, '--out', path.join(outDir, 'two.pdf'), '--strict');
    expect(code).toBe(1);
    for (const element of ['images[0] (photo-1): no slot', 'images[1] (photo-2): no slot', 'deck: no deck block', 'byline: no byline block', 'dateline: no dateline block']) {
      expect(stdout).toContain(`warning: ${element}`);
    }
    expect(stdout).toContain(`warning: images[1] (photo-2): no slot in ${layout}; not printed`);
  });
});
