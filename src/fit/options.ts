/** How far a fit may move the settings that have a measured value to start from. */
export interface FitLimits {
  /** How far the column width may move from the layout's, in mm (a page's measured width is not exact). */
  columnWidthToleranceMm: number;
  /** How far the body size may move from the layout's, in points. */
  bodySizeTolerancePt: number;
}

export interface FitOptions extends FitLimits {
  /**
   * Composes at most this many candidates (the start included): the budget, in work rather than time, so that a
   * fit gives the same layout on any machine.
   */
  maxEvaluations: number;
}

export const DEFAULT_FIT_OPTIONS: FitOptions = { maxEvaluations: 400, columnWidthToleranceMm: 0.5, bodySizeTolerancePt: 0.25 };
