import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFRef, PDFString, type PDFObject } from 'pdf-lib';

/** An element of a tagged PDF's structure tree, with its kids in order: elements, or marked content on a page. */
export interface StructureElement {
  type: string;
  /** The element's object (`12 0 R`), what the ParentTree names it by; absent for a direct dictionary. */
  ref?: string;
  alt?: string;
  actualText?: string;
  kids: (StructureElement | MarkedContentKid)[];
}

/** A marked-content id, and the index of the page it is on (its `/Pg`, or the nearest element's); absent when none says. */
export interface MarkedContentKid {
  mcid: number;
  page?: number;
}

type Lookup = (object: PDFObject | undefined) => PDFObject | undefined;

const MAX_DEPTH = 64;

/**
 * Reads the tree under a `StructTreeRoot` (the root itself as type `StructTreeRoot`); cycles and depth are bounded.
 * `pageIndex` tells which page a `/Pg` reference is.
 */
export function readStructure(root: PDFDict, lookup: Lookup, pageIndex: (pg: PDFObject | undefined) => number | undefined): StructureElement {
  const seen = new Set<PDFDict>();
  const element = (dict: PDFDict, ref: PDFObject | undefined, depth: number, parentPage: number | undefined): StructureElement => {
    seen.add(dict);
    const text = (key: string): string | undefined => {
      const value = lookup(dict.get(PDFName.of(key)));
      return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
    };
    const type = lookup(dict.get(PDFName.of('S')));
    const alt = text('Alt');
    const actualText = text('ActualText');
    const page = pageIndex(dict.get(PDFName.of('Pg'))) ?? parentPage;
    return {
      type: type instanceof PDFName ? type.asString().slice(1) : 'StructTreeRoot',
      ...(ref instanceof PDFRef && { ref: ref.toString() }),
      ...(alt !== undefined && { alt }),
      ...(actualText !== undefined && { actualText }),
      kids: depth >= MAX_DEPTH ? [] : kidsOf(dict.get(PDFName.of('K')), depth, page),
    };
  };
  const kidsOf = (kids: PDFObject | undefined, depth: number, page: number | undefined): StructureElement['kids'] => {
    const resolved = lookup(kids);
    const list = resolved instanceof PDFArray ? resolved.asArray() : [kids];
    return list.flatMap((reference): StructureElement['kids'] => {
      const kid = lookup(reference);
      if (kid instanceof PDFNumber) return [{ mcid: kid.asNumber(), ...(page !== undefined && { page }) }];
      if (!(kid instanceof PDFDict) || seen.has(kid)) return [];
      const mcid = lookup(kid.get(PDFName.of('MCID')));
      if (mcid instanceof PDFNumber) {
        const mcrPage = pageIndex(kid.get(PDFName.of('Pg'))) ?? page;
        return [{ mcid: mcid.asNumber(), ...(mcrPage !== undefined && { page: mcrPage }) }];
      }
      return kid.get(PDFName.of('S')) ? [element(kid, reference, depth + 1, page)] : [];
    });
  };
  return element(root, undefined, 0, undefined);
}
