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
  {
    id: 'parent-tree',
    requirement: 'Every page that paints marked content has a /StructParents key of its own (no two pages share one) whose ParentTree entry names, at each MCID the page paints, an element that holds it',
    check: (facts) => {
      const holders = mcidHolders(facts.structure);
      const pageOfKey = new Map<number, number>();
      const found = facts.pages.flatMap((page, index) => {
        const label = pageLabel(index);
        const key = page.structParents;
        if (page.content.mcids.length === 0) return [];
        if (key === undefined) return [`${label}: paints marked content but has no /StructParents`];
        const other = pageOfKey.get(key);
        if (other !== undefined) return [`${label}: /StructParents ${key} is ${pageLabel(other)}'s too`];
        pageOfKey.set(key, index);
        const entry = facts.parentTree?.get(key);
        if (!entry) return [`${label}: /StructParents ${key} has no ParentTree entry`];
        const wrong = page.content.mcids.filter((mcid) => !(holders.get(mcidKey(index, mcid)) ?? []).includes(entry[mcid] ?? ''));
        return wrong.length > 0 ? [`${label}: ParentTree entry ${key} does not name the element of ${count(wrong.length, 'MCID')}, the first ${wrong[0]}`] : [];
      });
      return offences(found, [`${pageOfKey.size} pages with their own ParentTree entry`]);
    },
  },
  {
    id: 'mcid-references',
    requirement: 'Each MCID a page paints is painted once and held by exactly one structure element, and every MCID the structure holds is painted on its page',
    check: (facts) => {
      const holders = mcidHolders(facts.structure);
      const paintedKeys = new Set<string>();
      const found = facts.pages.flatMap((page, index) => {
        const twice = page.content.mcids.filter((mcid) => {
          const key = mcidKey(index, mcid);
          const seen = paintedKeys.has(key);
          paintedKeys.add(key);
          return seen;
        });
        const unheld = page.content.mcids.filter((mcid) => !holders.has(mcidKey(index, mcid)));
        const shared = page.content.mcids.filter((mcid) => (holders.get(mcidKey(index, mcid))?.length ?? 0) > 1);
        return [
          ...(twice.length > 0 ? [`${pageLabel(index)}: ${count(twice.length, 'MCID')} painted twice, the first ${twice[0]}`] : []),
          ...(unheld.length > 0 ? [`${pageLabel(index)}: ${count(unheld.length, 'MCID')} held by no element, the first ${unheld[0]}`] : []),
          ...(shared.length > 0 ? [`${pageLabel(index)}: ${count(shared.length, 'MCID')} held by several elements, the first ${shared[0]}`] : []),
        ];
      });
      const unpainted = [...holders.keys()].filter((key) => !paintedKeys.has(key));
      if (unpainted.length > 0) found.push(`${count(unpainted.length, 'MCID')} held by the structure but not painted on its page, the first ${describeKey(unpainted[0]!)}`);
      return offences(found, [`${paintedKeys.size} marked-content sequences, each held once`]);
    },
  },
];

/** Every MCID the structure holds, keyed by page and MCID, with the elements (`12 0 R`) that hold it. */
function mcidHolders(structure: StructureElement | undefined): Map<string, string[]> {
  const holders = new Map<string, string[]>();
  const visit = (element: StructureElement): void => {
    for (const kid of element.kids) {
      if ('type' in kid) visit(kid);
      else {
        const key = mcidKey(kid.page, kid.mcid);
        holders.set(key, [...(holders.get(key) ?? []), element.ref ?? `a direct ${element.type}`]);
      }
    }
  };
  if (structure) visit(structure);
  return holders;
}

function mcidKey(page: number | undefined, mcid: number): string {
  return `${page ?? 'none'} ${mcid}`;
}

function describeKey(key: string): string {
  const [page, mcid] = key.split(' ');
  return `${mcid} (${page === 'none' ? 'no /Pg' : pageLabel(Number(page))})`;
}

function count(n: number, what: string): string {
  return `${n} ${what}${n === 1 ? '' : 's'}`;
}

function countElements(element: StructureElement): number {
  return 1 + element.kids.reduce((sum, kid) => sum + ('type' in kid ? countElements(kid) : 0), 0);
}

export function elementsOfType(element: StructureElement, type: string): StructureElement[] {
  const nested = element.kids.flatMap((kid) => ('type' in kid ? elementsOfType(kid, type) : []));
  return element.type === type ? [element, ...nested] : nested;
}
