import type { StructureElement } from './structureTree.js';
import { offences, pageLabel, pdfDate, xmpValue, type Rule } from './rules.js';

/** Namespaces PDF/A-2 predefines (ISO 19005-2, 6.6.2.3.2, XMP 2005), by URI; others need an extension schema. */
const PREDEFINED_NAMESPACES = new Set([
  'http://purl.org/dc/elements/1.1/',
  'http://ns.adobe.com/xap/1.0/',
  'http://ns.adobe.com/xap/1.0/rights/',
  'http://ns.adobe.com/xap/1.0/mm/',
  'http://ns.adobe.com/xap/1.0/bj/',
  'http://ns.adobe.com/xap/1.0/t/pg/',
  'http://ns.adobe.com/xmp/1.0/DynamicMedia/',
  'http://ns.adobe.com/pdf/1.3/',
  'http://ns.adobe.com/photoshop/1.0/',
  'http://ns.adobe.com/camera-raw-settings/1.0/',
  'http://ns.adobe.com/exif/1.0/',
  'http://ns.adobe.com/exif/1.0/aux/',
  'http://ns.adobe.com/tiff/1.0/',
  'http://www.aiim.org/pdfa/ns/id/',
  'http://www.aiim.org/pdfa/ns/extension/',
  'http://www.aiim.org/pdfa/ns/schema#',
  'http://www.aiim.org/pdfa/ns/property#',
  'http://www.aiim.org/pdfa/ns/type#',
  'http://www.aiim.org/pdfa/ns/field#',
  'http://www.w3.org/1999/02/22-rdf-syntax-ns#',
  'adobe:ns:meta/',
  'http://ns.adobe.com/xap/1.0/sType/ResourceEvent#',
  'http://ns.adobe.com/xap/1.0/sType/ResourceRef#',
  'http://ns.adobe.com/xap/1.0/sType/Version#',
  'http://ns.adobe.com/xap/1.0/sType/Job#',
  'http://ns.adobe.com/xap/1.0/sType/Dimensions#',
  'http://ns.adobe.com/xap/1.0/g/',
  'http://ns.adobe.com/xap/1.0/g/img/',
]);

/** The Info entries PDF/A wants repeated in the XMP, and the XMP property each must equal. */
const INFO_IN_XMP: [info: string, xmp: string, kind: 'text' | 'date'][] = [
  ['Title', 'dc:title', 'text'],
  ['Author', 'dc:creator', 'text'],
  ['Subject', 'dc:description', 'text'],
  ['Creator', 'xmp:CreatorTool', 'text'],
  ['Producer', 'pdf:Producer', 'text'],
  ['Keywords', 'pdf:Keywords', 'text'],
  ['CreationDate', 'xmp:CreateDate', 'date'],
  ['ModDate', 'xmp:ModifyDate', 'date'],
];

/** PDF/A-2 (level A or U) and tagging for the archive. */
export const ARCHIVE_RULES: Rule[] = [
  {
    id: 'pdfa-identification',
    requirement: 'The XMP identifies PDF/A-2 or -3 (pdfaid:part), conformance A or U (text maps to Unicode)',
    check: (facts) => {
      const part = xmpValue(facts.xmp, 'pdfaid:part');
      const conformance = xmpValue(facts.xmp, 'pdfaid:conformance');
      const found = [
        ...(part === '2' || part === '3' ? [] : [`pdfaid:part: ${part ?? 'absent'}`]),
        ...(conformance === 'A' || conformance === 'U' ? [] : [`pdfaid:conformance: ${conformance ?? 'absent'}`]),
      ];
      return offences(found, [`PDF/A-${part ?? ''}${(conformance ?? '').toLowerCase()}`]);
    },
  },
  {
    id: 'output-intent-pdfa',
    requirement: 'A GTS_PDFA1 output intent with an embedded profile whose components match the device colours used (RGB: 3, CMYK: 4)',
    check: (facts) => {
      const intent = facts.outputIntents.find((candidate) => candidate.subtype === 'GTS_PDFA1');
      if (!intent) return offences(['no GTS_PDFA1 output intent']);
      if (intent.components === undefined) return offences(['the output intent has no DestOutputProfile']);
      const device = new Set(facts.pages.flatMap((page) => [...page.content.colourSpaces, ...[...page.images.values()].map((image) => image.colourSpace.family)]));
      const needs = device.has('DeviceRGB') ? 3 : device.has('DeviceCMYK') ? 4 : undefined;
      const found = needs !== undefined && needs !== intent.components ? [`device colours need a ${needs}-component output profile, the intent's has ${intent.components}`] : [];
      if (device.has('DeviceRGB') && device.has('DeviceCMYK')) found.push('DeviceRGB and DeviceCMYK both used: one output intent cannot cover both');
      return offences(found, [`${intent.identifier} (${intent.components} components)`]);
    },
  },
  {
    id: 'metadata-consistency',
    requirement: 'XMP metadata is present and repeats the Info dictionary (Title, Author, Creator, Producer, dates…)',
    check: (facts) => {
      if (facts.xmp === undefined) return offences(['no XMP metadata']);
      const found = INFO_IN_XMP.flatMap(([key, property, kind]) => {
        const info = facts.info.get(key);
        if (info === undefined) return [];
        const xmp = xmpValue(facts.xmp, property);
        const same = kind === 'date' ? pdfDate(info) !== undefined && pdfDate(info) === Date.parse(xmp ?? '') : info === xmp;
        return same ? [] : [`Info ${key} '${info}' ≠ XMP ${property} '${xmp ?? 'absent'}'`];
      });
      return offences(found);
    },
  },
  {
    id: 'xmp-extension-schemas',
    requirement: 'Every XMP property outside the predefined schemas is described by a PDF/A extension schema',
    check: (facts) => {
      const declared = new Map([...(facts.xmp ?? '').matchAll(/xmlns:([\w-]+)="([^"]+)"/g)].map((match) => [match[1]!, match[2]!]));
      const described = new Set([...(facts.xmp ?? '').matchAll(/<pdfaSchema:namespaceURI>([^<]+)<\/pdfaSchema:namespaceURI>/g)].map((match) => match[1]!.trim()));
      const used = new Set([...(facts.xmp ?? '').matchAll(/<([\w-]+):[\w-]+[\s>/]/g)].map((match) => match[1]!));
      const found = [...used].flatMap((prefix) => {
        const uri = declared.get(prefix);
        return uri === undefined || PREDEFINED_NAMESPACES.has(uri) || described.has(uri) ? [] : [`${prefix} (${uri}) has no extension schema`];
      });
      return offences(found);
    },
  },
  {
    id: 'fonts-unicode',
    requirement: 'Every font has a ToUnicode map, so all text extracts as Unicode',
    check: (facts) =>
      offences(facts.pages.flatMap((page, index) => page.fonts.filter((font) => !font.hasToUnicode).map((font) => `${pageLabel(index)}: ${font.name} has no ToUnicode`))),
  },
  {
    id: 'tagged-structure',
    requirement: 'The PDF is tagged: MarkInfo Marked true, a structure tree, and the document language (/Lang)',
    check: (facts) => {
      const elements = facts.structure ? countElements(facts.structure) - 1 : 0;
      return offences(
        [...(facts.marked ? [] : ['MarkInfo /Marked is not true']), ...(elements > 0 ? [] : ['no structure tree']), ...(facts.lang ? [] : ['no /Lang in the catalog'])],
        [`${elements} structure elements, /Lang ${facts.lang ?? ''}`],
      );
    },
  },
  {
    id: 'content-tagged',
    requirement: 'All painted text, images and paths are in the structure (marked content with an MCID) or marked as artifacts',
    check: (facts) =>
      offences(
        facts.pages.flatMap((page, index) => {
          const { texts, images, paths } = page.content;
          const untagged = [
            [texts.filter((text) => !text.tagged).length, 'text strings'],
            [images.filter((image) => !image.tagged).length, 'images'],
            [paths.filter((path) => !path.tagged).length, 'paths'],
          ] as const;
          return untagged.filter(([count]) => count > 0).map(([count, what]) => `${pageLabel(index)}: ${count} ${what} untagged`);
        }),
      ),
  },
  {
    id: 'figure-alt',
    requirement: 'Every Figure in the structure tree has alternative text (/Alt)',
    check: (facts) => {
      const figures = facts.structure ? elementsOfType(facts.structure, 'Figure') : [];
      return offences(
        figures.filter((figure) => !figure.alt?.trim()).map((_, index) => `Figure ${index + 1} has no /Alt`),
        figures.map((figure) => `Figure: ${figure.alt ?? ''}`),
      );
    },
  },
];

function countElements(element: StructureElement): number {
  return 1 + element.kids.reduce((sum, kid) => sum + ('type' in kid ? countElements(kid) : 0), 0);
}

export function elementsOfType(element: StructureElement, type: string): StructureElement[] {
  const nested = element.kids.flatMap((kid) => ('type' in kid ? elementsOfType(kid, type) : []));
  return element.type === type ? [element, ...nested] : nested;
}
