import type { Paragraph, TextSpan } from '../../src/article/types.js';
import { FontSet } from '../../src/fonts/fontSet.js';
import type { Hyphenator } from '../../src/hyphenation/hyphenator.js';
import type { ResolvedStyle } from '../../src/layout-spec/resolve.js';
import type { Item } from '../../src/linebreak/index.js';
import { minimalLayoutJson, resolveTestLayout } from '../layout-spec/minimalLayout.js';

/**
 * Styles in Newsreader at 10 pt, whose space is 458/2000 em = 2.29 pt wide (bold 2.135 pt). Glyph expansion,
 * letter-spacing and optical margins are off unless a style says otherwise, so that widths are plain sums of what the font measures.
 */
function testLayout() {
  const json = minimalLayoutJson();
  const base = {
    font: 'Newsreader',
    sizePt: 10,
    leadingPt: 12,
    hyphenate: true,
    expansionPct: 0,
    letterSpacing: { stretchEm: 0, shrinkEm: 0 },
    opticalMargins: false,
  };
  json.styles = {
    body: { ...base, align: 'justify' },
    loose: { ...base, align: 'justify', wordSpace: { stretchPct: 100, shrinkPct: 20 } },
    expanded: { ...base, align: 'justify', expansionPct: 2 },
    letterSpaced: { ...base, align: 'justify', letterSpacing: { stretchEm: 0.02, shrinkEm: 0.01 } },
    optical: { ...base, align: 'justify', opticalMargins: true },
    // Everything on, as a layout's body gets by default.
    microtype: { ...base, align: 'justify', expansionPct: 2, letterSpacing: { stretchEm: 0.02, shrinkEm: 0.01 }, opticalMargins: true },
    namesLastResort: { ...base, align: 'justify', hyphenation: { capitalized: true, capitalizedPenalty: 900 } },
    ragged: { ...base, align: 'left' },
    right: { ...base, align: 'right' },
    center: { ...base, align: 'center' },
    unhyphenated: { ...base, align: 'justify', hyphenate: false },
    hyphensAcrossColumns: { ...base, align: 'justify', hyphenation: { acrossColumns: true } },
    caps: { ...base, align: 'left', uppercase: true },
  };
  return resolveTestLayout(json);
}

export const layout = testLayout();
export const fonts = new FontSet(layout.fontFiles);
export const regular = fonts.face('Newsreader/regular');
export const bold = fonts.face('Newsreader/bold');

export function style(name: string): ResolvedStyle {
  const found = layout.styles.get(name);
  if (!found) throw new Error(`no style ${name}`);
  return found;
}

/** Width of `text` in Newsreader Regular at 10 pt. */
export const widthPt = (text: string): number => regular.widthPt(text, 10);
export const SPACE_PT = 2.29;

/** A hyphenator that allows exactly the breaks listed, so tests do not depend on the patterns. */
export function stubHyphenator(breaks: Record<string, number[]>): Hyphenator {
  return { patternLanguage: 'test', breakOffsets: (word) => breaks[word] ?? [] };
}

/** A paragraph from strings (roman) and spans. */
export function paragraph(...parts: (string | Partial<TextSpan> & { text: string })[]): Paragraph {
  return { spans: parts.map((part) => (typeof part === 'string' ? { text: part, italic: false, bold: false } : { italic: false, bold: false, ...part })) };
}

/** Items in a form a reader can compare: boxes by their text, glue and penalties by their numbers. */
export function itemKinds(items: readonly Item[], pieces: readonly ({ text: string } | null)[]): string[] {
  return items.map((item, index) => {
    if (item.type === 'box') return `box ${JSON.stringify(pieces[index]!.text)}`;
    if (item.type === 'glue') return `glue ${formatNumber(item.widthPt)} ${formatNumber(item.stretchPt)} ${formatNumber(item.shrinkPt)}`;
    return `penalty ${formatNumber(item.widthPt)} ${formatNumber(item.cost)}${item.flagged ? ' flagged' : ''}`;
  });
}

function formatNumber(value: number): string {
  if (value === Infinity) return '∞';
  if (value === -Infinity) return '-∞';
  return String(Number(value.toFixed(4)));
}
