import { PDFArray, PDFDict, PDFHexString, PDFName, PDFNumber, PDFString, type PDFObject } from 'pdf-lib';

/** An element of a tagged PDF's structure tree, with its kids in order: elements, or marked-content ids. */
export interface StructureElement {
  type: string;
  alt?: string;
  actualText?: string;
  kids: (StructureElement | { mcid: number })[];
}

type Lookup = (object: PDFObject | undefined) => PDFObject | undefined;

const MAX_DEPTH = 64;

/** Reads the tree under a `StructTreeRoot` (the root itself as type `StructTreeRoot`); cycles and depth are bounded. */
export function readStructure(root: PDFDict, lookup: Lookup): StructureElement {
  const seen = new Set<PDFDict>();
  const element = (dict: PDFDict, depth: number): StructureElement => {
    seen.add(dict);
    const text = (key: string): string | undefined => {
      const value = lookup(dict.get(PDFName.of(key)));
      return value instanceof PDFString || value instanceof PDFHexString ? value.decodeText() : undefined;
    };
    const type = lookup(dict.get(PDFName.of('S')));
    const alt = text('Alt');
    const actualText = text('ActualText');
    return {
      type: type instanceof PDFName ? type.asString().slice(1) : 'StructTreeRoot',
      ...(alt !== undefined && { alt }),
      ...(actualText !== undefined && { actualText }),
      kids: depth >= MAX_DEPTH ? [] : kidsOf(lookup(dict.get(PDFName.of('K'))), depth),
    };
  };
  const kidsOf = (kids: PDFObject | undefined, depth: number): StructureElement['kids'] => {
    const list = kids instanceof PDFArray ? kids.asArray().map(lookup) : [kids];
    return list.flatMap((kid): StructureElement['kids'] => {
      if (kid instanceof PDFNumber) return [{ mcid: kid.asNumber() }];
      if (!(kid instanceof PDFDict) || seen.has(kid)) return [];
      const mcid = lookup(kid.get(PDFName.of('MCID')));
      if (mcid instanceof PDFNumber) return [{ mcid: mcid.asNumber() }];
      return kid.get(PDFName.of('S')) ? [element(kid, depth + 1)] : [];
    });
  };
  return element(root, 0);
}
