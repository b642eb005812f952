import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PdfMetadata, PdfProfile } from '../pdf/profile.js';
import { uuidUrn } from '../pdf/writePdf.js';
import { xmpDescription } from '../pdf/xmp.js';

/** An object of a page's PDF: its dictionary (or other value) as text, and its stream's bytes, untouched. */
interface PdfObject {
  value: string;
  stream: Buffer | null;
}

const REFERENCE = /(\d+) 0 R\b/g;

/**
 * Writes the edition's PDF from the pages' PDFs as they come, one at a time, holding only where each object was
 * written: every page's objects (its content stream, fonts, images) are copied byte for byte, renumbered, under one
 * page tree. A page's content is therefore the same bytes in its own PDF and in the edition's. Each page keeps the
 * font subsets of its own PDF (an edition of 24 pages embeds 24 small subsets of each face). The edition states what
 * the profile claims for the whole file (PDF/X: its output intent, identification and XMP); page boxes come with the
 * pages. It cannot claim PDF/A: the pages' structure trees are not merged.
 */
export class EditionPdfWriter {
  private readonly temporaryPath: string;
  private readonly descriptor: number;
  private position = 0;
  /** File offset of each object by number; 1 is the catalog, 2 the page tree, 3 the document information. */
  private readonly offsets: number[] = [];
  private readonly pageObjects: number[] = [];
  private nextObject = 4;
  /** Of the pages' PDFs, in order: the edition's `/ID` and XMP id, the same whenever the pages are. */
  private readonly contentHash: Hash = createHash('sha256');

  constructor(
    private readonly filePath: string,
    private readonly metadata: PdfMetadata,
    private readonly profile: PdfProfile,
  ) {
    if (profile.pdfA) throw new Error('an edition PDF cannot be PDF/A: the pages’ structure trees are not merged');
    this.temporaryPath = path.join(path.dirname(filePath), `.${path.basename(filePath)}.${process.pid}.tmp`);
    this.descriptor = openSync(this.temporaryPath, 'w');
    // The binary comment line tells transfer programs that the file is binary.
    this.write(Buffer.from(`%PDF-${profile.pdfVersion}\n%\xFF\xFF\xFF\xFF\n`, 'latin1'));
  }

  /** Appends the page of a one-page PDF (as pdfkit writes them: a cross-reference table, no object streams). */
  appendPage(pdf: Buffer): void {
    const objects = readObjects(pdf);
    this.contentHash.update(pdf);
    const trailer = pdf.toString('latin1', pdf.lastIndexOf('trailer'));
    const root = objects.get(Number(/\/Root (\d+) 0 R/.exec(trailer)![1]))!;
    const pages = objects.get(Number(/\/Pages (\d+) 0 R/.exec(root.value)![1]))!;
    const kids = /\/Kids \[([^\]]*)\]/.exec(pages.value)![1]!;
    const pageNumbers = [...kids.matchAll(REFERENCE)].map((match) => Number(match[1]));
    if (pageNumbers.length !== 1) throw new Error(`a page PDF has ${pageNumbers.length} pages, not one`);
    // Only what the page uses is copied (not the page PDF's catalog, metadata or information).
    const renumbered = new Map<number, number>();
    const pending = [pageNumbers[0]!];
    while (pending.length > 0) {
      const number = pending.pop()!;
      if (renumbered.has(number)) continue;
      renumbered.set(number, this.nextObject++);
      const object = objects.get(number);
      if (!object) throw new Error(`a page PDF refers to object ${number}, which it does not have`);
      const value = number === pageNumbers[0] ? object.value.replace(/\/Parent \d+ 0 R/, '') : object.value;
      for (const match of value.matchAll(REFERENCE)) pending.push(Number(match[1]));
    }
    for (const [number, newNumber] of [...renumbered].sort((a, b) => a[1] - b[1])) {
      const object = objects.get(number)!;
      // The page's parent becomes the edition's page tree (object 2), which is not renumbered.
      const ownValue = number === pageNumbers[0] ? object.value.replace(/\/Parent \d+ 0 R/, '/Parent PAGES') : object.value;
      const value = ownValue.replace(REFERENCE, (_match, referenced: string) => `${renumbered.get(Number(referenced))} 0 R`).replace('/Parent PAGES', '/Parent 2 0 R');
      this.writeObject(newNumber, value, object.stream);
    }
    this.pageObjects.push(renumbered.get(pageNumbers[0]!)!);
  }

  /** Writes the page tree, catalog, information and cross-reference table, and puts the file in place. */
  finish(): void {
    const { metadata, profile } = this;
    const hash = this.contentHash.update(JSON.stringify(metadata)).digest();
    this.writeObject(2, `<<\n/Type /Pages\n/Count ${this.pageObjects.length}\n/Kids [${this.pageObjects.map((number) => `${number} 0 R`).join(' ')}]\n>>`, null);
    const xmp = Buffer.from(xmpPacket(xmpDescription(metadata, profile, { uuid: uuidUrn(hash), creationDate: metadata.date }, TOOL)), 'utf8');
    const metadataObject = this.nextObject++;
    // Uncompressed, as PDF/X and PDF/A want it, so that any tool can read it.
    this.writeObject(metadataObject, `<<\n/Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}\n>>`, xmp);
    let outputIntents = '';
    if (profile.pdfX) {
      const { iccProfile, identifier, info } = profile.pdfX.outputIntent;
      const iccObject = this.nextObject++;
      this.writeObject(iccObject, `<<\n/N 4\n/Length ${iccProfile.length}\n>>`, iccProfile);
      const intentObject = this.nextObject++;
      this.writeObject(intentObject, `<<\n/Type /OutputIntent\n/S /GTS_PDFX\n/OutputConditionIdentifier ${pdfText(identifier)}\n/OutputCondition ${pdfText(info)}\n/Info ${pdfText(info)}\n/DestOutputProfile ${iccObject} 0 R\n>>`, null);
      outputIntents = `/OutputIntents [${intentObject} 0 R]\n`;
    }
    this.writeObject(1, `<<\n/Type /Catalog\n/Pages 2 0 R\n/Metadata ${metadataObject} 0 R\n${outputIntents}/Lang ${pdfText(metadata.lang)}\n/ViewerPreferences << /DisplayDocTitle true >>\n>>`, null);
    const date = pdfDate(metadata.date);
    const pdfX = profile.pdfX ? `/GTS_PDFXVersion ${pdfText(profile.pdfX.version)}\n/Trapped /False\n` : '';
    this.writeObject(3, `<<\n/Title ${pdfText(metadata.title)}\n/Creator (${TOOL.creator})\n/Producer (${TOOL.producer})\n/CreationDate ${date}\n/ModDate ${date}\n${pdfX}>>`, null);
    const id = hash.subarray(0, 16).toString('hex').toUpperCase();
    const xrefAt = this.position;
    const rows = [`xref\n0 ${this.nextObject}\n`, '0000000000 65535 f \n'];
    for (let number = 1; number < this.nextObject; number++) rows.push(`${String(this.offsets[number]).padStart(10, '0')} 00000 n \n`);
    rows.push(`trailer\n<<\n/Size ${this.nextObject}\n/Root 1 0 R\n/Info 3 0 R\n/ID [<${id}> <${id}>]\n>>\nstartxref\n${xrefAt}\n%%EOF\n`);
    this.write(Buffer.from(rows.join(''), 'latin1'));
    closeSync(this.descriptor);
    renameSync(this.temporaryPath, this.filePath);
  }

  /** Leaves no half-written edition behind (the previous one, if any, stays). */
  abandon(): void {
    closeSync(this.descriptor);
    rmSync(this.temporaryPath, { force: true });
  }

  private writeObject(number: number, value: string, stream: Buffer | null): void {
    this.offsets[number] = this.position;
    this.write(Buffer.from(`${number} 0 obj\n${value}\n`, 'latin1'));
    if (stream) {
      this.write(Buffer.from('stream\n', 'latin1'));
      this.write(stream);
      this.write(Buffer.from('\nendstream\n', 'latin1'));
    }
    this.write(Buffer.from('endobj\n', 'latin1'));
  }

  private write(bytes: Buffer): void {
    writeSync(this.descriptor, bytes);
    this.position += bytes.length;
  }
}

const TOOL = { creator: 'Broadsheet', producer: 'Broadsheet' };

/** An XMP packet around one or more `rdf:Description`s; writable in place (`end="w"`). */
function xmpPacket(descriptions: string): string {
  return [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    descriptions,
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ].join('\n');
}

/** The objects of a PDF with a classic cross-reference table, by number. */
function readObjects(pdf: Buffer): Map<number, PdfObject> {
  const startXref = Number(/startxref\s+(\d+)/.exec(pdf.toString('latin1', pdf.lastIndexOf('startxref')))![1]);
  const table = /^xref\s+(\d+) (\d+)\s+/.exec(pdf.toString('latin1', startXref, startXref + 64))!;
  const first = Number(table[1]);
  const count = Number(table[2]);
  const rowsAt = startXref + table[0].length;
  const objects = new Map<number, PdfObject>();
  for (let index = 0; index < count; index++) {
    const row = pdf.toString('latin1', rowsAt + index * 20, rowsAt + index * 20 + 18);
    if (!row.endsWith('n')) continue;
    objects.set(first + index, readObject(pdf, Number(row.slice(0, 10))));
  }
  return objects;
}

function readObject(pdf: Buffer, offset: number): PdfObject {
  const valueStart = pdf.indexOf('obj', offset, 'latin1') + 3;
  const endObject = pdf.indexOf('endobj', valueStart, 'latin1');
  const streamKeyword = pdf.indexOf('stream', valueStart, 'latin1');
  if (streamKeyword < 0 || streamKeyword > endObject) return { value: pdf.toString('latin1', valueStart, endObject).trim(), stream: null };
  const value = pdf.toString('latin1', valueStart, streamKeyword).trim();
  const length = /\/Length (\d+)(?!\d| \d+ R)/.exec(value);
  if (!length) throw new Error('a page PDF has a stream without a direct length');
  const dataStart = streamKeyword + 'stream'.length + (pdf[streamKeyword + 6] === 0x0d ? 2 : 1);
  return { value, stream: pdf.subarray(dataStart, dataStart + Number(length[1])) };
}

/** A text string: UTF-16 with a byte-order mark, in hex, so any character and no escaping. */
function pdfText(text: string): string {
  return `<FEFF${[...text].map((char) => Buffer.from(char, 'utf16le').swap16().toString('hex')).join('').toUpperCase()}>`;
}

function pdfDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}
