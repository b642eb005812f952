import { toPageLimit } from '../pdf-read/pageLimit.js';
import { formatTrace } from '../snapshot/formatTrace.js';
import { readInput } from '../snapshot/loadSnapshot.js';
import { snapshotPdf } from '../snapshot/snapshotPdf.js';
import { writeFileAtomic } from '../writeFileAtomic.js';

export interface SnapshotArgs {
  file: string;
  out?: string | undefined;
  /** Refuse a PDF with more pages; DEFAULT_MAX_PAGES when not given. */
  maxPages?: number | undefined;
}

/** Writes the trace of a PDF to a file, or to standard output. */
export async function snapshotCommand(args: SnapshotArgs): Promise<number> {
  const pageLimit = toPageLimit(args.maxPages, '--max-pages');
  const snapshot = await snapshotPdf(await readInput(args.file), args.file, pageLimit);
  const trace = formatTrace(snapshot);
  if (!args.out) {
    process.stdout.write(trace);
    return 0;
  }
  await writeFileAtomic(args.out, trace);
  const lines = snapshot.pages.reduce((sum, page) => sum + page.columns.reduce((count, column) => count + column.lines.length, 0), 0);
  const images = snapshot.pages.reduce((sum, page) => sum + page.images.length, 0);
  console.log(`wrote ${args.out} (${snapshot.pages.length} page${snapshot.pages.length === 1 ? '' : 's'}, ${lines} lines, ${images} images)`);
  return 0;
}
