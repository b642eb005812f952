import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { DEFAULT_FIT_OPTIONS } from '../fit/options.js';
import { DEFAULT_MAX_PAGES } from '../pdf-read/pageLimit.js';
import { PROFILE_NAMES } from '../profiles/profiles.js';
import { runCommand } from './runCommand.js';

const maxPagesOption = {
  type: 'number',
  default: DEFAULT_MAX_PAGES,
  describe: 'Refuse a PDF with more pages than this (reading takes 0.1–0.2 s a dense page)',
} as const;

// Each command imports its implementation only when it runs, so `--help` and light commands start fast.
// Not awaited: the bundle is a CommonJS script (see launch.ts), which has no top-level await.
void yargs(hideBin(process.argv))
  .scriptName('broadsheet')
  .usage('$0 <command> [options]\n\nSets newspaper articles in justified, hyphenated columns and writes print-ready PDF.')
  .command(
    'render <article>',
    'Set an article (Markdown with YAML front matter) with a layout and write a PDF',
    (command) =>
      command
        .positional('article', { type: 'string', demandOption: true, describe: 'Article file (.md)' })
        .option('layout', { type: 'string', demandOption: true, describe: 'Layout file (.json)' })
        .option('out', { type: 'string', demandOption: true, describe: 'PDF file to write' })
        .option('preview', { type: 'string', describe: 'Also write a PNG preview of the first page' })
        .option('trace', { type: 'string', describe: 'Also write a text trace of the layout (frames, lines, positions)' })
        .option('preview-dpi', { type: 'number', default: 100, describe: 'Resolution of the preview' })
        .option('strict', { type: 'boolean', default: false, describe: 'Exit with 1 when text is overset, the layout warns or --draft drew a placeholder' })
        .option('profile', {
          choices: PROFILE_NAMES,
          describe: 'What the PDF is for: screen, print (PDF/X-4, CMYK) or archive (PDF/A-2a, tagged); default: the layout\'s output.profile',
        })
        .option('draft', {
          type: 'boolean',
          default: false,
          describe: 'Proof without all the photos: a missing or unreadable photo becomes a grey "FPO" box (caption kept) and a warning, not an error',
        })
        .example('$0 render assets/articles/shanghai-daily-tesla.md --layout layouts/shanghai-daily.json --out out/page.pdf --preview out/page.png', 'Render the seed page with a preview')
        .example('$0 render draft.md --layout layouts/shanghai-daily.json --out out/draft.pdf --draft', 'Proof a page whose photos have not arrived'),
    (args) => runCommand(async () => (await import('./renderCommand.js')).renderCommand(args)),
  )
  .command(
    'import <extracted>',
    "Turn a printed page into an article: text extracted from it, or its PDF (any program's) into a folder with the article, a layout that sets it as printed, and the photos",
    (command) =>
      command
        .positional('extracted', { type: 'string', demandOption: true, describe: 'Extracted text (.txt), or the page as a PDF' })
        .option('out', { type: 'string', describe: 'Article file to write (standard output when omitted); for a PDF, the folder to write into' })
        .option('page', { type: 'number', default: 1, describe: 'For a PDF: the page to import (1-based)' })
        .option('image-prefix', { type: 'string', default: '', describe: 'Folder prefix for the image placeholders' })
        .example('$0 import page.txt --out assets/articles/page.md', 'Import an extracted page')
        .example('$0 import page.pdf --out rebuilt/', 'Rebuild a printed page: rebuilt/article.md, layout.json, image-1.jpg …'),
    (args) => runCommand(async () => (await import('./importCommand.js')).importCommand(args)),
  )
  .command(
    'fit <article>',
    "Search a layout's free settings (column width, body size, spacing, tracking, hyphenation, indent, widow and orphan rules) for the setting that reproduces the original's line and column ends the article records",
    (command) =>
      command
        .positional('article', { type: 'string', demandOption: true, describe: 'Article file (.md) with originalColumnEnds and/or originalLineEnds' })
        .option('layout', { type: 'string', demandOption: true, describe: 'Layout file (.json) to start from' })
        .option('out', { type: 'string', describe: 'Fitted layout file to write; without it, only the report' })
        .option('max-evaluations', { type: 'number', default: DEFAULT_FIT_OPTIONS.maxEvaluations, describe: 'Budget: compose at most this many candidate layouts' })
        .option('width-tolerance', { type: 'number', default: DEFAULT_FIT_OPTIONS.columnWidthToleranceMm, describe: 'How far the column width may move, in mm' })
        .option('size-tolerance', { type: 'number', default: DEFAULT_FIT_OPTIONS.bodySizeTolerancePt, describe: 'How far the body size may move, in points' })
        .example('$0 fit rebuilt/article.md --layout rebuilt/layout.json --out rebuilt/fitted.json', 'Fit an imported page'),
    (args) =>
      runCommand(async () =>
        (await import('./fitCommand.js')).fitCommand({ ...args, widthToleranceMm: args.widthTolerance, sizeTolerancePt: args.sizeTolerance }),
      ),
  )
  .command(
    'inspect <pdf>',
    'Read any PDF (ours or another tool’s) and report how its text is set',
    (command) =>
      command
        .positional('pdf', { type: 'string', demandOption: true, describe: 'PDF file to read' })
        .option('metrics', { type: 'boolean', default: false, describe: 'Typographic quality per page and in total: interword spaces, hyphenated lines, widows, orphans' })
        .option('json', { type: 'boolean', default: false, describe: 'Write the report as JSON' })
        .option('max-pages', maxPagesOption)
        .example('$0 inspect out/page.pdf --metrics', 'Measure the spacing and hyphenation of a rendered page'),
    (args) => runCommand(async () => (await import('./inspectCommand.js')).inspectCommand(args)),
  )
  .command(
    'edition <manifest>',
    'Render an edition (pages of stories in modules, with jumps and folios) from its manifest (YAML)',
    (command) =>
      command
        .positional('manifest', { type: 'string', demandOption: true, describe: 'Edition manifest (.yaml)' })
        .option('out', { type: 'string', demandOption: true, describe: 'Folder for edition.pdf and page-01.pdf …' })
        .option('jobs', { type: 'number', describe: 'Pages rendered at once, on worker threads (default: the number of cores)' })
        .option('preview', { type: 'boolean', default: false, describe: 'Also write a PNG thumbnail of each page (page-01.png …)' })
        .option('preview-dpi', { type: 'number', default: 30, describe: 'Resolution of the thumbnails' })
        .option('keep-going', { type: 'boolean', default: false, describe: 'When a page fails, render the others and exit with 1' })
        .option('profile', {
          choices: PROFILE_NAMES,
          describe: 'What the PDFs are for: screen, print (PDF/X-4, CMYK) or archive (page PDFs PDF/A-2a; edition.pdf plain); default: the manifest\'s profile',
        })
        .example('$0 edition assets/edition/edition.yaml --out out/edition --preview', 'Render the example edition with thumbnails'),
    (args) => runCommand(async () => (await import('./editionCommand.js')).editionCommand(args)),
  )
  .command(
    'preflight <file>',
    'Check any PDF as a printing plant would (page boxes, fonts, colour spaces, ppi, total ink, PDF/X or PDF/A rules); exit 1 when a rule fails',
    (command) =>
      command
        .positional('file', { type: 'string', demandOption: true, describe: 'PDF file to check' })
        .option('profile', { choices: ['print', 'archive'] as const, describe: 'Rules to check: print (PDF/X-4, newsprint) or archive (PDF/A-2); default: what the file claims to be' })
        .option('ink-limit', { type: 'number', describe: 'print: the most total ink a photo may carry, in percent (default 240)' })
        .option('json', { type: 'boolean', default: false, describe: 'Write the report as JSON' })
        .example('$0 preflight out/page.pdf --profile print', 'Check a page for the plant'),
    (args) => runCommand(async () => (await import('./preflightCommand.js')).preflightCommand(args)),
  )
  .command(
    'schema',
    'Write the layout file format as JSON Schema (for editors)',
    (command) =>
      command
        .option('out', { type: 'string', describe: 'File to write; standard output when omitted' })
        .option('edition', { type: 'boolean', default: false, describe: 'The edition manifest format instead' })
        .option('page-layout', { type: 'boolean', default: false, describe: 'The page layout format of editions instead' })
        .example('$0 schema --out layouts/layout.schema.json', 'Refresh the schema next to the layouts')
        .example('$0 schema --edition --out layouts/edition.schema.json', 'The edition manifest format'),
    (args) => runCommand(async () => (await import('./schemaCommand.js')).schemaCommand(args)),
  )
  .command(
    'snapshot <file>',
    'Write a text trace of where things landed in any PDF: per page, images and, column by column, one row per line',
    (command) =>
      command
        .positional('file', { type: 'string', demandOption: true, describe: 'PDF file to read' })
        .option('out', { type: 'string', describe: 'Trace file to write; standard output when omitted' })
        .option('max-pages', maxPagesOption)
        .example('$0 snapshot out/page.pdf --out test/golden/page.trace', 'Record a golden trace of a page'),
    (args) => runCommand(async () => (await import('./snapshotCommand.js')).snapshotCommand(args)),
  )
  .command(
    'check <file>',
    'Compare a PDF with a golden trace or PDF and report each difference as a sentence (exit 1 on a regression)',
    (command) =>
      command
        .positional('file', { type: 'string', demandOption: true, describe: 'PDF (or trace) to check' })
        .option('against', { type: 'string', demandOption: true, describe: 'Golden: a trace written by snapshot, or a PDF' })
        .option('tolerance', { type: 'number', default: 0.5, describe: 'How far positions and lengths may move, in points (text, fonts and sizes must match)' })
        .option('json', { type: 'boolean', default: false, describe: 'Write the report as JSON' })
        .option('visual', { type: 'string', describe: 'Also compare the rendered pages (pdf.js) and write a picture of each page that differs to this folder' })
        .option('pixel-threshold', { type: 'number', default: 0.1, describe: 'With --visual: how much (0–1) a pixel channel may change before the pixel counts as changed' })
        .option('dpi', { type: 'number', default: 100, describe: 'With --visual: resolution of the renders' })
        .option('max-pages', maxPagesOption)
        .example('$0 check out/page.pdf --against test/golden/page.trace', 'Check a page against its golden trace')
        .example('$0 check out/page.pdf --against golden.pdf --visual out/visual', 'Also compare pixels and write pictures of the changes'),
    (args) => runCommand(async () => (await import('./checkCommand.js')).checkCommand(args)),
  )
  .demandCommand(1, 'Name a command: render, edition, import, fit, inspect, preflight, schema, snapshot or check.')
  .strict()
  .help()
  .alias('h', 'help')
  .version(false)
  .wrap(Math.min(110, process.stdout.columns || 110))
  .fail((message, error, instance) => {
    if (error) throw error;
    console.error(`broadsheet: ${message}\n`);
    console.error(instance.help() === undefined ? '' : 'Run with --help for usage.');
    process.exit(2);
  })
  .parseAsync();
