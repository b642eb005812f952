import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { compareSnapshots, DEFAULT_TOLERANCE_PT } from '../check/compareSnapshots.js';
import type { CheckReport } from '../check/types.js';
import { InputError } from '../errors.js';
import { formatTrace } from '../snapshot/formatTrace.js';
import { parseTrace } from '../snapshot/parseTrace.js';
import { snapshotPdf } from '../snapshot/snapshotPdf.js';

/**
 * The pages a layout regression check re-renders, read from a list file (`test/golden/pages.json`) so that a
 * newsroom adds its own pages without editing code:
 *
 *     { "pages": [{ "article": "…/story.md", "layout": "…/page.json", "golden": "story.trace", "notes": "…" }] }
 *
 * Paths are relative to the list file, as an article's photos are to the article.
 */
export interface GoldenPage {
  /** The golden's file name without `.trace`: names the page in reports and its files in the output folder. */
  name: string;
  /** Article, layout and golden trace, joined onto the list file's folder. */
  article: string;
  layout: string;
  golden: string;
  /** Why the page is in the list, for whoever reads a failure. */
  notes?: string;
}

const ENTRY_FIELDS = ['article', 'layout', 'golden', 'notes'] as const;

/** Reads and checks a list of golden pages; a bad entry is one InputError naming the list file and the field. */
export function loadGoldenPages(listPath: string): GoldenPage[] {
  let text: string;
  try {
    text = readFileSync(listPath, 'utf8');
  } catch (error) {
    throw new InputError(listPath, '', `cannot read (${(error as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    throw new InputError(listPath, '', `invalid JSON (${(error as Error).message.split('\n')[0]})`);
  }
  if (!isRecord(json)) throw new InputError(listPath, '', 'expected an object with a "pages" array');
  const unknownTop = Object.keys(json).filter((key) => key !== 'pages');
  if (unknownTop.length > 0) throw new InputError(listPath, unknownTop[0]!, 'unknown field (the list has only "pages")');
  if (!Array.isArray(json.pages) || json.pages.length === 0) throw new InputError(listPath, 'pages', 'expected a non-empty array of pages');

  const folder = path.dirname(listPath);
  const seen = new Map<string, number>();
  return json.pages.map((entry: unknown, index): GoldenPage => {
    const where = `pages[${index}]`;
    if (!isRecord(entry)) throw new InputError(listPath, where, 'expected an object with "article", "layout" and "golden"');
    const unknown = Object.keys(entry).find((key) => !(ENTRY_FIELDS as readonly string[]).includes(key));
    if (unknown !== undefined) throw new InputError(listPath, `${where}.${unknown}`, `unknown field (expected ${ENTRY_FIELDS.join(', ')})`);
    const field = (name: (typeof ENTRY_FIELDS)[number]): string => {
      const value = entry[name];
      if (typeof value !== 'string' || value.trim() === '') {
        throw new InputError(listPath, `${where}.${name}`, value === undefined ? 'required (a path)' : 'expected a non-empty string');
      }
      return value;
    };
    const inFolder = (name: (typeof ENTRY_FIELDS)[number]): string => {
      const value = field(name);
      return path.isAbsolute(value) ? value : path.join(folder, value);
    };
    const page: GoldenPage = { name: '', article: inFolder('article'), layout: inFolder('layout'), golden: inFolder('golden') };
    for (const name of ['article', 'layout'] as const) {
      if (!isFile(page[name])) throw new InputError(listPath, `${where}.${name}`, `file not found (${entry[name] as string})`);
    }
    if (!page.golden.endsWith('.trace')) throw new InputError(listPath, `${where}.golden`, `expected a .trace file name, got "${entry.golden as string}"`);
    page.name = path.basename(page.golden, '.trace');
    const earlier = seen.get(page.golden);
    if (earlier !== undefined) throw new InputError(listPath, `${where}.golden`, `the same golden as pages[${earlier}]`);
    seen.set(page.golden, index);
    if (entry.notes !== undefined) page.notes = field('notes');
    return page;
  });
}

/** The trace of a rendered PDF, as a golden holds it. */
export async function traceOfPdf(pdf: Uint8Array, label: string): Promise<string> {
  return formatTrace(await snapshotPdf(pdf, label));
}

/**
 * Compares a page's new trace with its golden. Both sides go through the trace format, so they are rounded alike.
 * A missing golden is an InputError that says how to create one.
 */
export function compareWithGolden(trace: string, page: GoldenPage, tolerancePt = DEFAULT_TOLERANCE_PT): CheckReport {
  let goldenText: string;
  try {
    goldenText = readFileSync(page.golden, 'utf8');
  } catch {
    throw new InputError(page.golden, '', 'file not found (run `npm run update:goldens` to create it, then review and commit it)');
  }
  return compareSnapshots(parseTrace(goldenText, page.golden), parseTrace(trace, `${page.name} (rendered)`), { tolerancePt });
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function isFile(filePath: string): boolean {
  return statSync(filePath, { throwIfNoEntry: false })?.isFile() ?? false;
}
