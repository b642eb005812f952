import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { InputError } from '../../src/errors.js';
import { formatPath, loadLayout, parseLayout } from '../../src/layout-spec/load.js';
import { mmToPt } from '../../src/layout-spec/units.js';
import { minimalLayoutJson, withField } from './minimalLayout.js';

const FILE = 'layouts/x.json';
const repoFile = (relative: string): string => fileURLToPath(new URL(`../../${relative}`, import.meta.url));

/** The one-line message `parseLayout` throws for `text`. */
function errorOf(text: string): string {
  try {
    parseLayout(text, FILE);
  } catch (error) {
    expect(error).toBeInstanceOf(InputError);
    const message = (error as InputError).message;
    expect(message).not.toMatch(/[\r\n]/);
    expect(message.startsWith(`${FILE}: `)).toBe(true);
    return message;
  }
  throw new Error('expected an InputError');
}

describe('loadLayout: the layouts we ship', () => {
  it('loads layouts/shanghai-daily.json: its millimetres in points, five columns, every font file present', () => {
    const file = repoFile('layouts/shanghai-daily.json');
    const json = JSON.parse(readFileSync(file, 'utf8')) as { page: { widthMm: number; heightMm: number } };
    const layout = loadLayout(file);
    expect(layout.page.widthPt).toBeCloseTo(mmToPt(json.page.widthMm), 9);
    expect(layout.page.heightPt).toBeCloseTo(mmToPt(json.page.heightMm), 9);
    expect(layout.columns.count).toBe(5);
    expect(layout.variants[0]!.story.filter((block) => block.type === 'body')).toHaveLength(1);
    expect(layout.fontFiles.size).toBeGreaterThan(0);
    for (const fontPath of layout.fontFiles.values()) expect(existsSync(fontPath)).toBe(true);
  });

  it('loads test/fixtures/layouts/four-column.json with its numbers in points', () => {
    const layout = loadLayout(repoFile('test/fixtures/layouts/four-column.json'));
    expect(layout.columns.count).toBe(4);
    // (315 − 14 − 14 − 3 × 5) / 4 = 68 mm per column.
    expect(layout.columns.widthPt).toBeCloseTo(mmToPt(68), 9);
    expect(layout.columns.gutterPt).toBeCloseTo(mmToPt(5), 9);
    expect(layout.grid).toEqual({ stepPt: 12.5, capHeightStyle: 'body' });
    expect(layout.variants[0]!.story.map((block) => block.type)).toEqual(['headline', 'deck', 'byline', 'body']);
  });

  it('names an unreadable file in one line', () => {
    expect(() => loadLayout('layouts/no-such-layout.json')).toThrow('layouts/no-such-layout.json: cannot read layout file (ENOENT)');
  });
});

describe('parseLayout: JSON syntax errors give the line and column', () => {
  it('an unexpected token (V8 gives no position for it)', () => {
    const text = ['{', '  "name": "Test",', '  "page": {', '    "widthMm": 254,', '    "heightMm": }', '}'].join('\n');
    // Line 5 is `    "heightMm": }`: 4 spaces, 11 characters of key and colon, a space, then "}" in column 17.
    expect(errorOf(text)).toBe(`${FILE}: line 5, column 17: invalid JSON (Unexpected token '}')`);
  });

  it('a missing comma (V8 gives a position)', () => {
    const text = ['{', '  "name": "Test",', '  "page": {', '    "widthMm": 254', '    "heightMm": 254', '  }', '}'].join('\n');
    expect(errorOf(text)).toBe(`${FILE}: line 5, column 5: invalid JSON (Expected ',' or '}' after property value)`);
  });

  it('a trailing comma', () => {
    expect(errorOf('{"name": "x",}')).toBe(`${FILE}: line 1, column 14: invalid JSON (Expected double-quoted property name)`);
  });

  it('an unexpected line break stays on one line', () => {
    const text = '{\n  "name": tru\n}';
    expect(errorOf(text)).toBe(`${FILE}: line 2, column 14: invalid JSON (Unexpected token '\\n')`);
  });

  it('an empty file', () => {
    expect(errorOf('')).toBe(`${FILE}: invalid JSON (Unexpected end of JSON input)`);
  });

  it('ignores a byte-order mark', () => {
    expect(parseLayout(`\uFEFF${JSON.stringify(minimalLayoutJson())}`, FILE).name).toBe('Test layout');
  });
});

describe('parseLayout: schema errors name the field path and the value', () => {
  const errorFor = (fieldPath: string, value: unknown): string => errorOf(JSON.stringify(withField(minimalLayoutJson(), fieldPath, value)));

  it('columns.count must be a positive integer', () => {
    expect(errorFor('columns.count', 0)).toBe(`${FILE}: columns.count: expected a positive integer, got 0`);
    expect(errorFor('columns.count', 2.5)).toBe(`${FILE}: columns.count: expected a positive integer, got 2.5`);
    expect(errorFor('columns.count', '2')).toBe(`${FILE}: columns.count: expected a positive integer, got "2"`);
  });

  it('sizes must be positive, margins and gutters non-negative', () => {
    expect(errorFor('page.widthMm', 0)).toBe(`${FILE}: page.widthMm: expected a positive number, got 0`);
    expect(errorFor('page.heightMm', -420)).toBe(`${FILE}: page.heightMm: expected a positive number, got -420`);
    expect(errorFor('page.margins.leftMm', -1)).toBe(`${FILE}: page.margins.leftMm: expected a non-negative number, got -1`);
    expect(errorFor('columns.gutterMm', -4)).toBe(`${FILE}: columns.gutterMm: expected a non-negative number, got -4`);
    expect(errorFor('styles.body.sizePt', 0)).toBe(`${FILE}: styles.body.sizePt: expected a positive number, got 0`);
    expect(errorFor('baselineGrid.stepPt', -12)).toBe(`${FILE}: baselineGrid.stepPt: expected a positive number, got -12`);
  });

  it('a zero margin is allowed', () => {
    expect(() => parseLayout(JSON.stringify(withField(minimalLayoutJson(), 'page.margins.topMm', 0)), FILE)).not.toThrow();
  });

  it('unknown fields are refused, wherever they are', () => {
    expect(errorFor('colour', 'red')).toBe(`${FILE}: unknown field 'colour'`);
    expect(errorFor('page.colour', 'red')).toBe(`${FILE}: page: unknown field 'colour'`);
    expect(errorFor('styles.body.kerning', true)).toBe(`${FILE}: styles.body: unknown field 'kerning'`);
  });

  it('a misspelt field gets the nearest known one of its own object, inside unions too', () => {
    const json = minimalLayoutJson() as Record<string, unknown>;
    json.colums = json.columns;
    delete json.columns;
    // The misspelling, not the field it leaves missing, is reported.
    expect(errorOf(JSON.stringify(json))).toBe(`${FILE}: unknown field 'colums' (did you mean 'columns'?)`);
    expect(errorFor('styles.body.hyphenation', { minWordLenght: 4 })).toBe(
      `${FILE}: styles.body.hyphenation: unknown field 'minWordLenght' (did you mean 'minWordLength'?)`,
    );
    expect(errorFor('story', [{ type: 'body', dropcap: {} }])).toBe(`${FILE}: story[0]: unknown field 'dropcap' (did you mean 'dropCap'?)`);
    expect(errorFor('story', [{ type: 'headline', style: 'body', heightMm: 20 }, { type: 'body' }])).toBe(`${FILE}: story[0]: unknown field 'heightMm'`);
  });

  it('a missing field is required', () => {
    const json = structuredClone(minimalLayoutJson()) as Record<string, unknown>;
    delete json.name;
    expect(errorOf(JSON.stringify(json))).toBe(`${FILE}: name: required (string)`);
  });

  it('a wrong type says what it got', () => {
    expect(errorFor('page.margins', [])).toBe(`${FILE}: page.margins: expected object, got an array`);
    expect(errorFor('styles.body.hyphenate', 'yes')).toBe(`${FILE}: styles.body.hyphenate: expected boolean, got "yes"`);
  });

  it('an unknown block type is refused at its path', () => {
    expect(errorFor('story', [{ type: 'poster' }])).toBe(
      `${FILE}: story[0].type: expected one of 'image', 'headline', 'deck', 'byline', 'dateline', 'body', got "poster"`,
    );
    expect(errorFor('story', [{ type: 'bdy' }])).toMatch(/got "bdy" \(did you mean 'body'\?\)$/);
  });
});

describe('formatPath', () => {
  it('writes array indices in brackets', () => {
    expect(formatPath(['story', 2, 'floats', 0, 'heightMm'])).toBe('story[2].floats[0].heightMm');
    expect(formatPath(['columns', 'count'])).toBe('columns.count');
    expect(formatPath([])).toBe('');
  });
});
