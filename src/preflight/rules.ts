import type { PdfFacts } from './readFacts.js';

export type RuleStatus = 'pass' | 'warn' | 'fail';

/** One rule as checked on one file: what it requires, whether the file meets it, and where it does not. */
export interface RuleResult {
  id: string;
  requirement: string;
  status: RuleStatus;
  /** Each offending object (`page 1: image 11 0 R: DeviceRGB`), or what was measured when it passed. */
  details: string[];
}

/** What rules are judged against: the profile's thresholds. */
export interface RuleSettings {
  /** print: the most ink a photo may carry, C+M+Y+K in percent. */
  inkLimitPct: number;
  /** print: below this, a photo gets a warning. */
  targetPpi: number;
  /** print: below this, a photo fails. */
  minimumPpi: number;
}

/** Image data the rules measure (decoded asynchronously before the rules run): total ink per image id. */
export interface Measurements {
  /** Max total ink in percent, over 4 × 4-pixel means, by image id; absent when the image is not CMYK or not decodable. */
  totalInkPct: Map<string, number>;
}

export interface Rule {
  id: string;
  requirement: string;
  check(facts: PdfFacts, settings: RuleSettings, measured: Measurements): { status: RuleStatus; details: string[] };
}

/** A rule that fails on any offence it finds, and passes with `passed` (what it measured) otherwise. */
export function offences(found: string[], passed: string[] = []): { status: RuleStatus; details: string[] } {
  return found.length > 0 ? { status: 'fail', details: found } : { status: 'pass', details: passed };
}

/** An XMP property's simple value, in element (`<pdfaid:part>2</pdfaid:part>`) or attribute (`pdfaid:part="2"`) form. */
export function xmpValue(xmp: string | undefined, property: string): string | undefined {
  if (xmp === undefined) return undefined;
  const escaped = property.replace(':', '\\:');
  const element = new RegExp(`<${escaped}(?:\\s[^>]*)?>([\\s\\S]*?)</${escaped}>`).exec(xmp);
  const raw = element?.[1] ?? new RegExp(`\\s${escaped}="([^"]*)"`).exec(xmp)?.[1];
  if (raw === undefined) return undefined;
  // Containers (rdf:Alt, rdf:Seq, rdf:Bag): the first item.
  const item = /<rdf:li(?:\s[^>]*)?>([\s\S]*?)<\/rdf:li>/.exec(raw)?.[1] ?? raw;
  return unescapeXml(item.trim());
}

function unescapeXml(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code: string) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code: string) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** `D:20000101000000Z`, `D:20000101000000+01'00'` → the instant, or undefined. */
export function pdfDate(text: string | undefined): number | undefined {
  const match = /^D:(\d{4})(\d{2})?(\d{2})?(\d{2})?(\d{2})?(\d{2})?(Z|[+-]\d{2}'?\d{2}'?)?/.exec(text ?? '');
  if (!match) return undefined;
  const [, year, month = '01', day = '01', hour = '00', minute = '00', second = '00', zone = 'Z'] = match;
  const offset = zone === 'Z' ? 'Z' : `${zone.slice(0, 3)}:${zone.replace(/'/g, '').slice(3, 5)}`;
  return Date.parse(`${year}-${month}-${day}T${hour}:${minute}:${second}${offset}`);
}

/** `page 2` for the page at index 1. */
export function pageLabel(index: number): string {
  return `page ${index + 1}`;
}
