/** Columns of the page grid a block spans. */
export interface ColumnSpan {
  /** 1-based, inclusive. */
  first: number;
  last: number;
}
