/** Strips a byte-order mark and turns CRLF / CR line ends into LF, so parsers see one kind of text. */
export function normaliseText(text: string): string {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
}
