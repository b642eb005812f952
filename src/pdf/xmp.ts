import { escapeXml } from '../images/svg.js';
import type { PdfMetadata, PdfProfile } from './profile.js';

/** What identifies this rendering: its id, from a hash of its content, and its creation date (the Info dictionary's). */
export interface RenditionIds {
  /** `xmpMM:DocumentID` and `InstanceID`: a UUID URN. */
  uuid: string;
  creationDate: Date;
}

const NAMESPACES = {
  xmp: 'http://ns.adobe.com/xap/1.0/',
  dc: 'http://purl.org/dc/elements/1.1/',
  pdf: 'http://ns.adobe.com/pdf/1.3/',
  xmpMM: 'http://ns.adobe.com/xap/1.0/mm/',
  pdfxid: 'http://www.npes.org/pdfx/ns/id/',
  prism: 'http://prismstandard.org/namespaces/basic/3.0/',
  pdfaExtension: 'http://www.aiim.org/pdfa/ns/extension/',
  pdfaSchema: 'http://www.aiim.org/pdfa/ns/schema#',
  pdfaProperty: 'http://www.aiim.org/pdfa/ns/property#',
} as const;

/** PRISM properties we record; PDF/A wants every property outside its predefined schemas described in the file. */
const PRISM_PROPERTIES: { name: string; description: string }[] = [
  { name: 'publicationName', description: 'Name of the newspaper' },
  { name: 'edition', description: 'Edition of the newspaper' },
  { name: 'coverDate', description: 'Publication date' },
];

/**
 * The XMP metadata after pdfkit's own header (and its PDF/A identification): one description with the title,
 * author, dates, ids, the PDF/X identification and trapping for print, the publication and edition. It repeats the
 * Info dictionary's values as PDF/A and PDF/X require, and escapes them (pdfkit's own writer does not).
 */
export function xmpDescription(metadata: PdfMetadata, profile: PdfProfile, ids: RenditionIds, tool: { creator: string; producer: string }): string {
  const created = xmpDate(ids.creationDate);
  const published = xmpDate(metadata.date);
  const prism: [string, string][] = [
    ...(metadata.publication ? [['publicationName', metadata.publication] as [string, string]] : []),
    ...(metadata.edition ? [['edition', metadata.edition] as [string, string]] : []),
    ['coverDate', published.slice(0, 10)],
  ];
  const namespaces = (['xmp', 'dc', 'pdf', 'xmpMM', 'prism', ...(profile.pdfX ? ['pdfxid' as const] : [])] as const)
    .map((prefix) => `xmlns:${prefix}="${NAMESPACES[prefix]}"`)
    .join(' ');
  const lines = [
    `<rdf:Description rdf:about="" ${namespaces}>`,
    `<xmp:CreateDate>${created}</xmp:CreateDate>`,
    `<xmp:ModifyDate>${created}</xmp:ModifyDate>`,
    `<xmp:MetadataDate>${created}</xmp:MetadataDate>`,
    `<xmp:CreatorTool>${escapeXml(tool.creator)}</xmp:CreatorTool>`,
    '<dc:format>application/pdf</dc:format>',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${escapeXml(metadata.title)}</rdf:li></rdf:Alt></dc:title>`,
    ...(metadata.author ? [`<dc:creator><rdf:Seq><rdf:li>${escapeXml(metadata.author)}</rdf:li></rdf:Seq></dc:creator>`] : []),
    `<dc:date><rdf:Seq><rdf:li>${published}</rdf:li></rdf:Seq></dc:date>`,
    `<dc:language><rdf:Bag><rdf:li>${escapeXml(metadata.lang)}</rdf:li></rdf:Bag></dc:language>`,
    `<pdf:Producer>${escapeXml(tool.producer)}</pdf:Producer>`,
    ...(profile.pdfX ? ['<pdf:Trapped>False</pdf:Trapped>', `<pdfxid:GTS_PDFXVersion>${profile.pdfX.version}</pdfxid:GTS_PDFXVersion>`] : []),
    `<xmpMM:DocumentID>${ids.uuid}</xmpMM:DocumentID>`,
    `<xmpMM:InstanceID>${ids.uuid}</xmpMM:InstanceID>`,
    '<xmpMM:VersionID>1</xmpMM:VersionID>',
    '<xmpMM:RenditionClass>default</xmpMM:RenditionClass>',
    ...prism.map(([name, value]) => `<prism:${name}>${escapeXml(value)}</prism:${name}>`),
    '</rdf:Description>',
  ];
  if (profile.pdfA) lines.push(prismExtensionSchema());
  return lines.join('\n');
}

/**
 * The PDF/A identification (ISO 19005-2, 6.6.4) for a file we write ourselves (pdfkit writes its own for a page's):
 * the edition's PDF.
 */
export function pdfaIdentification(pdfA: NonNullable<PdfProfile['pdfA']>): string {
  return [
    `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/">`,
    `<pdfaid:part>${pdfA.part}</pdfaid:part>`,
    `<pdfaid:conformance>${pdfA.conformance}</pdfaid:conformance>`,
    '</rdf:Description>',
  ].join('\n');
}

/** The PDF/A extension schema that describes the PRISM properties (ISO 19005-2, 6.6.2.3). */
function prismExtensionSchema(): string {
  const properties = PRISM_PROPERTIES.map(
    ({ name, description }) =>
      `<rdf:li rdf:parseType="Resource"><pdfaProperty:name>${name}</pdfaProperty:name><pdfaProperty:valueType>Text</pdfaProperty:valueType>` +
      `<pdfaProperty:category>external</pdfaProperty:category><pdfaProperty:description>${description}</pdfaProperty:description></rdf:li>`,
  ).join('');
  return [
    `<rdf:Description rdf:about="" xmlns:pdfaExtension="${NAMESPACES.pdfaExtension}" xmlns:pdfaSchema="${NAMESPACES.pdfaSchema}" xmlns:pdfaProperty="${NAMESPACES.pdfaProperty}">`,
    '<pdfaExtension:schemas><rdf:Bag><rdf:li rdf:parseType="Resource">',
    '<pdfaSchema:schema>PRISM Basic Metadata</pdfaSchema:schema>',
    `<pdfaSchema:namespaceURI>${NAMESPACES.prism}</pdfaSchema:namespaceURI>`,
    '<pdfaSchema:prefix>prism</pdfaSchema:prefix>',
    `<pdfaSchema:property><rdf:Seq>${properties}</rdf:Seq></pdfaSchema:property>`,
    '</rdf:li></rdf:Bag></pdfaExtension:schemas>',
    '</rdf:Description>',
  ].join('\n');
}

/** XMP dates are ISO 8601; the Info dictionary's `D:…Z` dates say the same instant (PDF/A checks they agree). */
export function xmpDate(date: Date): string {
  return `${date.toISOString().split('.')[0]}Z`;
}
