import type { z } from 'zod';
import { InputError } from '../../src/errors.js';
import { parseLayout } from '../../src/layout-spec/load.js';
import type { ResolvedLayout } from '../../src/layout-spec/resolve.js';
import type { layoutFileSchema } from '../../src/layout-spec/schema.js';

/** A layout file as written (defaults not yet filled in). */
export type LayoutJson = z.input<typeof layoutFileSchema>;

export const NEWSREADER_REGULAR = { package: '@expo-google-fonts/newsreader', file: '400Regular/Newsreader_400Regular.ttf' };
export const NEWSREADER_ITALIC = { package: '@expo-google-fonts/newsreader', file: '400Regular_Italic/Newsreader_400Regular_Italic.ttf' };
export const NEWSREADER_BOLD = { package: '@expo-google-fonts/newsreader', file: '700Bold/Newsreader_700Bold.ttf' };
export const FRANKLIN_REGULAR = { package: '@expo-google-fonts/libre-franklin', file: '400Regular/LibreFranklin_400Regular.ttf' };
export const FRANKLIN_BOLD = { package: '@expo-google-fonts/libre-franklin', file: '700Bold/LibreFranklin_700Bold.ttf' };
export const NOTO_EMOJI_REGULAR = { package: '@expo-google-fonts/noto-emoji', file: '400Regular/NotoEmoji_400Regular.ttf' };

/**
 * The smallest layout that resolves, with round numbers: a 254 mm (720 pt) square page, 25.4 mm (72 pt) margins,
 * two columns with a 12.7 mm (36 pt) gutter, so each column is (720 − 2·72 − 36) / 2 = 270 pt wide.
 * Tests change a copy of it (it is plain JSON data).
 */
export function minimalLayoutJson(): LayoutJson {
  return {
    name: 'Test layout',
    page: { widthMm: 254, heightMm: 254, margins: { topMm: 25.4, bottomMm: 25.4, leftMm: 25.4, rightMm: 25.4 } },
    columns: { count: 2, gutterMm: 12.7 },
    baselineGrid: { stepPt: 12 },
    fonts: {
      Newsreader: { regular: NEWSREADER_REGULAR, italic: NEWSREADER_ITALIC, bold: NEWSREADER_BOLD },
      'Libre Franklin': { regular: FRANKLIN_REGULAR, bold: FRANKLIN_BOLD },
    },
    styles: {
      body: { font: 'Newsreader', sizePt: 10, leadingPt: 12, align: 'justify', hyphenate: true },
    },
    story: [{ type: 'body' }],
  };
}

/** A copy of `json` with the field at a dotted path (`columns.count`, `story.0.image`) set to any value, valid or not. */
export function withField(json: LayoutJson, fieldPath: string, value: unknown): unknown {
  const copy = structuredClone(json) as Record<string, unknown>;
  const keys = fieldPath.split('.');
  const parent = keys.slice(0, -1).reduce<Record<string, unknown>>((object, key) => object[key] as Record<string, unknown>, copy);
  parent[keys[keys.length - 1]!] = value;
  return copy;
}

/** Resolves a layout object as if it had been read from `layouts/test.json`. */
export function resolveTestLayout(json: unknown = minimalLayoutJson(), filePath = 'layouts/test.json'): ResolvedLayout {
  return parseLayout(JSON.stringify(json, null, 2), filePath);
}

/** The one-line message resolving `json` (as if read from `file`) refuses it with. */
export function layoutErrorOf(json: unknown, file = 'layouts/test.json'): string {
  try {
    resolveTestLayout(json, file);
  } catch (error) {
    if (!(error instanceof InputError)) throw error;
    if (/[\r\n]/.test(error.message)) throw new Error(`not one line: ${error.message}`);
    return error.message;
  }
  throw new Error('expected an InputError');
}
