import type { FitLimits } from './options.js';
import type { BodyBlockSpec, LayoutFile, TextStyleSpec } from '../layout-spec/schema.js';

/** A layout file as JSON, edited in place: only the fields a fit changes are written, the rest stays as the user wrote it. */
export type LayoutJson = Record<string, unknown>;

export type ParameterValue = number | boolean | string;

/**
 * One setting the fit may change. `read` takes it from the parsed layout (defaults applied), `write` sets it in the
 * layout's JSON; `candidates` are the values tried, from the value the layout starts with.
 */
export interface FitParameter {
  name: string;
  read(layout: LayoutFile, bodyStyle: string): ParameterValue;
  write(json: LayoutJson, bodyStyle: string, value: ParameterValue, layout: LayoutFile): void;
  candidates(start: ParameterValue): ParameterValue[];
  /** The value as a reader wants it in the summary. */
  format(value: ParameterValue): string;
}


/** Column width steps: a tenth of a millimetre moves about one line end in ten at newspaper measures. */
const WIDTH_STEP_MM = 0.05;
const SIZE_STEP_PT = 0.05;

/** Values from `start - span` to `start + span` in steps, rounded so that they print as typed. */
function around(start: number, span: number, step: number, digits: number): number[] {
  const count = Math.round(span / step);
  return Array.from({ length: 2 * count + 1 }, (_, index) => Number((start + (index - count) * step).toFixed(digits)));
}

/** The start value first, then the others in order, without repeats. */
function withStart(start: ParameterValue, values: readonly ParameterValue[]): ParameterValue[] {
  return [start, ...values.filter((value) => value !== start)];
}

const numberOf = (value: ParameterValue): number => (typeof value === 'number' ? value : Number(value));

/** The JSON object at `keys`, created as needed. */
function objectAt(json: LayoutJson, keys: readonly string[]): LayoutJson {
  let object = json;
  for (const key of keys) {
    const next = object[key];
    if (typeof next !== 'object' || next === null || Array.isArray(next)) object[key] = {};
    object = object[key] as LayoutJson;
  }
  return object;
}

/** Width of a column of the grid, in mm. */
export function columnWidthMm(layout: LayoutFile): number {
  const { page, columns } = layout;
  return (page.widthMm - page.margins.leftMm - page.margins.rightMm - columns.gutterMm * (columns.count - 1)) / columns.count;
}

/** A numeric field of the body style (`path` inside it), with the values to try. */
function styleNumber(name: string, path: readonly string[], read: (style: TextStyleSpec) => number, values: (start: number) => number[], unit: string): FitParameter {
  return {
    name,
    read: (layout, bodyStyle) => read(layout.styles[bodyStyle]!),
    write: (json, bodyStyle, value) => {
      objectAt(json, ['styles', bodyStyle, ...path.slice(0, -1)])[path[path.length - 1]!] = value;
    },
    candidates: (start) => withStart(start, values(numberOf(start))),
    format: (value) => `${value}${unit}`,
  };
}

/** The body blocks' widow and orphan rules as one setting: a page set by other rules needs both changed at once. */
const WIDOW_ORPHAN_RULES = ['avoid both', 'allow widows', 'allow orphans', 'allow both'] as const;

const widowOrphanRules: FitParameter = {
  name: 'widows and orphans',
  read: (layout) => {
    const block = bodyBlocks(layout)[0];
    const widows = block?.widows === 'allow';
    const orphans = block?.orphans === 'allow';
    return widows ? (orphans ? 'allow both' : 'allow widows') : orphans ? 'allow orphans' : 'avoid both';
  },
  write: (json, _bodyStyle, value) => {
    for (const block of bodyBlocks(json as unknown as LayoutFile)) {
      block.widows = value === 'allow both' || value === 'allow widows' ? 'allow' : 'avoid';
      block.orphans = value === 'allow both' || value === 'allow orphans' ? 'allow' : 'avoid';
    }
  },
  candidates: (start) => withStart(start, WIDOW_ORPHAN_RULES),
  format: String,
};

/** The body blocks of the layout's story or of each of its variants. */
export function bodyBlocks(layout: Pick<LayoutFile, 'story' | 'variants'>): BodyBlockSpec[] {
  const stories = [layout.story ?? [], ...(layout.variants ?? []).map((variant) => variant.story)];
  return stories.flatMap((story) => story.filter((block): block is BodyBlockSpec => block.type === 'body'));
}

/**
 * The settings a fit searches, in the order it tries them: the column rules and the indent first (each moves whole
 * lines between columns), then the measure and the size (they move every line), then what decides single breaks
 * (spacing, tracking, hyphenation).
 */
export function fitParameters(limits: FitLimits): FitParameter[] {
  return [
    widowOrphanRules,
    styleNumber('indent', ['firstLineIndentEm'], (style) => style.firstLineIndentEm, () => [0, 0.5, 1, 1.5, 2], ' em'),
    {
      name: 'column width',
      read: (layout) => Number(columnWidthMm(layout).toFixed(3)),
      // The right margin gives way, so the columns keep their left edges and gutters.
      write: (json, _bodyStyle, value, layout) => {
        const { page, columns } = layout;
        const rightMm = page.widthMm - page.margins.leftMm - columns.gutterMm * (columns.count - 1) - columns.count * numberOf(value);
        objectAt(json, ['page', 'margins']).rightMm = Number(rightMm.toFixed(4));
      },
      candidates: (start) => withStart(start, around(numberOf(start), limits.columnWidthToleranceMm, WIDTH_STEP_MM, 3)),
      format: (value) => `${numberOf(value).toFixed(2)} mm`,
    },
    styleNumber('body size', ['sizePt'], (style) => style.sizePt, (start) => around(start, limits.bodySizeTolerancePt, SIZE_STEP_PT, 2), ' pt'),
    styleNumber('word space shrink', ['wordSpace', 'shrinkPct'], (style) => style.wordSpace.shrinkPct, () => [15, 20, 25, 33, 40, 50], ' %'),
    styleNumber('word space stretch', ['wordSpace', 'stretchPct'], (style) => style.wordSpace.stretchPct, () => [25, 33, 50, 75, 100, 150], ' %'),
    styleNumber('tracking stretch', ['letterSpacing', 'stretchEm'], (style) => style.letterSpacing.stretchEm, () => [0, 0.005, 0.01, 0.02, 0.03], ' em'),
    styleNumber('tracking shrink', ['letterSpacing', 'shrinkEm'], (style) => style.letterSpacing.shrinkEm, () => [0, 0.005, 0.01, 0.02], ' em'),
    styleNumber('glyph expansion', ['expansionPct'], (style) => style.expansionPct, () => [0, 1, 2, 3], ' %'),
    styleNumber('widest space', ['wordSpace', 'maxEm'], (style) => style.wordSpace.maxEm, () => [0.4, 0.5, 0.6, 0.8, 1], ' em'),
    styleNumber('tolerance', ['tolerance'], (style) => style.tolerance, () => [100, 200, 400, 1000, 3000], ''),
    styleNumber('hyphen penalty', ['hyphenation', 'penalty'], (style) => style.hyphenation.penalty, () => [0, 25, 50, 100, 200, 500], ''),
    styleNumber('hyphens in a row', ['hyphenation', 'maxConsecutive'], (style) => style.hyphenation.maxConsecutive, () => [1, 2, 3, 4], ''),
    styleNumber('letters before a hyphen', ['hyphenation', 'minBefore'], (style) => style.hyphenation.minBefore, () => [2, 3], ''),
    styleNumber('letters after a hyphen', ['hyphenation', 'minAfter'], (style) => style.hyphenation.minAfter, () => [2, 3], ''),
    styleNumber('shortest hyphenated word', ['hyphenation', 'minWordLength'], (style) => style.hyphenation.minWordLength, () => [4, 5, 6, 7], ''),
  ];
}
