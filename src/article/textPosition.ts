/**
 * Where a UTF-16 index falls in text, as people count: `line 3, column 7`, lines and columns from 1, columns in
 * characters (an emoji is one). Expects normalised text (LF line ends, no byte-order mark), whose lines are the
 * file's lines.
 */
export function describePosition(text: string, index: number): string {
  const before = text.slice(0, index);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  return `line ${line}, column ${column}`;
}

/** `U+05D0`: a code point as Unicode writes it. */
export function formatCodePoint(char: string): string {
  return `U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
}
