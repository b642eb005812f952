/** An object of a page's PDF: its dictionary (or other value) as text, and its stream's bytes, untouched. */
export interface PdfObject {
  value: string;
  stream: Buffer | null;
}

/** An indirect reference in an object's text (generation 0, as pdfkit writes them). */
export const REFERENCE = /(\d+) 0 R\b/g;

/** The objects of a PDF with a classic cross-reference table (as pdfkit writes them, no object streams), by number. */
export function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const startXref = Number(/startxref\s+(\d+)/.exec(pdf.toString('latin1', pdf.lastIndexOf('startxref')))![1]);
  const table = /^xref\s+(\d+) (\d+)\s+/.exec(pdf.toString('latin1', startXref, startXref + 64))!;
  const first = Number(table[1]);
  const count = Number(table[2]);
  const rowsAt = startXref + table[0].length;
  const objects = new Map<number, PdfObject>();
  for (let index = 0; index < count; index++) {
    const row = pdf.toString('latin1', rowsAt + index * 20, rowsAt + index * 20 + 18);
    if (!row.endsWith('n')) continue;
    objects.set(first + index, readObject(pdf, Number(row.slice(0, 10))));
  }
  return objects;
}

function readObject(pdf: Buffer, offset: number): PdfObject {
  const valueStart = pdf.indexOf('obj', offset, 'latin1') + 3;
  const endObject = pdf.indexOf('endobj', valueStart, 'latin1');
  const streamKeyword = pdf.indexOf('stream', valueStart, 'latin1');
  if (streamKeyword < 0 || streamKeyword > endObject) return { value: pdf.toString('latin1', valueStart, endObject).trim(), stream: null };
  const value = pdf.toString('latin1', valueStart, streamKeyword).trim();
  const length = /\/Length (\d+)(?!\d| \d+ R)/.exec(value);
  if (!length) throw new Error('a page PDF has a stream without a direct length');
  const dataStart = streamKeyword + 'stream'.length + (pdf[streamKeyword + 6] === 0x0d ? 2 : 1);
  return { value, stream: pdf.subarray(dataStart, dataStart + Number(length[1])) };
}

/** The number an indirect reference's text (`12 0 R`) points at; undefined for any other value. */
export function referenced(value: string): number | undefined {
  const match = /^(\d+) 0 R$/.exec(value.trim());
  return match ? Number(match[1]) : undefined;
}

/** A dictionary's entries (`<< /K 5 0 R /S /P >>`) by key without its slash, each value as its text. */
export function dictEntries(dictionary: string): Map<string, string> {
  const text = dictionary.trim();
  if (!text.startsWith('<<') || !text.endsWith('>>')) throw new Error(`not a PDF dictionary: ${text.slice(0, 40)}`);
  const items = values(text.slice(2, -2));
  const entries = new Map<string, string>();
  for (let index = 0; index + 1 < items.length; index += 2) entries.set(items[index]!.slice(1), items[index + 1]!);
  return entries;
}

/** An array's items (`[1 0 R 2 /Name]`) as text; any other value is an array of itself, as PDF allows for `/K`. */
export function arrayItems(value: string): string[] {
  const text = value.trim();
  return text.startsWith('[') && text.endsWith(']') ? values(text.slice(1, -1)) : [text];
}

/** The values written one after another in `text`, each as its text; `12 0 R` is one value. */
function values(text: string): string[] {
  const tokens: string[] = [];
  for (let at = skipSpace(text, 0); at < text.length; at = skipSpace(text, at)) {
    const end = valueEnd(text, at);
    tokens.push(text.slice(at, end));
    at = end;
  }
  const merged: string[] = [];
  for (let index = 0; index < tokens.length; index++) {
    if (tokens[index + 2] === 'R' && /^\d+$/.test(tokens[index]!) && /^\d+$/.test(tokens[index + 1]!)) {
      merged.push(`${tokens[index]} ${tokens[index + 1]} R`);
      index += 2;
    } else merged.push(tokens[index]!);
  }
  return merged;
}

const DELIMITER = /[\s()<>[\]{}/%]/;

function skipSpace(text: string, at: number): number {
  while (at < text.length && /\s/.test(text[at]!)) at++;
  return at;
}

/** Where the value starting at `at` ends: dictionaries and arrays nested, strings with their escapes. */
function valueEnd(text: string, at: number): number {
  if (text.startsWith('<<', at)) return containerEnd(text, at + 2, '>>');
  if (text[at] === '[') return containerEnd(text, at + 1, ']');
  if (text[at] === '(') {
    let depth = 0;
    for (let index = at; index < text.length; index++) {
      const char = text[index];
      if (char === '\\') index++;
      else if (char === '(') depth++;
      else if (char === ')' && --depth === 0) return index + 1;
    }
    throw new Error('a PDF string is not closed');
  }
  if (text[at] === '<') return text.indexOf('>', at) + 1;
  let end = at + 1;
  while (end < text.length && !DELIMITER.test(text[end]!)) end++;
  return end;
}

function containerEnd(text: string, at: number, close: string): number {
  for (let index = skipSpace(text, at); index < text.length; index = skipSpace(text, index)) {
    if (text.startsWith(close, index)) return index + close.length;
    index = valueEnd(text, index);
  }
  throw new Error(`a PDF ${close === ']' ? 'array' : 'dictionary'} is not closed`);
}
