import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError } from '../errors.js';
import { importExtractedText } from '../import/importExtracted.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

export interface ImportArgs {
  extracted: string;
  out?: string | undefined;
  imagePrefix: string;
  page: number;
}

/** Text extracted from a page becomes an article; a page's PDF becomes an article, a layout and its photos in a folder. */
export async function importCommand(args: ImportArgs): Promise<void> {
  const bytes = await readFile(args.extracted).catch((error: NodeJS.ErrnoException) => {
    throw new InputError(args.extracted, '', `cannot read (${error.code ?? error.message})`);
  });
  if (bytes.subarray(0, 5).toString('latin1') === '%PDF-') return importPdf(bytes, args);
  const markdown = importExtractedText(bytes.toString('utf8'), { sourceName: args.extracted, imagePrefix: args.imagePrefix });
  if (args.out) {
    await writeFileAtomic(args.out, markdown);
    console.log(`wrote ${args.out}`);
  } else {
    process.stdout.write(markdown);
  }
}

async function importPdf(bytes: Buffer, args: ImportArgs): Promise<void> {
  if (!args.out) throw new InputError(args.extracted, '--out', 'a PDF imports into a folder: name it with --out');
  if (!Number.isInteger(args.page) || args.page < 1) throw new InputError(args.extracted, '--page', `expected a page number from 1, got ${args.page}`);
  const { importPdfPage } = await import('../import/importPdf.js');
  const imported = await importPdfPage(bytes, args.page, args.extracted, args.out);
  const written: string[] = [];
  const write = async (name: string, data: Uint8Array | string): Promise<void> => {
    await writeFileAtomic(path.join(args.out!, name), data);
    written.push(name);
  };
  for (const [name, jpeg] of imported.photos) await write(name, jpeg);
  await write('layout.json', `${JSON.stringify(imported.layout, null, 2)}\n`);
  await write('article.md', imported.articleMarkdown);
  console.log([`wrote ${written.map((name) => path.join(args.out!, name)).join(', ')}`, ...imported.warnings.map((warning) => `warning: ${warning}`)].join('\n'));
}
