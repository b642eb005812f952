import { getDocument, type PDFPageProxy } from 'pdfjs-dist/legacy/build/pdf.mjs';

interface TreeNode {
  role?: string;
  type?: string;
  id?: string;
  children?: TreeNode[];
}

/** An element as pdf.js reads it: its role, the text of its own marked content, and its element kids. */
export interface ReadElement {
  role: string;
  text: string;
  kids: ReadElement[];
}

/**
 * Each page's structure as pdf.js reads it (a reader apart from preflight's): the elements under the Document that
 * the page's content belongs to, each with the text of its marked content.
 */
export async function pageStructures(pdf: Buffer): Promise<ReadElement[][]> {
  const document = await getDocument({ data: new Uint8Array(pdf), verbosity: 0 }).promise;
  const pages: ReadElement[][] = [];
  for (let number = 1; number <= document.numPages; number++) {
    const page = await document.getPage(number);
    const textById = await markedContentText(page);
    const read = (node: TreeNode): ReadElement => {
      const children = node.children ?? [];
      const text = children.filter((kid) => kid.type === 'content').map((kid) => textById.get(kid.id!) ?? '').join(' ');
      return { role: node.role!, text, kids: children.filter((kid) => kid.type !== 'content').map(read) };
    };
    const tree = (await page.getStructTree()) as TreeNode;
    const root = read(tree.children![0]!);
    pages.push(root.role === 'Document' ? root.kids : [root]);
  }
  return pages;
}

/** The text of each marked-content sequence with an id on a pdf.js page, by that id. */
export async function markedContentText(page: PDFPageProxy): Promise<Map<string, string>> {
  const content = await page.getTextContent({ includeMarkedContent: true });
  const textById = new Map<string, string>();
  // Marked content nests (an /ActualText span inside a line): text belongs to the innermost sequence with an id.
  const open: (string | undefined)[] = [];
  for (const item of content.items) {
    if ('type' in item && (item.type === 'beginMarkedContentProps' || item.type === 'beginMarkedContent')) open.push(item.id ?? undefined);
    else if ('type' in item && item.type === 'endMarkedContent') open.pop();
    else if ('str' in item) {
      const current = [...open].reverse().find((id) => id !== undefined);
      if (current) textById.set(current, `${textById.get(current) ?? ''}${item.str}`);
    }
  }
  return textById;
}

/** Letters and digits only, lower case: what must survive whatever the line breaks, hyphens and spacing did. */
export function letters(text: string): string {
  return text.normalize('NFC').toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}
