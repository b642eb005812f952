import type { BodyBlockSpec, PullQuoteSlotSpec } from './schema.js';
import type { ColumnSpan } from './columnSpan.js';
import { mmToPt } from './units.js';

/** The style crossheads are set in unless the layout names one. */
export const DEFAULT_CROSSHEAD_STYLE = 'crosshead';

export interface ResolvedCrossheads {
  /** Null when the layout names none and has no `crosshead` style: crossheads are set in the body style, bold. */
  style: string | null;
  spaceAboveRows: number;
}

export interface ResolvedPullQuoteSlot {
  /** 1-based position in the article's `pullQuotes`. */
  quote: number;
  columns: ColumnSpan;
  position: 'top' | 'bottom';
  rowOffset: number;
  optional: boolean;
  style: string;
  attributionStyle: string;
  spacePt: number;
}

/** A style the layout names must exist; the default crosshead style may be missing. */
export function resolveCrossheads(
  spec: BodyBlockSpec['crossheads'],
  hasStyle: (name: string) => boolean,
  requireStyle: (name: string, where: string) => string,
  where: string,
): ResolvedCrossheads {
  const style = spec.style === undefined ? (hasStyle(DEFAULT_CROSSHEAD_STYLE) ? DEFAULT_CROSSHEAD_STYLE : null) : requireStyle(spec.style, `${where}.style`);
  return { style, spaceAboveRows: spec.spaceAboveRows };
}

export function resolvePullQuoteSlot(
  spec: PullQuoteSlotSpec,
  resolveSpan: (span: [number, number], where: string) => ColumnSpan,
  requireStyle: (name: string, where: string) => string,
  where: string,
): ResolvedPullQuoteSlot {
  return {
    quote: spec.quote,
    columns: resolveSpan(spec.columns, `${where}.columns`),
    position: spec.position,
    rowOffset: spec.rowOffset,
    optional: spec.optional,
    style: requireStyle(spec.style, `${where}.style`),
    attributionStyle: requireStyle(spec.attributionStyle, `${where}.attributionStyle`),
    spacePt: mmToPt(spec.spaceMm),
  };
}
