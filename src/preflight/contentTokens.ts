/** An operand of a content-stream operator. Strings are kept as their bytes (latin1); dictionaries as key → value. */
export type Operand = number | { name: string } | { string: string } | Operand[] | { dict: Map<string, Operand> };

/** One operator with its operands, in stream order. */
export interface ContentOperation {
  operator: string;
  operands: Operand[];
}

const WHITESPACE = new Set([0x00, 0x09, 0x0a, 0x0c, 0x0d, 0x20]);
const DELIMITERS = new Set([...'()<>[]{}/%'].map((character) => character.charCodeAt(0)));

/**
 * Splits a content stream (ISO 32000-1, 7.8.2) into operations: numbers, names, literal and hex strings, arrays and
 * dictionaries as operands; inline images (`BI … ID … EI`) are skipped as one `BI` operation. Enough to follow the
 * graphics state, colours, text positions and marked content of any PDF; malformed input ends the list, never throws.
 */
export function parseContentStream(bytes: Uint8Array): ContentOperation[] {
  const operations: ContentOperation[] = [];
  let position = 0;
  let operands: Operand[] = [];
  const stack: (Operand[] | { dict: Operand[] })[] = [];

  const push = (operand: Operand): void => {
    const top = stack.at(-1);
    if (top === undefined) operands.push(operand);
    else if (Array.isArray(top)) top.push(operand);
    else top.dict.push(operand);
  };

  while (position < bytes.length) {
    const byte = bytes[position]!;
    if (WHITESPACE.has(byte)) {
      position++;
    } else if (byte === 0x25 /* % */) {
      while (position < bytes.length && bytes[position] !== 0x0a && bytes[position] !== 0x0d) position++;
    } else if (byte === 0x2f /* / */) {
      const end = tokenEnd(bytes, position + 1);
      push({ name: decodeName(latin1(bytes, position + 1, end)) });
      position = end;
    } else if (byte === 0x28 /* ( */) {
      const [text, end] = literalString(bytes, position + 1);
      push({ string: text });
      position = end;
    } else if (byte === 0x3c /* < */ && bytes[position + 1] === 0x3c) {
      stack.push({ dict: [] });
      position += 2;
    } else if (byte === 0x3e /* > */ && bytes[position + 1] === 0x3e) {
      const top = stack.pop();
      if (top && !Array.isArray(top)) push({ dict: pairs(top.dict) });
      position += 2;
    } else if (byte === 0x3c) {
      const end = bytes.indexOf(0x3e, position);
      if (end < 0) break;
      push({ string: hexString(latin1(bytes, position + 1, end)) });
      position = end + 1;
    } else if (byte === 0x5b /* [ */) {
      stack.push([]);
      position++;
    } else if (byte === 0x5d /* ] */) {
      const top = stack.pop();
      if (Array.isArray(top)) push(top);
      position++;
    } else if (DELIMITERS.has(byte)) {
      position++; // a stray delimiter
    } else {
      const end = tokenEnd(bytes, position);
      const word = latin1(bytes, position, end);
      position = end;
      const number = Number(word);
      if (/^[+-]?(\d+\.?\d*|\.\d+)$/.test(word) && Number.isFinite(number)) {
        push(number);
      } else if (word === 'true' || word === 'false' || word === 'null') {
        push(0);
      } else if (stack.length === 0) {
        operations.push({ operator: word, operands });
        operands = [];
        if (word === 'BI') position = skipInlineImage(bytes, position);
      }
    }
  }
  return operations;
}

function tokenEnd(bytes: Uint8Array, start: number): number {
  let end = start;
  while (end < bytes.length && !WHITESPACE.has(bytes[end]!) && !DELIMITERS.has(bytes[end]!)) end++;
  return end;
}

function latin1(bytes: Uint8Array, start: number, end: number): string {
  return Buffer.from(bytes.subarray(start, end)).toString('latin1');
}

function decodeName(raw: string): string {
  return raw.replace(/#([0-9a-fA-F]{2})/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)));
}

function hexString(hex: string): string {
  const digits = hex.replace(/[^0-9a-fA-F]/g, '');
  const padded = digits.length % 2 === 1 ? `${digits}0` : digits;
  return Buffer.from(padded, 'hex').toString('latin1');
}

const ESCAPES: Record<string, string> = { n: '\n', r: '\r', t: '\t', b: '\b', f: '\f' };

/** A literal string from after its `(`: balanced parentheses, backslash escapes; returns the text and the end. */
function literalString(bytes: Uint8Array, start: number): [string, number] {
  let depth = 1;
  let text = '';
  let position = start;
  while (position < bytes.length) {
    const character = String.fromCharCode(bytes[position]!);
    position++;
    if (character === '\\') {
      const next = String.fromCharCode(bytes[position] ?? 0);
      const octal = /^[0-7]{1,3}/.exec(latin1(bytes, position, position + 3));
      if (octal) {
        text += String.fromCharCode(parseInt(octal[0], 8) & 0xff);
        position += octal[0].length;
      } else {
        if (next !== '\n' && next !== '\r') text += ESCAPES[next] ?? next;
        position++;
      }
    } else if (character === '(') {
      depth++;
      text += character;
    } else if (character === ')') {
      depth--;
      if (depth === 0) return [text, position];
      text += character;
    } else {
      text += character;
    }
  }
  return [text, position];
}

function pairs(items: Operand[]): Map<string, Operand> {
  const dict = new Map<string, Operand>();
  for (let i = 0; i + 1 < items.length; i += 2) {
    const key = items[i]!;
    if (typeof key === 'object' && 'name' in key) dict.set(key.name, items[i + 1]!);
  }
  return dict;
}

/** Past an inline image's data: from `ID` and one whitespace byte to the `EI` that stands alone. */
function skipInlineImage(bytes: Uint8Array, start: number): number {
  let position = start;
  while (position + 1 < bytes.length && !(bytes[position] === 0x49 && bytes[position + 1] === 0x44 && WHITESPACE.has(bytes[position + 2] ?? 0x20))) position++;
  position += 3;
  while (position + 2 < bytes.length) {
    if (WHITESPACE.has(bytes[position]!) && bytes[position + 1] === 0x45 && bytes[position + 2] === 0x49 && (position + 3 >= bytes.length || WHITESPACE.has(bytes[position + 3]!))) {
      return position + 3;
    }
    position++;
  }
  return bytes.length;
}
