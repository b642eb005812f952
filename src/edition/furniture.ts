import { plainParagraph } from '../article/spans.js';
import { setTextBlock } from '../compose/textBlock.js';
import type { Typesetter } from '../compose/typesetter.js';
import { mmToPt } from '../layout-spec/units.js';
import type { Frame, RuleFrame } from '../positioned/types.js';
import type { ResolvedPageLayout } from './pageLayout.js';

/** What furniture lines may print: `{paper}`, `{date}` (written out), `{edition}`, `{section}`, `{page}`. */
export interface FurnitureValues {
  paper: string;
  /** YYYY-MM-DD, printed as "Friday, 14 March 2025". */
  date: string;
  edition: string;
  section: string;
  page: number;
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** The date written out, from the manifest's date alone (no locale or time zone of the machine). */
export function longDate(isoDate: string): string {
  const date = new Date(`${isoDate}T00:00:00Z`);
  return `${WEEKDAYS[date.getUTCDay()]}, ${date.getUTCDate()} ${MONTHS[date.getUTCMonth()]} ${date.getUTCFullYear()}`;
}

export function fillFormat(format: string, values: FurnitureValues): string {
  const byName: Record<string, string> = { ...values, date: longDate(values.date), page: String(values.page) };
  return format.replace(/\{(paper|date|edition|section|page)\}/gu, (_match, name: string) => byName[name]!);
}

/** A hairline across a band of the page, `yPt` from the top. */
export function horizontalRule(leftPt: number, rightPt: number, yPt: number, strokePt: number): RuleFrame {
  return { kind: 'rule', xPt: leftPt, yPt, widthPt: rightPt - leftPt, heightPt: 0, strokePt };
}

/**
 * The page's furniture: the masthead (the paper's name, then a date line between rules) or the running head with a
 * rule under it, and the folio above the bottom margin with a rule over it; each line across the page's text width,
 * aligned as its style says.
 */
export function furnitureFrames(typesetter: Typesetter, pageLayout: ResolvedPageLayout, values: FurnitureValues): Frame[] {
  const { page } = pageLayout.typography;
  const { furniture } = pageLayout.file;
  const leftPt = page.margins.leftPt;
  const rightPt = page.widthPt - page.margins.rightPt;
  const strokePt = furniture.ruleWidthPt;
  const frames: Frame[] = [];
  const line = (text: string, styleName: string, topPt: number, where: string): void => {
    frames.push(setTextBlock(typesetter, plainParagraph(text), typesetter.style(styleName), { xPt: leftPt, widthPt: rightPt - leftPt, topPt }, 'furniture', where).frame);
  };
  /** A band of the page: its line at the top, its rule at the bottom (or, for the folio, the rule at the top). */
  const band = (spec: { style: string; format: string; heightMm: number; rule: boolean }, topPt: number, ruleAbove: boolean, where: string): void => {
    const heightPt = mmToPt(spec.heightMm);
    const style = typesetter.style(spec.style);
    // The line sits in the middle of its band, clear of the rule.
    const textTopPt = topPt + (heightPt - typesetter.capHeightPt(style)) / 2;
    line(fillFormat(spec.format, values), spec.style, textTopPt, where);
    if (spec.rule) frames.push(horizontalRule(leftPt, rightPt, ruleAbove ? topPt : topPt + heightPt - strokePt, strokePt));
  };

  let topPt = page.margins.topPt;
  if (furniture.masthead) {
    line(values.paper, furniture.masthead.style, topPt, 'furniture.masthead');
    topPt += mmToPt(furniture.masthead.heightMm);
    if (furniture.masthead.dateLine) {
      frames.push(horizontalRule(leftPt, rightPt, topPt, strokePt));
      band(furniture.masthead.dateLine, topPt, false, 'furniture.masthead.dateLine');
    }
  } else if (furniture.runningHead) {
    band(furniture.runningHead, topPt, false, 'furniture.runningHead');
  }
  band(furniture.folio, pageLayout.liveArea.bottomPt, true, 'furniture.folio');
  return frames;
}
