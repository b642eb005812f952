import { inflateSync } from 'node:zlib';
import { readCmykPixels } from '../images/cmyk.js';
import { ARCHIVE_RULES } from './archiveRules.js';
import { placements, PRINT_IMAGE_RULES } from './imageRules.js';
import { COMMON_RULES, PRINT_RULES } from './printRules.js';
import { readPdfFacts, type Box, type ImageFacts, type PdfFacts } from './readFacts.js';
import { pageLabel, xmpValue, type Measurements, type RuleResult, type RuleSettings } from './rules.js';

export type PreflightProfile = 'print' | 'archive';

export interface PreflightOptions {
  /** The rules to judge by; by default the file's own claim (PDF/X → print, PDF/A → archive), else only the common rules. */
  profile?: PreflightProfile;
  settings?: Partial<RuleSettings>;
}

/** What a printing plant's preflight reports: the file's facts, then every rule checked with pass, warn or fail. */
export interface PreflightReport {
  profile: PreflightProfile | 'none';
  /** What the file claims to be: `PDF/X-4`, `PDF/A-2a`, or nothing. */
  claims: string[];
  pages: { page: number; mediaBox: Box; bleedBox?: Box; trimBox?: Box }[];
  fonts: { name: string; subtype: string; embedded: boolean; toUnicode: boolean }[];
  images: { page: number; id: string; colourSpace: string; widthPx: number; heightPx: number; effectivePpi: number; totalInkPct?: number }[];
  rules: RuleResult[];
  /** No rule failed (warnings allowed). */
  passed: boolean;
}

export const DEFAULT_RULE_SETTINGS: RuleSettings = { inkLimitPct: 240, targetPpi: 300, minimumPpi: 200 };

/** Checks a PDF's bytes against a profile's rules. Throws pdf-lib's error when the file cannot be parsed. */
export async function preflightPdf(bytes: Uint8Array, options: PreflightOptions = {}): Promise<PreflightReport> {
  const facts = await readPdfFacts(bytes);
  const claims = claimsOf(facts);
  const profile = options.profile ?? (claims.some((claim) => claim.startsWith('PDF/X')) ? 'print' : claims.some((claim) => claim.startsWith('PDF/A')) ? 'archive' : 'none');
  const settings = { ...DEFAULT_RULE_SETTINGS, ...options.settings };
  const measured: Measurements = { totalInkPct: await measureTotalInk(facts) };
  const rules = [...COMMON_RULES, ...(profile === 'print' ? [...PRINT_RULES, ...PRINT_IMAGE_RULES] : []), ...(profile === 'archive' ? ARCHIVE_RULES : [])];
  const results = rules.map((rule): RuleResult => ({ id: rule.id, requirement: rule.requirement, ...rule.check(facts, settings, measured) }));
  const fonts = new Map(facts.pages.flatMap((page) => page.fonts).map((font) => [`${font.name} ${font.programSha256 ?? ''}`, font]));
  return {
    profile,
    claims,
    pages: facts.pages.map((page, index) => ({ page: index + 1, mediaBox: page.mediaBox, ...(page.bleedBox && { bleedBox: page.bleedBox }), ...(page.trimBox && { trimBox: page.trimBox }) })),
    fonts: [...fonts.values()].map((font) => ({ name: font.name, subtype: font.subtype, embedded: font.embedded, toUnicode: font.hasToUnicode })),
    images: placements(facts.pages).map((placement) => ({
      page: placement.page + 1,
      id: placement.image.id,
      colourSpace: placement.image.colourSpace.family,
      widthPx: placement.image.widthPx,
      heightPx: placement.image.heightPx,
      effectivePpi: Math.round(placement.effectivePpi),
      ...(measured.totalInkPct.has(placement.image.id) && { totalInkPct: Math.round(measured.totalInkPct.get(placement.image.id)!) }),
    })),
    rules: results,
    passed: results.every((result) => result.status !== 'fail'),
  };
}

function claimsOf(facts: PdfFacts): string[] {
  const pdfx = facts.info.get('GTS_PDFXVersion') ?? xmpValue(facts.xmp, 'pdfxid:GTS_PDFXVersion');
  const part = xmpValue(facts.xmp, 'pdfaid:part');
  const conformance = xmpValue(facts.xmp, 'pdfaid:conformance') ?? '';
  return [...(pdfx ? [pdfx] : []), ...(part ? [`PDF/A-${part}${conformance.toLowerCase()}`] : [])];
}

/** Side of the square of pixels averaged: ~0.34 mm at 300 ppi, below what ink coverage is judged on, above JPEG ringing. */
const INK_BLOCK_PX = 4;

/** Total ink of each 8-bit CMYK image (JPEG, or Flate without a predictor); others are not measured. */
async function measureTotalInk(facts: PdfFacts): Promise<Map<string, number>> {
  const images = new Map(facts.pages.flatMap((page) => [...page.images.values()]).map((image) => [image.id, image]));
  const measured = new Map<string, number>();
  for (const image of images.values()) {
    const pixels = await cmykPixels(image).catch(() => undefined);
    if (pixels) measured.set(image.id, maxBlockInkPct(pixels, image.widthPx, image.heightPx));
  }
  return measured;
}

async function cmykPixels(image: ImageFacts): Promise<Uint8Array | undefined> {
  if (image.colourSpace.family !== 'DeviceCMYK' || image.bitsPerComponent !== 8) return undefined;
  const filters = image.filters.join(' ');
  const pixels = filters === 'DCTDecode' ? await readCmykPixels(Buffer.from(image.data)).raw().toBuffer() : filters === 'FlateDecode' ? inflateSync(image.data) : undefined;
  return pixels?.length === image.widthPx * image.heightPx * 4 ? pixels : undefined;
}

/** The highest mean of C+M+Y+K over squares of INK_BLOCK_PX pixels, in percent. */
export function maxBlockInkPct(pixels: Uint8Array, widthPx: number, heightPx: number): number {
  const block = Math.min(INK_BLOCK_PX, widthPx, heightPx);
  let max = 0;
  for (let top = 0; top + block <= heightPx; top += block) {
    for (let left = 0; left + block <= widthPx; left += block) {
      let sum = 0;
      for (let y = top; y < top + block; y++) {
        for (let x = left; x < left + block; x++) {
          const at = (y * widthPx + x) * 4;
          sum += pixels[at]! + pixels[at + 1]! + pixels[at + 2]! + pixels[at + 3]!;
        }
      }
      max = Math.max(max, sum / (block * block));
    }
  }
  return (max / 255) * 100;
}

/** The report as a plant's preflight prints it: the file's claims and parts, then each rule with its verdict. */
export function formatPreflightReport(report: PreflightReport, fileLabel: string): string {
  const box = (value: Box | undefined): string => (value ? value.map((n) => n.toFixed(2)).join(' ') : '—');
  const lines = [
    `preflight ${fileLabel}: ${report.profile === 'none' ? 'no profile (the file claims neither PDF/X nor PDF/A): common rules only' : `${report.profile} rules`}`,
    `claims: ${report.claims.join(', ') || 'none'}`,
    ...report.pages.map((page) => `${pageLabel(page.page - 1)}: MediaBox [${box(page.mediaBox)}], BleedBox [${box(page.bleedBox)}], TrimBox [${box(page.trimBox)}]`),
    ...report.fonts.map((font) => `font ${font.name} (${font.subtype}): ${font.embedded ? 'embedded' : 'NOT embedded'}, ${font.toUnicode ? 'ToUnicode' : 'no ToUnicode'}`),
    ...report.images.map(
      (image) =>
        `image ${image.id} on ${pageLabel(image.page - 1)}: ${image.colourSpace}, ${image.widthPx} × ${image.heightPx} px, ${image.effectivePpi} ppi${image.totalInkPct === undefined ? '' : `, total ink ${image.totalInkPct} %`}`,
    ),
    ...report.rules.flatMap((rule) => [`${rule.status.toUpperCase().padEnd(4)} ${rule.id}: ${rule.requirement}`, ...(rule.status === 'pass' ? [] : rule.details.map((detail) => `       ${detail}`))]),
    report.passed ? `passed: ${report.rules.filter((rule) => rule.status === 'pass').length} of ${report.rules.length} rules pass${warnings(report)}` : `FAILED: ${report.rules.filter((rule) => rule.status === 'fail').map((rule) => rule.id).join(', ')}`,
  ];
  return lines.join('\n');
}

function warnings(report: PreflightReport): string {
  const warned = report.rules.filter((rule) => rule.status === 'warn').map((rule) => rule.id);
  return warned.length > 0 ? `, warnings: ${warned.join(', ')}` : '';
}
