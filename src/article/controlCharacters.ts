import { InputError } from '../errors.js';

/** C0 controls other than tab and line feed, DEL, and C1 controls: invisible, and no font draws them. */
const CONTROL = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F]/u;

/**
 * Refuses text with control characters, naming the first one's line and column. They usually come from a paste
 * out of another program; dropping them silently could hide a lost character (a dash, a quote), so the writer
 * decides. Expects normalised text (LF line ends, no byte-order mark), whose lines are the file's lines.
 */
export function assertNoControlCharacters(text: string, file: string): void {
  const match = CONTROL.exec(text);
  if (!match) return;
  const before = text.slice(0, match.index);
  const line = before.split('\n').length;
  const column = [...before.slice(before.lastIndexOf('\n') + 1)].length + 1;
  const codePoint = `U+${match[0].codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
  throw new InputError(file, `line ${line}, column ${column}`, `control character ${codePoint} (delete it)`);
}
