import { mmToPt } from '../layout-spec/units.js';
import type { ModuleSpec } from './manifestSchema.js';
import type { ResolvedPageLayout } from './pageLayout.js';
import type { ModuleRect } from './plan.js';

/**
 * Places a module on its page: its columns on the page's column grid; its top and bottom on grid rows of the live
 * area, by module rows (bands of whole grid rows) or millimetres rounded down to rows. A module that ends above the
 * live area's foot leaves the module gap below it, where a rule runs. `fail` names the field (`.rows`) and the problem.
 */
export function moduleRect(pageLayout: ResolvedPageLayout, spec: ModuleSpec, fail: (field: string, problem: string) => never): ModuleRect {
  const { typography, liveArea, rowsPerModuleRow, file } = pageLayout;
  const { columns, page, grid } = typography;
  const [firstColumn, lastColumn] = spec.columns;
  if (firstColumn > lastColumn) fail('.columns', `first column ${firstColumn} is after last column ${lastColumn}`);
  if (lastColumn > columns.count) fail('.columns', `column ${lastColumn} does not exist (the page has ${columns.count})`);
  const leftPt = page.margins.leftPt + (firstColumn - 1) * (columns.widthPt + columns.gutterPt);
  const rightPt = page.margins.leftPt + lastColumn * columns.widthPt + (lastColumn - 1) * columns.gutterPt;

  const rowTopPt = (row: number): number => liveArea.topPt + row * grid.stepPt;
  let topPt: number;
  let bottomPt: number;
  if (spec.rows && spec.topMm === undefined && spec.heightMm === undefined) {
    const [firstRow, lastRow] = spec.rows;
    if (firstRow > lastRow) fail('.rows', `first row ${firstRow} is after last row ${lastRow}`);
    if (lastRow > file.moduleRows) fail('.rows', `row ${lastRow} does not exist (the page's module grid has ${file.moduleRows})`);
    topPt = rowTopPt((firstRow - 1) * rowsPerModuleRow);
    bottomPt = lastRow === file.moduleRows ? liveArea.bottomPt : rowTopPt(lastRow * rowsPerModuleRow);
  } else if (!spec.rows && spec.topMm !== undefined && spec.heightMm !== undefined) {
    topPt = rowTopPt(Math.floor(mmToPt(spec.topMm) / grid.stepPt + 1e-9));
    bottomPt = topPt + Math.floor(mmToPt(spec.heightMm) / grid.stepPt + 1e-9) * grid.stepPt;
    if (bottomPt > liveArea.bottomPt + 0.01) {
      fail('.heightMm', `the module ends ${((bottomPt - liveArea.bottomPt) * 25.4 / 72).toFixed(1)} mm below the live area (above the folio)`);
    }
    if (bottomPt <= topPt) fail('.heightMm', 'less than a grid row');
  } else {
    return fail('', 'give `rows`, or `topMm` and `heightMm`');
  }
  // The gap between modules one above the other is the upper one's: its text stops short of the rule.
  if (bottomPt < liveArea.bottomPt - 0.01) bottomPt -= mmToPt(file.moduleGapMm);
  return { leftPt, rightPt, topPt, bottomPt, firstColumn, lastColumn };
}

export function overlaps(a: ModuleRect, b: ModuleRect): boolean {
  return a.firstColumn <= b.lastColumn && b.firstColumn <= a.lastColumn && a.topPt < b.bottomPt - 0.01 && b.topPt < a.bottomPt - 0.01;
}

/** A hairline from one point to another. */
export interface RuleLine {
  x1Pt: number;
  y1Pt: number;
  x2Pt: number;
  y2Pt: number;
}

/**
 * The hairlines that part modules, as newspapers rule them: under a module with another below it (in the gap, as wide
 * as the module), and in the gutter beside a module with another to its right (as tall as they run side by side).
 */
export function rulesBetween(modules: readonly ModuleRect[], gutterPt: number, gapPt: number): RuleLine[] {
  const rules: RuleLine[] = [];
  for (const module of modules) {
    const below = modules.some((other) => other !== module && Math.abs(other.topPt - (module.bottomPt + gapPt)) < 0.01 && other.firstColumn <= module.lastColumn && module.firstColumn <= other.lastColumn);
    if (below) {
      const yPt = module.bottomPt + gapPt / 2;
      rules.push({ x1Pt: module.leftPt, y1Pt: yPt, x2Pt: module.rightPt, y2Pt: yPt });
    }
    for (const other of modules) {
      if (other.firstColumn !== module.lastColumn + 1) continue;
      const topPt = Math.max(module.topPt, other.topPt);
      const bottomPt = Math.min(module.bottomPt, other.bottomPt);
      if (bottomPt <= topPt) continue;
      const xPt = module.rightPt + gutterPt / 2;
      rules.push({ x1Pt: xPt, y1Pt: topPt, x2Pt: xPt, y2Pt: bottomPt });
    }
  }
  return rules;
}
