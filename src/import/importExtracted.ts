import type { ArticleDocument, ArticleImageEntry } from '../article/document.js';
import { normaliseText } from '../article/normaliseText.js';
import { serializeArticle } from '../article/serialize.js';
import { normaliseSpans } from '../article/spans.js';
import { InputError } from '../errors.js';
import { classifyLine, type ExtractedLine } from './classifyLine.js';
import { joinBodyLines, type BodyLine } from './joinBodyLines.js';

export interface ImportOptions {
  /** The extracted file's name, for error messages. */
  sourceName: string;
  /** Put before each placeholder image file name (`image-1.jpg`), e.g. `../images/`. */
  imagePrefix?: string;
}

/** What the importer makes of a page: always states its drop cap, images and column ends. */
export interface ImportedArticle extends ArticleDocument {
  dropCap: boolean;
  images: Required<ArticleImageEntry>[];
  originalColumnEnds: string[];
}

/** `**T**esla`: a drop cap of one or two characters (a letter, maybe after an opening quote). */
const DROP_CAP_MARKER = /^\*\*([^*\s]{1,2})\*\*/u;
/** `(Shanghai Daily/Xinhua)` as the last text line. */
const SOURCE_LINE = /^\((.*\S.*)\)$/;

/** Turns text extracted from a printed page into the article format (Markdown with front matter). */
export function importExtractedText(text: string, options: ImportOptions): string {
  return serializeArticle(importExtractedArticle(text, options));
}

/**
 * Turns text extracted from a printed page into an article. The page's conventions: `# ` marks the headline,
 * `Caption — Credit` lines are photos, `**X**` opens the first paragraph with a drop cap, a last line in
 * parentheses is the source, and a line cut mid-sentence continues after the blank lines and captions that
 * follow it (the end of a printed column).
 */
export function importExtractedArticle(text: string, options: ImportOptions): ImportedArticle {
  const file = options.sourceName;
  const lines = normaliseText(text)
    .split('\n')
    .map((line, index) => classifyLine(line, index + 1));
  if (lines.every((line) => line.kind === 'blank')) throw new InputError(file, '', 'the file is empty');

  const headlineLine = findHeadline(lines, file);
  const images = lines
    .filter((line) => line.kind === 'caption')
    .map((line, index): Required<ArticleImageEntry> => {
      const id = `image-${index + 1}`;
      const src = `${options.imagePrefix ?? ''}${id}.jpg`;
      return { id, src, caption: line.caption, credit: line.credit, alt: line.caption };
    });

  const bodyLines = collectBodyLines(lines.slice(lines.indexOf(headlineLine) + 1));
  const sourceLine = takeSourceLine(bodyLines);
  const dropCap = stripDropCap(bodyLines);
  if (bodyLines.length === 0) {
    throw new InputError(file, `line ${headlineLine.lineNumber}`, 'no body text after the headline');
  }
  const body = joinBodyLines(bodyLines);
  const article: ImportedArticle = {
    headline: headlineLine.text,
    dropCap,
    images,
    body: body.paragraphs.map((paragraph) => ({
      spans: normaliseSpans([{ text: paragraph, italic: false, bold: false }]),
    })),
    originalColumnEnds: [...body.columnEnds, sourceLine?.printed ?? body.lastWords],
  };
  return sourceLine === undefined ? article : { ...article, source: sourceLine.source };
}

type HeadlineLine = Extract<ExtractedLine, { kind: 'headline' }>;

/** The one `# ` line; before it only captions may stand (a photo above the headline). */
function findHeadline(lines: readonly ExtractedLine[], file: string): HeadlineLine {
  const headlines = lines.filter((line): line is HeadlineLine => line.kind === 'headline');
  const [headline, second] = headlines;
  if (headline === undefined) throw new InputError(file, '', "no headline found (a line starting with '# ')");
  if (second !== undefined) {
    const problem = `a second headline (the first is on line ${headline.lineNumber})`;
    throw new InputError(file, `line ${second.lineNumber}`, problem);
  }
  if (headline.text === '') throw new InputError(file, `line ${headline.lineNumber}`, 'the headline is empty');
  const early = lines.find((line) => line.kind === 'text' && line.lineNumber < headline.lineNumber);
  if (early !== undefined) {
    const problem = 'text before the headline (only photo captions may come before it)';
    throw new InputError(file, `line ${early.lineNumber}`, problem);
  }
  return headline;
}

/** The text lines after the headline, each marked with whether a blank line or caption came before it. */
function collectBodyLines(lines: readonly ExtractedLine[]): BodyLine[] {
  const bodyLines: BodyLine[] = [];
  let interrupted = false;
  for (const line of lines) {
    if (line.kind === 'text') {
      bodyLines.push({ text: line.text, interrupted });
      interrupted = false;
    } else {
      interrupted = true;
    }
  }
  return bodyLines;
}

/** Removes the closing source line, `(Agency)`, and returns it as printed and without its parentheses. */
function takeSourceLine(bodyLines: BodyLine[]): { printed: string; source: string } | undefined {
  const last = bodyLines.at(-1);
  const source = last === undefined ? undefined : SOURCE_LINE.exec(last.text)?.[1];
  if (last === undefined || source === undefined) return undefined;
  bodyLines.pop();
  return { printed: last.text, source: source.trim() };
}

/** Removes the `**X**` drop-cap marker from the first body line; true if there was one. */
function stripDropCap(bodyLines: BodyLine[]): boolean {
  const first = bodyLines[0];
  if (first === undefined || !DROP_CAP_MARKER.test(first.text)) return false;
  first.text = first.text.replace(DROP_CAP_MARKER, '$1');
  return true;
}
