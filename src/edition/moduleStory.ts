import path from 'node:path';
import { readLayoutFile } from '../layout-spec/load.js';
import { resolveLayout, type ResolvedLayout } from '../layout-spec/resolve.js';
import type { LayoutFile } from '../layout-spec/schema.js';
import { ptToMm } from '../layout-spec/units.js';
import type { ResolvedPageLayout } from './pageLayout.js';
import type { ModuleRect } from './plan.js';

/** A module's rectangle with the rows its jump lines take off the top and bottom. */
export interface StoryArea {
  leftPt: number;
  rightPt: number;
  topPt: number;
  bottomPt: number;
  columnCount: number;
}

/**
 * Story layouts as set in modules. A story layout names columns of its own grid; in a module, its page is the
 * module (margins that leave exactly the module's rectangle), its grid the module's columns of the page, and its
 * baseline grid the page's step, so that every module's lines sit on the page's rows.
 */
export class ModuleLayouts {
  private readonly files = new Map<string, LayoutFile>();
  private readonly resolved = new Map<string, ResolvedLayout>();

  layoutFor(storyLayoutPath: string, area: StoryArea, pageLayout: ResolvedPageLayout): ResolvedLayout {
    const key = `${path.resolve(storyLayoutPath)} ${pageLayout.filePath} ${area.leftPt} ${area.rightPt} ${area.topPt} ${area.bottomPt}`;
    let layout = this.resolved.get(key);
    if (!layout) {
      layout = resolveLayout(moduleLayoutFile(this.file(storyLayoutPath), area, pageLayout), storyLayoutPath);
      this.resolved.set(key, layout);
    }
    return layout;
  }

  private file(storyLayoutPath: string): LayoutFile {
    const key = path.resolve(storyLayoutPath);
    let file = this.files.get(key);
    if (!file) {
      file = readLayoutFile(storyLayoutPath);
      this.files.set(key, file);
    }
    return file;
  }
}

function moduleLayoutFile(file: LayoutFile, area: StoryArea, pageLayout: ResolvedPageLayout): LayoutFile {
  const { page, columns, grid } = pageLayout.typography;
  return {
    ...file,
    page: {
      widthMm: ptToMm(page.widthPt),
      heightMm: ptToMm(page.heightPt),
      bleedMm: ptToMm(page.bleedPt),
      margins: { topMm: ptToMm(area.topPt), bottomMm: ptToMm(page.heightPt - area.bottomPt), leftMm: ptToMm(area.leftPt), rightMm: ptToMm(page.widthPt - area.rightPt) },
    },
    columns: { count: area.columnCount, gutterMm: ptToMm(columns.gutterPt) },
    baselineGrid: { ...file.baselineGrid, stepPt: grid.stepPt },
  };
}

export function storyArea(rect: ModuleRect, topReservePt: number, bottomReservePt: number): StoryArea {
  return {
    leftPt: rect.leftPt,
    rightPt: rect.rightPt,
    topPt: rect.topPt + topReservePt,
    bottomPt: rect.bottomPt - bottomReservePt,
    columnCount: rect.lastColumn - rect.firstColumn + 1,
  };
}
