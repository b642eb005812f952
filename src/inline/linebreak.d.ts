// The `linebreak` package (UAX #14, MIT) ships no types; this is the part of its API we use.
declare module 'linebreak' {
  export interface LineBreakOpportunity {
    /** Code-unit offset of the break: the text before it ends a line. */
    position: number;
    /** A mandatory break (a line feed). */
    required: boolean;
  }
  export default class LineBreaker {
    constructor(text: string);
    nextBreak(): LineBreakOpportunity | null;
  }
}
