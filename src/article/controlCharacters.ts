import { InputError } from '../errors.js';
import { describePosition, formatCodePoint } from './textPosition.js';

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
  throw new InputError(file, describePosition(text, match.index), `control character ${formatCodePoint(match[0])} (delete it)`);
}
