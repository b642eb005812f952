import { readFile } from 'node:fs/promises';
import { InputError } from '../errors.js';
import { importExtractedText } from '../import/importExtracted.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

export async function importCommand(args: { extracted: string; out?: string | undefined; imagePrefix: string }): Promise<void> {
  const text = await readFile(args.extracted, 'utf8').catch((error: NodeJS.ErrnoException) => {
    throw new InputError(args.extracted, '', `cannot read (${error.code ?? error.message})`);
  });
  const markdown = importExtractedText(text, { sourceName: args.extracted, imagePrefix: args.imagePrefix });
  if (args.out) {
    await writeFileAtomic(args.out, markdown);
    console.log(`wrote ${args.out}`);
  } else {
    process.stdout.write(markdown);
  }
}
