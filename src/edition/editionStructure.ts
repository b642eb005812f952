import { arrayItems, dictEntries, REFERENCE, referenced, type PdfObject } from './pdfObjects.js';

/** What the copy of a tagged page needs of its PDF's structure tree. */
export interface PageStructure {
  /** The page PDF's StructTreeRoot and Document element: the edition's Document element stands in for both. */
  replacedByDocument: number[];
  /** The elements under the page's Document, in reading order (references). */
  kids: string[];
  /** The ParentTree: each key (the page's `/StructParents`, an object's `/StructParent`) with its value's text. */
  parentTree: [key: number, value: string][];
  roleMap: Map<string, string>;
  classMap: Map<string, string>;
  /** Objects the structure refers to, to be copied with the page. */
  references: number[];
}

/** Reads a page PDF's structure tree from its catalog's entries; throws when the page is not tagged. */
export function readPageStructure(objects: ReadonlyMap<number, PdfObject>, catalog: ReadonlyMap<string, string>): PageStructure {
  const resolve = (value: string): string => {
    const number = referenced(value);
    if (number === undefined) return value;
    const object = objects.get(number);
    if (!object) throw new Error(`a page PDF refers to object ${number}, which it does not have`);
    return object.value;
  };
  const rootReference = catalog.get('StructTreeRoot');
  if (rootReference === undefined) throw new Error('a page PDF has no structure tree: a tagged edition needs tagged pages');
  const root = dictEntries(resolve(rootReference));
  const replacedByDocument = [referenced(rootReference)!];
  const kids: string[] = [];
  for (const kid of arrayItems(resolve(root.get('K') ?? '[]'))) {
    const element = dictEntries(resolve(kid));
    if (element.get('S') !== '/Document') kids.push(kid);
    else {
      replacedByDocument.push(referenced(kid)!);
      kids.push(...arrayItems(resolve(element.get('K') ?? '[]')));
    }
  }
  if (kids.some((kid) => referenced(kid) === undefined)) throw new Error('a page PDF has marked content directly under its Document element');
  const parentTree = numberTree(root.get('ParentTree'), resolve);
  const roleMap = root.has('RoleMap') ? dictEntries(resolve(root.get('RoleMap')!)) : new Map<string, string>();
  const classMap = root.has('ClassMap') ? dictEntries(resolve(root.get('ClassMap')!)) : new Map<string, string>();
  const texts = [...kids, ...parentTree.map(([, value]) => value), ...classMap.values()];
  const references = texts.flatMap((text) => [...text.matchAll(REFERENCE)].map((match) => Number(match[1])));
  return { replacedByDocument, kids, parentTree, roleMap, classMap, references };
}

/** A number tree's entries, its kids' included, in key order as written. */
function numberTree(node: string | undefined, resolve: (value: string) => string): [number, string][] {
  if (node === undefined) return [];
  const entries = dictEntries(resolve(node));
  const nums = arrayItems(resolve(entries.get('Nums') ?? '[]'));
  const own: [number, string][] = [];
  for (let index = 0; index + 1 < nums.length; index += 2) own.push([Number(nums[index]), nums[index + 1]!]);
  const kids = entries.has('Kids') ? arrayItems(resolve(entries.get('Kids')!)).flatMap((kid) => numberTree(kid, resolve)) : [];
  return [...own, ...kids];
}

/** A RoleMap or ClassMap entry as the first page wrote it, and as copied into the edition. */
interface Definition {
  raw: string;
  copied: string;
}

/**
 * The edition's structure tree, gathered page by page as the pages are copied: one Document element whose kids are
 * the pages' elements in page order, and one ParentTree whose keys are renumbered so that no two pages share one.
 * Only the references are kept (a few per page); the elements themselves are written with their page.
 */
export class EditionStructure {
  private readonly kids: string[] = [];
  private readonly parentTree: string[] = [];
  private nextKey = 0;
  private readonly roleMap = new Map<string, Definition>();
  private readonly classMap = new Map<string, Definition>();

  /** The page's ParentTree keys mapped to the edition's, next in line. */
  keysFor(page: PageStructure): Map<number, number> {
    return new Map(page.parentTree.map(([key]) => [key, this.nextKey++]));
  }

  /**
   * Records a copied page: its elements under the Document, its ParentTree entries (an array written as an object
   * of its own by `writeArray`, a reference renumbered), its RoleMap and ClassMap merged with the other pages'.
   */
  addPage(page: PageStructure, keys: ReadonlyMap<number, number>, renumber: (text: string) => string, writeArray: (text: string) => number): void {
    this.kids.push(...page.kids.map(renumber));
    for (const [key, value] of page.parentTree) {
      const copied = referenced(value) === undefined ? `${writeArray(renumber(value))} 0 R` : renumber(value);
      this.parentTree.push(`${keys.get(key)!} ${copied}`);
    }
    merge(this.roleMap, page.roleMap, renumber, 'RoleMap');
    merge(this.classMap, page.classMap, renumber, 'ClassMap');
  }

  /** The StructTreeRoot's and the Document element's dictionaries, written when the last page is in. */
  finish(rootObject: number, documentObject: number): { root: string; document: string } {
    const map = (name: string, definitions: Map<string, Definition>): string =>
      definitions.size === 0 ? '' : `/${name} <<${[...definitions].map(([key, { copied }]) => ` /${key} ${copied}`).join('')} >>\n`;
    return {
      root: `<<\n/Type /StructTreeRoot\n/K ${documentObject} 0 R\n/ParentTree << /Nums [${this.parentTree.join(' ')}] >>\n/ParentTreeNextKey ${this.nextKey}\n${map('RoleMap', this.roleMap)}${map('ClassMap', this.classMap)}>>`,
      document: `<<\n/Type /StructElem\n/S /Document\n/P ${rootObject} 0 R\n/K [${this.kids.join(' ')}]\n>>`,
    };
  }
}

/** An object's `/StructParents` and `/StructParent` keys, in the edition's numbering. */
export function rekeyStructParents(value: string, keys: ReadonlyMap<number, number>): string {
  return value.replace(/\/(StructParents?)\s+(\d+)/g, (_match, name: string, key: string) => {
    const edition = keys.get(Number(key));
    if (edition === undefined) throw new Error(`a page PDF's /${name} ${key} has no ParentTree entry`);
    return `/${name} ${edition}`;
  });
}

/** The pages' role or class definitions in one map: the same name defined alike on every page that has it. */
function merge(into: Map<string, Definition>, entries: ReadonlyMap<string, string>, renumber: (text: string) => string, what: string): void {
  for (const [key, raw] of entries) {
    const known = into.get(key);
    if (!known) into.set(key, { raw, copied: renumber(raw) });
    else if (known.raw !== raw) throw new Error(`the pages' ${what}s define /${key} differently`);
  }
}
