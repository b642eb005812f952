import type { Box, PageFacts } from './readFacts.js';
import type { Point } from './paintedContent.js';
import { offences, pageLabel, xmpValue, type Rule } from './rules.js';

/** Points of slack for positions written with rounding. */
const SLACK_PT = 0.5;

/** Rules for any PDF, whatever it is for. */
export const COMMON_RULES: Rule[] = [
  {
    id: 'not-encrypted',
    requirement: 'The file is not encrypted',
    check: (facts) => offences(facts.encrypted ? ['the trailer has /Encrypt'] : []),
  },
  {
    id: 'document-id',
    requirement: 'The trailer has an /ID of two strings',
    check: (facts) => offences(facts.id.length === 2 && facts.id.every((part) => part.length > 0) ? [] : ['no /ID in the trailer'], [`/ID ${facts.id[0] ?? ''}`]),
  },
  {
    id: 'fonts-embedded',
    requirement: 'Every font the pages use is embedded',
    check: (facts) =>
      offences(
        facts.pages.flatMap((page, index) => page.fonts.filter((font) => !font.embedded).map((font) => `${pageLabel(index)}: ${font.name || '(unnamed)'} (${font.subtype}) is not embedded`)),
        uniqueFonts(facts.pages).map((font) => font.name),
      ),
  },
  {
    id: 'text-inside-trim',
    requirement: 'All text starts inside the trimmed page (nothing overset off the page or into the bleed)',
    check: (facts) =>
      offences(
        facts.pages.flatMap((page, index) => {
          const trim = page.trimBox ?? page.mediaBox;
          const outside = page.content.texts.filter((text) => !inside(text.at, trim, SLACK_PT));
          return outside.length > 0 ? [`${pageLabel(index)}: ${outside.length} text strings start outside the TrimBox, the first at ${formatPoint(outside[0]!.at)}`] : [];
        }),
      ),
  },
];

/** PDF/X-4 and the plant's own rules for newsprint. */
export const PRINT_RULES: Rule[] = [
  {
    id: 'pdfx-version',
    requirement: 'PDF/X-4 is PDF 1.6: the file header says 1.6 or lower',
    check: (facts) => offences(Number(facts.headerVersion) <= 1.6 ? [] : [`header %PDF-${facts.headerVersion}`], [`%PDF-${facts.headerVersion}`]),
  },
  {
    id: 'pdfx-identification',
    requirement: 'GTS_PDFXVersion is PDF/X-4 in the Info dictionary and in the XMP (pdfxid)',
    check: (facts) => {
      const info = facts.info.get('GTS_PDFXVersion');
      const xmp = xmpValue(facts.xmp, 'pdfxid:GTS_PDFXVersion');
      return offences([...(info === 'PDF/X-4' ? [] : [`Info GTS_PDFXVersion: ${info ?? 'absent'}`]), ...(xmp === 'PDF/X-4' ? [] : [`XMP pdfxid:GTS_PDFXVersion: ${xmp ?? 'absent'}`])], ['PDF/X-4']);
    },
  },
  {
    id: 'trapped',
    requirement: 'Trapped is the name /True or /False in the Info dictionary, and pdf:Trapped agrees in the XMP',
    check: (facts) => {
      const info = facts.info.get('Trapped');
      const xmp = xmpValue(facts.xmp, 'pdf:Trapped');
      const found = info === '/True' || info === '/False' ? [] : [`Info Trapped: ${info ?? 'absent'}`];
      if (info && xmp !== info.slice(1)) found.push(`XMP pdf:Trapped: ${xmp ?? 'absent'}, Info says ${info}`);
      return offences(found, [`Trapped ${info ?? ''}`]);
    },
  },
  {
    id: 'output-intent-pdfx',
    requirement: 'A GTS_PDFX output intent with an embedded CMYK output profile (DestOutputProfile, N 4)',
    check: (facts) => {
      const intent = facts.outputIntents.find((candidate) => candidate.subtype === 'GTS_PDFX');
      if (!intent) return offences(['no GTS_PDFX output intent']);
      return offences(intent.components === 4 ? [] : [`DestOutputProfile: ${intent.components === undefined ? 'absent' : `${intent.components} components`}`], [`${intent.identifier}, CMYK profile embedded`]);
    },
  },
  {
    id: 'pdfx-metadata',
    requirement: 'A Title, creation and modification dates in the Info dictionary; XMP with dc:title, xmp:CreateDate, xmp:ModifyDate, xmpMM:DocumentID, VersionID, RenditionClass',
    check: (facts) => {
      const infoKeys = ['Title', 'CreationDate', 'ModDate'].filter((key) => !facts.info.get(key));
      const xmpKeys = ['dc:title', 'xmp:CreateDate', 'xmp:ModifyDate', 'xmpMM:DocumentID', 'xmpMM:VersionID', 'xmpMM:RenditionClass'].filter((key) => !xmpValue(facts.xmp, key));
      return offences([...infoKeys.map((key) => `Info ${key}: absent`), ...(facts.xmp === undefined ? ['no XMP metadata'] : xmpKeys.map((key) => `XMP ${key}: absent`))]);
    },
  },
  {
    id: 'page-boxes',
    requirement: 'Every page has a TrimBox and a BleedBox, TrimBox ⊆ BleedBox ⊆ MediaBox',
    check: (facts) =>
      offences(
        facts.pages.flatMap((page, index) => {
          const label = pageLabel(index);
          if (!page.trimBox) return [`${label}: no TrimBox`];
          if (!page.bleedBox) return [`${label}: no BleedBox`];
          return [
            ...(contains(page.bleedBox, page.trimBox) ? [] : [`${label}: TrimBox ${formatBox(page.trimBox)} is not inside BleedBox ${formatBox(page.bleedBox)}`]),
            ...(contains(page.mediaBox, page.bleedBox) ? [] : [`${label}: BleedBox ${formatBox(page.bleedBox)} is not inside MediaBox ${formatBox(page.mediaBox)}`]),
          ];
        }),
        facts.pages.map((page, index) => `${pageLabel(index)}: trim ${formatBox(page.trimBox ?? page.mediaBox)}, bleed ${formatBox(page.bleedBox ?? page.mediaBox)}, media ${formatBox(page.mediaBox)}`),
      ),
  },
  {
    id: 'crop-marks',
    requirement: 'Crop marks on the lines of the trim at all four corners, outside the BleedBox and inside the MediaBox',
    check: (facts) => offences(facts.pages.flatMap((page, index) => cropMarkProblems(page).map((problem) => `${pageLabel(index)}: ${problem}`))),
  },
  {
    id: 'colour-spaces',
    requirement: 'No RGB: colours and images in DeviceCMYK, DeviceGray, Separation or CMYK/grey ICC spaces only',
    check: (facts) =>
      offences(
        facts.pages.flatMap((page, index) => [
          ...[...page.content.colourSpaces].filter(isRgb).map((space) => `${pageLabel(index)}: colour set in ${space}`),
          ...[...page.images.values()].filter((image) => isRgb(image.colourSpace.family)).map((image) => `${pageLabel(index)}: image ${image.id} in ${image.colourSpace.family}`),
        ]),
      ),
  },
  {
    id: 'text-and-rules-black',
    requirement: 'Text and stroked rules print in 100 % black only (DeviceGray 0, or DeviceCMYK 0 0 0 1)',
    check: (facts) =>
      offences(
        facts.pages.flatMap((page, index) => {
          const texts = page.content.texts.filter((text) => !isSolidBlack(text.fill));
          const strokes = page.content.paths.filter((path) => path.stroke && !isSolidBlack(path.stroke));
          return [
            ...(texts.length > 0 ? [`${pageLabel(index)}: ${texts.length} text strings not in 100 % K, the first in ${formatColour(texts[0]!.fill)}`] : []),
            ...(strokes.length > 0 ? [`${pageLabel(index)}: ${strokes.length} strokes not in 100 % K, the first in ${formatColour(strokes[0]!.stroke!)}`] : []),
          ];
        }),
      ),
  },
];

function uniqueFonts(pages: readonly PageFacts[]): PageFacts['fonts'] {
  const byName = new Map(pages.flatMap((page) => page.fonts).map((font) => [`${font.name} ${font.programSha256 ?? ''}`, font]));
  return [...byName.values()];
}

/** The marks at each corner of the trim: one horizontal and one vertical stroke, on the trim's lines, beyond the bleed. */
function cropMarkProblems(page: PageFacts): string[] {
  if (!page.trimBox) return ['no TrimBox to mark'];
  const trim = page.trimBox;
  const bleed = page.bleedBox ?? trim;
  const strokes = page.content.paths.filter((path) => path.stroke).flatMap((path) => path.segments);
  const onLine = (segment: [Point, Point], axis: 0 | 1, value: number): boolean => Math.abs(segment[0][axis] - value) <= SLACK_PT && Math.abs(segment[1][axis] - value) <= SLACK_PT;
  const problems: string[] = [];
  for (const [x, xName] of [[trim[0], 'left'], [trim[2], 'right']] as const) {
    for (const [y, yName] of [[trim[1], 'bottom'], [trim[3], 'top']] as const) {
      // A horizontal mark lies on the line y, left or right of the corner; a vertical one on x, below or above it.
      const horizontal = strokes.filter((segment) => onLine(segment, 1, y) && Math.sign(segment[0][0] - x) === Math.sign(segment[1][0] - x) && Math.sign(segment[0][0] - x) === (x === trim[0] ? -1 : 1));
      const vertical = strokes.filter((segment) => onLine(segment, 0, x) && Math.sign(segment[0][1] - y) === Math.sign(segment[1][1] - y) && Math.sign(segment[0][1] - y) === (y === trim[1] ? -1 : 1));
      const corner = `${yName} ${xName}`;
      if (horizontal.length === 0 || vertical.length === 0) {
        problems.push(`no crop mark at the ${corner} corner`);
        continue;
      }
      for (const segment of [...horizontal, ...vertical]) {
        if (segment.some((point) => inside(point, bleed, -SLACK_PT))) problems.push(`the crop mark at the ${corner} corner reaches into the BleedBox (${formatPoint(segment[0])}–${formatPoint(segment[1])})`);
        else if (segment.some((point) => !inside(point, page.mediaBox, SLACK_PT))) problems.push(`the crop mark at the ${corner} corner runs off the MediaBox`);
      }
    }
  }
  return problems;
}

function isRgb(space: string): boolean {
  return space === 'DeviceRGB' || space === 'CalRGB' || space === 'ICCBased/3' || space.startsWith('Indexed/DeviceRGB') || space.startsWith('Indexed/ICCBased/3');
}

function isSolidBlack(colour: { space: string; values: number[] }): boolean {
  const [c, m, y, k] = colour.values;
  if (colour.space === 'DeviceGray') return colour.values[0] === 0;
  if (colour.space === 'DeviceCMYK') return c === 0 && m === 0 && y === 0 && k === 1;
  return colour.space === 'Separation/Black' && colour.values[0] === 1;
}

/** Whether `point` is inside `box` grown by `slackPt` (shrunk, when negative). */
export function inside(point: Point, box: Box, slackPt: number): boolean {
  return point[0] >= box[0] - slackPt && point[0] <= box[2] + slackPt && point[1] >= box[1] - slackPt && point[1] <= box[3] + slackPt;
}

function contains(outer: Box, inner: Box): boolean {
  return inner[0] >= outer[0] - 0.01 && inner[1] >= outer[1] - 0.01 && inner[2] <= outer[2] + 0.01 && inner[3] <= outer[3] + 0.01;
}

export function formatBox(box: Box): string {
  return `[${box.map((value) => value.toFixed(2)).join(' ')}]`;
}

function formatPoint(point: Point): string {
  return `(${point[0].toFixed(1)}, ${point[1].toFixed(1)})`;
}

function formatColour(colour: { space: string; values: number[] }): string {
  return `${colour.space} ${colour.values.map((value) => Number(value.toFixed(3))).join(' ')}`;
}
