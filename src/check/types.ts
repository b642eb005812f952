/** What `check` compares and reports. "Old" is the golden (`--against`), "new" the file being checked. */

export type DifferenceKind =
  | 'page-count'
  | 'page-size'
  | 'columns'
  | 'type-size'
  | 'line-spacing'
  | 'image-moved'
  | 'image-added'
  | 'image-missing'
  | 'text-changed'
  | 'lines-rewrapped'
  | 'lines-reflowed'
  | 'lines-moved'
  | 'line-length'
  | 'lines-restyled'
  | 'lines-added'
  | 'lines-missing'
  | 'pixels';

export interface Difference {
  kind: DifferenceKind;
  /** One sentence, naming where and what. */
  message: string;
  /** 1-based page where the difference is seen: in the new file, or in the golden for what is missing. */
  page?: number;
  /** 1-based column on that page. */
  column?: number;
  /** How many lines (or images) the sentence covers. */
  count?: number;
  /** For moves: new position minus old, in points (x right, y down). */
  deltaPt?: { x: number; y: number };
  /** For text changes: the words before and after. */
  before?: string;
  after?: string;
}

export interface CheckOptions {
  /** Positions and lengths may differ by this much (points); type sizes and text must match exactly. */
  tolerancePt: number;
}

export interface CheckReport {
  /** True when nothing differs beyond the tolerance. */
  ok: boolean;
  tolerancePt: number;
  /** What the golden holds. */
  compared: { pages: number; lines: number; images: number };
  differences: Difference[];
}
