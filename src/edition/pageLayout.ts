import path from 'node:path';
import { InputError } from '../errors.js';
import { parseJson, checkAgainstSchema, readInputText } from '../layout-spec/load.js';
import { resolveTypography, type ResolvedLayout } from '../layout-spec/resolve.js';
import { defaultOutput } from '../layout-spec/schema.js';
import { mmToPt } from '../layout-spec/units.js';
import { editionJsonSchemas } from './jsonSchemas.js';
import { pageLayoutSchema, type PageLayoutFile } from './pageLayoutSchema.js';

/** A page layout resolved: its typography (a layout without stories, for the furniture) and its live area. */
export interface ResolvedPageLayout {
  filePath: string;
  file: PageLayoutFile;
  typography: ResolvedLayout;
  /** Where stories go: below the masthead or running head, above the folio; in points from the page's top. */
  liveArea: VerticalBand;
  /** Grid rows in each band of the module grid (the last band takes the rows left over). */
  rowsPerModuleRow: number;
  /** Room a jump line takes from its module: the jump line style's leading, rounded up to whole grid rows. */
  jumpRowPt: number;
}

export interface VerticalBand {
  topPt: number;
  bottomPt: number;
}

/** Reads, checks and resolves a page layout; every problem is one line naming the file and the field. */
export function loadPageLayout(filePath: string): ResolvedPageLayout {
  const text = readInputText(filePath, 'page layout file');
  const file = checkAgainstSchema(parseJson(text.replace(/^\uFEFF/, ''), filePath), filePath, pageLayoutSchema, () => editionJsonSchemas().pageLayout);
  // Pages take their profile from the edition, not from a page layout.
  const typography: ResolvedLayout = { ...resolveTypography(file, filePath), variants: [], output: defaultOutput() };
  const fail = (where: string, problem: string): never => {
    throw new InputError(filePath, where, problem);
  };
  const { furniture } = file;
  const styleNames = [
    ['furniture.folio.style', furniture.folio.style],
    ['furniture.jumpLine.style', furniture.jumpLine.style],
    ...(furniture.runningHead ? [['furniture.runningHead.style', furniture.runningHead.style]] : []),
    ...(furniture.masthead ? [['furniture.masthead.style', furniture.masthead.style]] : []),
    ...(furniture.masthead?.dateLine ? [['furniture.masthead.dateLine.style', furniture.masthead.dateLine.style]] : []),
  ];
  for (const [where, name] of styleNames) {
    if (!typography.styles.has(name!)) fail(where!, `unknown style '${name}' (known: ${[...typography.styles.keys()].join(', ')})`);
  }
  for (const placeholder of ['{page}', '{date}']) {
    if (!furniture.folio.format.includes(placeholder)) fail('furniture.folio.format', `must contain ${placeholder}: every folio carries the page number and the date`);
  }
  if (!furniture.jumpLine.continuedOn.includes('{page}')) fail('furniture.jumpLine.continuedOn', 'must contain {page}');
  if (!furniture.jumpLine.continuedFrom.includes('{page}')) fail('furniture.jumpLine.continuedFrom', 'must contain {page}');

  const { margins } = typography.page;
  const bottomPt = typography.page.heightPt - margins.bottomPt - mmToPt(furniture.folio.heightMm);
  if (furniture.masthead && furniture.runningHead) fail('furniture', 'a page has a masthead or a running head, not both');
  const headMm = furniture.masthead ? furniture.masthead.heightMm + (furniture.masthead.dateLine?.heightMm ?? 0) : (furniture.runningHead?.heightMm ?? 0);
  const liveArea = { topPt: margins.topPt + mmToPt(headMm), bottomPt };
  const rowsPerModuleRow = Math.floor(Math.floor((liveArea.bottomPt - liveArea.topPt) / typography.grid.stepPt) / file.moduleRows);
  if (rowsPerModuleRow < 1) fail('moduleRows', `${file.moduleRows} module rows leave less than a grid row each`);
  const jumpLeadingPt = typography.styles.get(furniture.jumpLine.style)!.leadingPt;
  const jumpRowPt = Math.ceil(jumpLeadingPt / typography.grid.stepPt - 1e-9) * typography.grid.stepPt;
  return { filePath, file, typography, liveArea, rowsPerModuleRow, jumpRowPt };
}

/** Page layouts by absolute path, each read once per process. */
export class PageLayouts {
  private readonly byPath = new Map<string, ResolvedPageLayout>();

  get(filePath: string): ResolvedPageLayout {
    const key = path.resolve(filePath);
    let layout = this.byPath.get(key);
    if (!layout) {
      layout = loadPageLayout(filePath);
      this.byPath.set(key, layout);
    }
    return layout;
  }
}
