import { InputError } from '../errors.js';

/** Label used in messages when the caller names no file. */
export const DEFAULT_PDF_LABEL = 'input';

/** Acrobat's limits: the header may follow up to 1 KB of junk, and `%%EOF` must be in the last 1 KB. */
const MARKER_WINDOW_BYTES = 1024;

/**
 * Reject bytes that are not a whole PDF before a parser sees them. pdf.js accepts files without a header and
 * rebuilds files cut short, so a truncated file could otherwise come back as a document with pages missing.
 */
export function assertPdfBytes(data: Uint8Array, fileLabel: string): void {
  if (!containsAscii(data.subarray(0, MARKER_WINDOW_BYTES), '%PDF-')) {
    throw new InputError(fileLabel, '', 'not a PDF');
  }
  if (!containsAscii(data.subarray(Math.max(0, data.length - MARKER_WINDOW_BYTES)), '%%EOF')) {
    throw new InputError(fileLabel, '', 'damaged PDF (truncated: no %%EOF at the end)');
  }
}

/** Turn an exception from pdf.js or pdf-parse about the file's content into a one-line InputError. */
export function toPdfInputError(error: unknown, fileLabel: string): InputError {
  if (error instanceof InputError) return error;
  if (error instanceof Error && error.name === 'PasswordException') {
    return new InputError(fileLabel, '', 'encrypted PDF');
  }
  const message = error instanceof Error ? error.message : String(error);
  const detail = message.replace(/\s+/g, ' ').trim().replace(/\.$/, '');
  return new InputError(fileLabel, '', `damaged PDF (${detail || 'unreadable'})`);
}

/** Await work that parses the file, reporting its failures as the file's fault. */
export async function blamePdf<T>(work: Promise<T>, fileLabel: string): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw toPdfInputError(error, fileLabel);
  }
}

function containsAscii(bytes: Uint8Array, needle: string): boolean {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).includes(needle, 0, 'latin1');
}
