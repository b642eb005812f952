import { createHash, type Hash } from 'node:crypto';
import { closeSync, openSync, renameSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { PdfMetadata, PdfProfile } from '../pdf/profile.js';
import { uuidUrn } from '../pdf/writePdf.js';
import { pdfaIdentification, xmpDescription } from '../pdf/xmp.js';
import { EditionStructure, readPageStructure, rekeyStructParents } from './editionStructure.js';
import { arrayItems, dictEntries, readObjects, REFERENCE, referenced } from './pdfObjects.js';

/** Objects the edition writes itself, at the end; the pages' objects are numbered after them. */
const CATALOG = 1;
const PAGE_TREE = 2;
const INFORMATION = 3;
const STRUCT_TREE_ROOT = 4;
const DOCUMENT_ELEMENT = 5;

/**
 * Writes the edition's PDF from the pages' PDFs as they come, one at a time, holding only where each object was
 * written: every page's objects (its content stream, fonts, images) are copied byte for byte, renumbered, under one
 * page tree. A page's content is therefore the same bytes in its own PDF and in the edition's. Each page keeps the
 * font subsets of its own PDF (an edition of 24 pages embeds 24 small subsets of each face). The edition states what
 * the profile claims for the whole file (PDF/X: its output intent, identification and XMP; PDF/A: the pages' sRGB
 * output intent, identification and XMP); page boxes come with the pages. Tagged, each page's structure elements are
 * copied with it and put under the edition's one Document element, its ParentTree keys renumbered to be unique.
 */
export class EditionPdfWriter {
  private readonly temporaryPath: string;
  private readonly descriptor: number;
  private position = 0;
  /** File offset of each object by number. */
  private readonly offsets: number[] = [];
  private readonly pageObjects: number[] = [];
  private nextObject: number;
  /** Of the pages' PDFs, in order: the edition's `/ID` and XMP id, the same whenever the pages are. */
  private readonly contentHash: Hash = createHash('sha256');
  /** Tagged profiles: the structure tree merged so far. */
  private readonly structure: EditionStructure | undefined;
  /** PDF/A: the first page's output intents as copied (an array of references). */
  private pdfaOutputIntents: string | undefined;

  constructor(
    private readonly filePath: string,
    private readonly metadata: PdfMetadata,
    private readonly profile: PdfProfile,
  ) {
    this.structure = profile.tagged ? new EditionStructure() : undefined;
    this.nextObject = profile.tagged ? DOCUMENT_ELEMENT + 1 : INFORMATION + 1;
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
    const catalog = dictEntries(objects.get(Number(/\/Root (\d+) 0 R/.exec(trailer)![1]))!.value);
    const pages = objects.get(referenced(catalog.get('Pages')!)!)!;
    const kids = /\/Kids \[([^\]]*)\]/.exec(pages.value)![1]!;
    const pageNumbers = [...kids.matchAll(REFERENCE)].map((match) => Number(match[1]));
    if (pageNumbers.length !== 1) throw new Error(`a page PDF has ${pageNumbers.length} pages, not one`);
    const pageNumber = pageNumbers[0]!;
    const structure = this.structure && readPageStructure(objects, catalog);
    const keys = structure ? this.structure!.keysFor(structure) : new Map<number, number>();
    // Only what the page uses is copied (not the page PDF's catalog, metadata or information), with its structure
    // elements; the edition's Document element takes the place of the page's, its page tree that of the page's.
    const renumbered = new Map<number, number>(structure?.replacedByDocument.map((number) => [number, DOCUMENT_ELEMENT]));
    const written = new Set(renumbered.keys());
    const intents = this.profile.pdfA && this.pdfaOutputIntents === undefined ? arrayItems(catalog.get('OutputIntents') ?? '[]') : [];
    const pending = [pageNumber, ...(structure?.references ?? []), ...intents.map((intent) => referenced(intent)!)];
    while (pending.length > 0) {
      const number = pending.pop()!;
      if (renumbered.has(number)) continue;
      renumbered.set(number, this.nextObject++);
      const object = objects.get(number);
      if (!object) throw new Error(`a page PDF refers to object ${number}, which it does not have`);
      const value = number === pageNumber ? object.value.replace(/\/Parent \d+ 0 R/, '') : object.value;
      for (const match of value.matchAll(REFERENCE)) pending.push(Number(match[1]));
    }
    const renumber = (text: string): string => text.replace(REFERENCE, (_match, number: string) => `${renumbered.get(Number(number))} 0 R`);
    for (const [number, newNumber] of [...renumbered].sort((a, b) => a[1] - b[1])) {
      if (written.has(number)) continue;
      const object = objects.get(number)!;
      // The page's parent becomes the edition's page tree, which is not renumbered.
      const ownValue = number === pageNumber ? object.value.replace(/\/Parent \d+ 0 R/, '/Parent PAGES') : object.value;
      this.writeObject(newNumber, rekeyStructParents(renumber(ownValue), keys).replace('/Parent PAGES', `/Parent ${PAGE_TREE} 0 R`), object.stream);
    }
    if (structure) this.structure!.addPage(structure, keys, renumber, (array) => this.writeNewObject(array));
    if (intents.length > 0) this.pdfaOutputIntents = `[${intents.map(renumber).join(' ')}]`;
    this.pageObjects.push(renumbered.get(pageNumber)!);
  }

  /** Writes the page tree, catalog, information and cross-reference table, and puts the file in place. */
  finish(): void {
    const { metadata, profile } = this;
    const hash = this.contentHash.update(JSON.stringify(metadata)).digest();
    this.writeObject(PAGE_TREE, `<<\n/Type /Pages\n/Count ${this.pageObjects.length}\n/Kids [${this.pageObjects.map((number) => `${number} 0 R`).join(' ')}]\n>>`, null);
    const descriptions = [xmpDescription(metadata, profile, { uuid: uuidUrn(hash), creationDate: metadata.date }, TOOL), ...(profile.pdfA ? [pdfaIdentification(profile.pdfA)] : [])];
    const xmp = Buffer.from(xmpPacket(descriptions.join('\n')), 'utf8');
    // Uncompressed, as PDF/X and PDF/A want it, so that any tool can read it.
    const metadataObject = this.writeNewObject(`<<\n/Type /Metadata\n/Subtype /XML\n/Length ${xmp.length}\n>>`, xmp);
    let outputIntents = this.pdfaOutputIntents === undefined ? '' : `/OutputIntents ${this.pdfaOutputIntents}\n`;
    if (profile.pdfX) {
      const { iccProfile, identifier, info } = profile.pdfX.outputIntent;
      const iccObject = this.writeNewObject(`<<\n/N 4\n/Length ${iccProfile.length}\n>>`, iccProfile);
      const intentObject = this.writeNewObject(`<<\n/Type /OutputIntent\n/S /GTS_PDFX\n/OutputConditionIdentifier ${pdfText(identifier)}\n/OutputCondition ${pdfText(info)}\n/Info ${pdfText(info)}\n/DestOutputProfile ${iccObject} 0 R\n>>`);
      outputIntents = `/OutputIntents [${intentObject} 0 R]\n`;
    }
    let tagged = '';
    if (this.structure) {
      const { root, document } = this.structure.finish(STRUCT_TREE_ROOT, DOCUMENT_ELEMENT);
      this.writeObject(STRUCT_TREE_ROOT, root, null);
      this.writeObject(DOCUMENT_ELEMENT, document, null);
      tagged = `/MarkInfo << /Marked true >>\n/StructTreeRoot ${STRUCT_TREE_ROOT} 0 R\n`;
    }
    const catalog = `<<\n/Type /Catalog\n/Pages ${PAGE_TREE} 0 R\n/Metadata ${metadataObject} 0 R\n${outputIntents}${tagged}/Lang ${pdfText(metadata.lang)}\n/ViewerPreferences << /DisplayDocTitle true >>\n>>`;
    this.writeObject(CATALOG, catalog, null);
    const date = pdfDate(metadata.date);
    const pdfX = profile.pdfX ? `/GTS_PDFXVersion ${pdfText(profile.pdfX.version)}\n/Trapped /False\n` : '';
    this.writeObject(INFORMATION, `<<\n/Title ${pdfText(metadata.title)}\n/Creator (${TOOL.creator})\n/Producer (${TOOL.producer})\n/CreationDate ${date}\n/ModDate ${date}\n${pdfX}>>`, null);
    const id = hash.subarray(0, 16).toString('hex').toUpperCase();
    const xrefAt = this.position;
    const rows = [`xref\n0 ${this.nextObject}\n`, '0000000000 65535 f \n'];
    for (let number = 1; number < this.nextObject; number++) rows.push(`${String(this.offsets[number]).padStart(10, '0')} 00000 n \n`);
    rows.push(`trailer\n<<\n/Size ${this.nextObject}\n/Root ${CATALOG} 0 R\n/Info ${INFORMATION} 0 R\n/ID [<${id}> <${id}>]\n>>\nstartxref\n${xrefAt}\n%%EOF\n`);
    this.write(Buffer.from(rows.join(''), 'latin1'));
    closeSync(this.descriptor);
    renameSync(this.temporaryPath, this.filePath);
  }

  /** Leaves no half-written edition behind (the previous one, if any, stays). */
  abandon(): void {
    closeSync(this.descriptor);
    rmSync(this.temporaryPath, { force: true });
  }

  /** Writes an object under the next free number, and returns the number. */
  private writeNewObject(value: string, stream: Buffer | null = null): number {
    const number = this.nextObject++;
    this.writeObject(number, value, stream);
    return number;
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

/** A text string: UTF-16 with a byte-order mark, in hex, so any character and no escaping. */
function pdfText(text: string): string {
  return `<FEFF${[...text].map((char) => Buffer.from(char, 'utf16le').swap16().toString('hex')).join('').toUpperCase()}>`;
}

function pdfDate(date: Date): string {
  const pad = (value: number): string => String(value).padStart(2, '0');
  return `(D:${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z)`;
}
