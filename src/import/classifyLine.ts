/** One line of text extracted from a printed page, by what it was on the page. */
export type ExtractedLine =
  | { kind: 'blank'; lineNumber: number }
  | { kind: 'headline'; text: string; lineNumber: number }
  | { kind: 'caption'; caption: string; credit: string; lineNumber: number }
  | { kind: 'text'; text: string; lineNumber: number };

/** `Caption text — Credit`: the separator is an em dash, en dash or hyphen with spaces around it. */
const CAPTION_LINE = /^(.*\S)\s+[—–-]\s+(\S.*)$/u;
const MAX_CREDIT_WORDS = 5;

/** Classifies one line (1-based `lineNumber`) of extracted page text. */
export function classifyLine(line: string, lineNumber: number): ExtractedLine {
  const text = line.trim();
  if (text === '') return { kind: 'blank', lineNumber };
  const headline = /^#(?:\s+(.*))?$/.exec(text);
  if (headline !== null) return { kind: 'headline', text: headline[1] ?? '', lineNumber };
  const caption = parseCaptionLine(text);
  if (caption !== undefined) return { kind: 'caption', ...caption, lineNumber };
  return { kind: 'text', text, lineNumber };
}

/**
 * A caption ends in a photo credit: a short name (at most five words) that starts with a capital or a digit and
 * has no closing punctuation. Those limits keep a body line with a dash in it ("... low-carbon economy — and
 * new products") from being taken for a caption.
 */
export function parseCaptionLine(text: string): { caption: string; credit: string } | undefined {
  const match = CAPTION_LINE.exec(text);
  if (match === null) return undefined;
  const [, caption = '', credit = ''] = match;
  const looksLikeName =
    credit.split(/\s+/).length <= MAX_CREDIT_WORDS && /^[\p{Lu}\p{N}]/u.test(credit) && !/[.,;:!?]$/.test(credit);
  return looksLikeName ? { caption, credit } : undefined;
}
