import { describe, expect, it } from 'vitest';
import { EditionStructure, readPageStructure, rekeyStructParents } from '../../src/edition/editionStructure.js';
import { arrayItems, dictEntries, type PdfObject } from '../../src/edition/pdfObjects.js';

const objects = (values: Record<number, string>): Map<number, PdfObject> => new Map(Object.entries(values).map(([number, value]) => [Number(number), { value, stream: null }]));

describe('PDF values read from an object’s text', () => {
  it('splits dictionaries and arrays at their top level, references, strings and nesting kept whole', () => {
    const entries = dictEntries('<< /K [1 0 R 2 0 R] /Alt (a (nested) \\) string) /A << /O /Layout >> /T <FEFF0041> /N 3 >>');
    expect([...entries]).toEqual([['K', '[1 0 R 2 0 R]'], ['Alt', '(a (nested) \\) string)'], ['A', '<< /O /Layout >>'], ['T', '<FEFF0041>'], ['N', '3']]);
    expect(arrayItems('[1 0 R 7 /P null]')).toEqual(['1 0 R', '7', '/P', 'null']);
    expect(arrayItems('4 0 R')).toEqual(['4 0 R']);
  });
});

describe('a page’s structure tree merged into the edition’s', () => {
  // A page as another tool might write it: a ParentTree with kids, a RoleMap, an element straight under the root.
  const page = (role: string) =>
    objects({
      1: '<< /Type /StructTreeRoot /K [2 0 R 5 0 R] /ParentTree 3 0 R /RoleMap << /Story /Art /Lede /' + role + ' >> >>',
      2: '<< /S /Document /P 1 0 R /K [4 0 R] >>',
      3: '<< /Kids [6 0 R] >>',
      4: '<< /S /P /P 2 0 R /K [0 1] /Pg 9 0 R >>',
      5: '<< /S /Figure /P 1 0 R /K 2 /Pg 9 0 R >>',
      6: '<< /Nums [0 [4 0 R 4 0 R 5 0 R] 1 7 0 R] >>',
    });
  const catalog = new Map([['StructTreeRoot', '1 0 R']]);

  it('puts the Document’s kids and the root’s other kids under the edition’s Document, with fresh ParentTree keys', () => {
    const structure = readPageStructure(page('P'), catalog);
    expect(structure.replacedByDocument).toEqual([1, 2]);
    expect(structure.kids).toEqual(['4 0 R', '5 0 R']);
    expect(structure.parentTree).toEqual([[0, '[4 0 R 4 0 R 5 0 R]'], [1, '7 0 R']]);
    const edition = new EditionStructure();
    const renumber = (text: string): string => text.replace(/(\d+) 0 R/g, (_match, number: string) => `${Number(number) + 100} 0 R`);
    const arrays: string[] = [];
    for (let pageIndex = 0; pageIndex < 2; pageIndex++) {
      const keys = edition.keysFor(structure);
      expect(rekeyStructParents('<< /Type /Page /StructParents 0 >> << /StructParent 1 >>', keys)).toBe(`<< /Type /Page /StructParents ${pageIndex * 2} >> << /StructParent ${pageIndex * 2 + 1} >>`);
      edition.addPage(structure, keys, renumber, (array) => arrays.push(array) + 49);
    }
    const { root, document } = edition.finish(4, 5);
    expect(root).toContain('/ParentTree << /Nums [0 50 0 R 1 107 0 R 2 51 0 R 3 107 0 R] >>\n/ParentTreeNextKey 4');
    expect(root).toContain('/RoleMap << /Story /Art /Lede /P >>');
    expect(arrays).toEqual(['[104 0 R 104 0 R 105 0 R]', '[104 0 R 104 0 R 105 0 R]']);
    expect(document).toContain('/K [104 0 R 105 0 R 104 0 R 105 0 R]');
  });

  it('refuses pages whose RoleMaps map one name differently, and a page with no structure tree', () => {
    const edition = new EditionStructure();
    const add = (role: string): void => {
      const structure = readPageStructure(page(role), catalog);
      edition.addPage(structure, edition.keysFor(structure), (text) => text, () => 0);
    };
    add('P');
    expect(() => add('H1')).toThrow("the pages' RoleMaps define /Lede differently");
    expect(() => readPageStructure(page('P'), new Map())).toThrow('a page PDF has no structure tree');
    expect(() => rekeyStructParents('/StructParents 3', new Map())).toThrow('/StructParents 3 has no ParentTree entry');
  });
});
