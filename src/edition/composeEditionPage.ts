import { plainParagraph } from '../article/spans.js';
import { setTextBlock } from '../compose/textBlock.js';
import { Typesetter } from '../compose/typesetter.js';
import type { FontSet } from '../fonts/fontSet.js';
import { mmToPt } from '../layout-spec/units.js';
import { POSITIONED_SCHEMA_VERSION, type Frame, type ImageFrame, type LayoutWarning, type PositionedDocument } from '../positioned/types.js';
import { fillFormat, furnitureFrames } from './furniture.js';
import { rulesBetween } from './moduleGrid.js';
import type { PageLayouts } from './pageLayout.js';
import type { EditionPlan, PagePlan } from './plan.js';
import type { StoryComposer } from './stories.js';

/** What a page holds, for the edition's summary. */
export interface PageReport {
  page: number;
  /** Stories that start on the page. */
  stories: number;
  /** Jumps out of the page: the story and the page it continues on. */
  jumps: { where: string; toPage: number }[];
  /** Stories whose text did not all fit, with the module where it stopped. */
  overset: { where: string; wordCount: number; firstWords: string }[];
  warnings: LayoutWarning[];
}

export interface ComposedEditionPage {
  document: PositionedDocument;
  report: PageReport;
  /** For each photo on the page, the story it belongs to, to name in an error: `pages[0].stories[1]: a.md: images[0].src`. */
  photoOwners: Map<ImageFrame, string>;
}

export interface EditionContext {
  plan: EditionPlan;
  pageLayouts: PageLayouts;
  stories: StoryComposer;
  fonts: FontSet;
}

/**
 * Composes one page of the edition: its furniture, each module's story (or the part of one a jump brings here) with
 * the jump lines that send the reader on and bring them back, and the rules between modules.
 */
export async function composeEditionPage(context: EditionContext, page: PagePlan): Promise<ComposedEditionPage> {
  const { plan, pageLayouts, stories, fonts } = context;
  const pageLayout = pageLayouts.get(page.layoutPath);
  const { typography, file } = pageLayout;
  const typesetter = new Typesetter(typography, fonts, plan.lang, plan.manifestPath);
  const values = { paper: plan.paper, date: plan.date, edition: plan.edition, section: page.section, page: page.number };
  const frames: Frame[] = furnitureFrames(typesetter, pageLayout, values);
  const report: PageReport = { page: page.number, stories: 0, jumps: [], overset: [], warnings: [] };
  const jumpStyle = typesetter.style(file.furniture.jumpLine.style);
  const photoOwners = new Map<ImageFrame, string>();

  // Each module's frames carry its place in the page's reading order, the manifest's order of the page's stories.
  for (const [storyIndex, module] of page.modules.entries()) {
    const story = plan.stories[module.story]!;
    const composed = await stories.part(module.story, module.part);
    const { area } = composed;
    if (module.part === 0) report.stories += 1;
    const jumpLine = (format: string, toPage: number, topPt: number): void => {
      const text = fillFormat(format, { ...values, page: toPage });
      const { frame } = setTextBlock(typesetter, plainParagraph(text), jumpStyle, { xPt: area.leftPt, widthPt: area.rightPt - area.leftPt, topPt }, 'jumpLine', `${module.where} jump line`);
      frames.push({ ...frame, storyIndex });
    };
    if (!composed.document) {
      report.warnings.push({ where: module.where, message: `the story ended in the module before; this module stays empty` });
      continue;
    }
    // The line that brings the reader here goes before the story's frames: it is read first (see `planPage`).
    if (module.part > 0) jumpLine(file.furniture.jumpLine.continuedFrom, story.parts[module.part - 1]!.page, module.rect.topPt);
    for (const composedFrame of composed.document.pages[0]!.frames) {
      const frame = composedFrame.kind === 'rule' ? composedFrame : { ...composedFrame, storyIndex };
      frames.push(frame);
      if (frame.kind !== 'image') continue;
      const imageIndex = composed.article!.images.findIndex((image) => image.id === frame.imageId);
      photoOwners.set(frame, `${module.where}: ${composed.article!.filePath}: images[${imageIndex}].src`);
    }
    for (const warning of composed.document.warnings) report.warnings.push({ where: `${module.where}: ${warning.where}`, message: warning.message });

    const next = story.parts[module.part + 1];
    const overset = composed.document.overset;
    if (overset && next) {
      jumpLine(file.furniture.jumpLine.continuedOn, next.page, area.bottomPt + (pageLayout.jumpRowPt - typesetter.capHeightPt(jumpStyle)) / 2);
      report.jumps.push({ where: module.where, toPage: next.page });
    } else if (overset) {
      report.overset.push({ where: module.where, wordCount: overset.wordCount, firstWords: overset.firstWords });
    } else if (next) {
      report.warnings.push({ where: module.where, message: `the story fits here; its continuation on page ${next.page} stays empty` });
    }
  }

  const gapPt = mmToPt(file.moduleGapMm);
  for (const rule of rulesBetween(page.modules.map((module) => module.rect), typography.columns.gutterPt, gapPt)) {
    frames.push({ kind: 'rule', xPt: rule.x1Pt, yPt: rule.y1Pt, widthPt: rule.x2Pt - rule.x1Pt, heightPt: rule.y2Pt - rule.y1Pt, strokePt: file.furniture.ruleWidthPt });
  }

  const document: PositionedDocument = {
    schemaVersion: POSITIONED_SCHEMA_VERSION,
    title: `${plan.paper}, ${plan.date}, page ${page.number}`,
    lang: plan.lang,
    fonts: fontsDrawnBy(frames, fonts),
    pages: [{ widthPt: typography.page.widthPt, heightPt: typography.page.heightPt, bleedPt: typography.page.bleedPt, frames }],
    overset: null,
    warnings: report.warnings,
  };
  return { document, report, photoOwners };
}

/** The faces the page's runs draw with, by id: the same list whichever pages a worker composed before. */
function fontsDrawnBy(frames: readonly Frame[], fonts: FontSet): PositionedDocument['fonts'] {
  const ids = new Set<string>();
  for (const frame of frames) if (frame.kind === 'text') for (const line of frame.lines) for (const run of line.runs) ids.add(run.fontId);
  return [...ids].sort().map((id) => {
    const face = fonts.face(id);
    return { id, path: face.path, unitsPerEm: face.font.unitsPerEm };
  });
}
