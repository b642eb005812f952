import { InputError } from '../errors.js';

const strict = new TextDecoder('utf-8', { fatal: true });

/** Decodes UTF-8 text; bytes that are not UTF-8 are an InputError naming the line and column of the first one. */
export function decodeUtf8(bytes: Uint8Array, file: string): string {
  try {
    return strict.decode(bytes);
  } catch {
    const offset = firstInvalidOffset(bytes);
    const lineStart = bytes.lastIndexOf(0x0a, offset - 1) + 1;
    const line = bytes.subarray(0, lineStart).filter((byte) => byte === 0x0a).length + 1;
    const column = [...strict.decode(bytes.subarray(lineStart, offset))].length + 1;
    const byte = `0x${bytes[offset]!.toString(16).padStart(2, '0')}`;
    throw new InputError(file, `line ${line}, column ${column}`, `not valid UTF-8 (byte ${byte}); save the file as UTF-8`);
  }
}

/** The offset of the first byte that does not start a well-formed UTF-8 sequence. */
function firstInvalidOffset(bytes: Uint8Array): number {
  let offset = 0;
  while (offset < bytes.length) {
    const length = sequenceLength(bytes[offset]!);
    if (length === 0 || !decodes(bytes.subarray(offset, offset + length))) return offset;
    offset += length;
  }
  return offset;
}

/** How many bytes a sequence starting with `lead` has; 0 for a byte that cannot start one. */
function sequenceLength(lead: number): number {
  if (lead < 0x80) return 1;
  if (lead >= 0xc2 && lead < 0xe0) return 2;
  if (lead >= 0xe0 && lead < 0xf0) return 3;
  if (lead >= 0xf0 && lead < 0xf5) return 4;
  return 0;
}

function decodes(sequence: Uint8Array): boolean {
  try {
    strict.decode(sequence);
    return true;
  } catch {
    return false;
  }
}
