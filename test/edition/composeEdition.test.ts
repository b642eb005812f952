import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { afterAll, describe, expect, it } from 'vitest';
import { loadArticle } from '../../src/article/load.js';
import { composeEditionPage } from '../../src/edition/composeEditionPage.js';
import { editionContext } from '../../src/edition/context.js';
import { loadManifest } from '../../src/edition/loadManifest.js';
import { overlaps } from '../../src/edition/moduleGrid.js';
import { PageLayouts } from '../../src/edition/pageLayout.js';
import type { Frame, TextFrame } from '../../src/positioned/types.js';
import { lineText } from '../../src/positioned/lineText.js';
import { writeSmallEdition } from './smallEdition.js';

const edition = writeSmallEdition();
afterAll(() => rmSync(edition.folder, { recursive: true, force: true }));

const plan = loadManifest(edition.manifest);
const context = editionContext(plan);
const pages = await Promise.all(plan.pages.map((page) => composeEditionPage(context, page)));

const STORY_ROLES = new Set(['body', 'crosshead', 'source']);

/** The words of a module's running text in reading order: column by column, lines top to bottom, hyphenated words joined. */
function storyWords(frames: readonly Frame[], rect: { leftPt: number; rightPt: number; topPt: number; bottomPt: number }): string[] {
  const inside = frames.filter(
    (frame): frame is TextFrame => frame.kind === 'text' && STORY_ROLES.has(frame.role) && frame.xPt >= rect.leftPt - 0.5 && frame.xPt < rect.rightPt && frame.yPt >= rect.topPt - 0.5 && frame.yPt < rect.bottomPt,
  );
  const lines = inside.sort((a, b) => a.xPt - b.xPt || a.yPt - b.yPt).flatMap((frame) => frame.lines);
  let text = '';
  for (const line of lines) text += line.hyphenated ? lineText(line).replace(/-$/, '') : `${lineText(line)} `;
  return text.split(/\s+/).filter(Boolean);
}

describe('an edition composed page by page', () => {
  it('prints every word of a story that jumps once, in reading order, across its two modules', async () => {
    const lead = plan.stories.find((story) => story.key === 'lead')!;
    const article = await loadArticle(lead.articlePath);
    const expected = article.body.flatMap((paragraph) => paragraph.spans.map((span) => span.text).join('').split(/\s+/)).filter(Boolean);
    const [first, second] = lead.parts.map((part) => plan.pages[part.page - 1]!.modules[part.module]!);
    // The drop cap is drawn apart: the first word's initial is in its own frame.
    const initial = pages[0]!.document.pages[0]!.frames.find((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'dropCap');
    const printed = [...storyWords(pages[0]!.document.pages[0]!.frames, first!.rect), ...storyWords(pages[2]!.document.pages[0]!.frames, second!.rect)];
    if (initial) printed[0] = lineText(initial.lines[0]!) + printed[0];
    expect(printed.filter((word) => word !== '(Staff' && word !== 'report)')).toEqual(expected.map((word) => word.replace(/'/g, '’')));
    expect(pages[0]!.report.jumps).toEqual([{ where: 'pages[0].stories[0]', toPage: 3 }]);
  });

  it('gives each page a folio with its number and the date, and jump lines with the pages they point to', () => {
    pages.forEach((page, index) => {
      const furniture = page.document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'furniture').map((frame) => lineText(frame.lines[0]!));
      expect(furniture).toContain(`The Test Gazette · Friday, 14 March 2025 · Page ${index + 1}`);
    });
    const jumpLines = (pageIndex: number): string[] =>
      pages[pageIndex]!.document.pages[0]!.frames.filter((frame): frame is TextFrame => frame.kind === 'text' && frame.role === 'jumpLine').map((frame) => lineText(frame.lines[0]!));
    expect(jumpLines(0)).toEqual(['Continued on Page 3']);
    expect(jumpLines(1)).toEqual([]);
    expect(jumpLines(2)).toEqual(['Continued from Page 1']);
  });

  it('keeps modules apart and inside the live area, and every frame of a story inside its module', () => {
    const layouts = new PageLayouts();
    plan.pages.forEach((page, pageIndex) => {
      const { liveArea, typography } = layouts.get(page.layoutPath);
      page.modules.forEach((module, index) => {
        expect(module.rect.topPt).toBeGreaterThanOrEqual(liveArea.topPt - 0.01);
        expect(module.rect.bottomPt).toBeLessThanOrEqual(liveArea.bottomPt + 0.01);
        expect(module.rect.rightPt).toBeLessThanOrEqual(typography.page.widthPt - typography.page.margins.rightPt + 0.01);
        for (const other of page.modules.slice(0, index)) expect(overlaps(module.rect, other.rect)).toBe(false);
      });
      const frames = pages[pageIndex]!.document.pages[0]!.frames.filter((frame) => frame.kind !== 'rule' && !(frame.kind === 'text' && frame.role === 'furniture'));
      for (const frame of frames) {
        const holder = page.modules.find((module) => frame.xPt >= module.rect.leftPt - 0.5 && frame.xPt + frame.widthPt <= module.rect.rightPt + 0.5 && frame.yPt >= module.rect.topPt - 0.5 && frame.yPt + frame.heightPt <= module.rect.bottomPt + 0.5);
        expect(holder, `${frame.kind} frame at ${frame.xPt.toFixed(1)}, ${frame.yPt.toFixed(1)} on page ${pageIndex + 1}`).toBeDefined();
      }
    });
  });
});

describe('loadManifest', () => {
  it('names the field of a module outside the page grid, and one overlapping another', () => {
    const plainPlan = (edit: (yaml: string) => string): string => {
      const broken = `${edition.manifest.replace(/\.yaml$/, '')}-broken.yaml`;
      writeFileSync(broken, edit(readFileSync(edition.manifest, 'utf8')));
      try {
        loadManifest(broken);
        return 'accepted';
      } catch (error) {
        return (error as Error).message.replace(edition.folder, '…');
      }
    };
    expect(plainPlan((yaml) => yaml.replace('columns: [4, 6], rows: [1, 3]', 'columns: [4, 7], rows: [1, 3]'))).toBe('…/edition-broken.yaml: pages[2].stories[1].module.columns: column 7 does not exist (the page has 6)');
    expect(plainPlan((yaml) => yaml.replace('columns: [4, 6], rows: [1, 3]', 'columns: [3, 6], rows: [1, 3]'))).toBe('…/edition-broken.yaml: pages[2].stories[1].module: overlaps the module of stories[0]');
    expect(plainPlan((yaml) => yaml.replace('continues: lead', 'continues: leed'))).toBe("…/edition-broken.yaml: pages[2].stories[0].continues: no story with id 'leed' on an earlier page");
    expect(plainPlan((yaml) => yaml.replace('section: Briefs', 'sektion: Briefs'))).toBe("…/edition-broken.yaml: pages[1]: unknown field 'sektion' (did you mean 'section'?)");
  });
});
