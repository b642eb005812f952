import { renderArticle } from '../render/renderArticle.js';
import { formatColumnEnds } from '../report/columnEnds.js';
import { formatLineEnds } from '../report/lineEnds.js';
import { writeFileAtomic } from '../writeFileAtomic.js';
import { saveDiskMemos } from '../diskMemo.js';
import { formatComposition } from '../report/composition.js';
import type { ProfileName } from '../profiles/profiles.js';

export interface RenderArgs {
  article: string;
  layout: string;
  out: string;
  preview?: string | undefined;
  trace?: string | undefined;
  previewDpi: number;
  strict: boolean;
  draft: boolean;
  profile?: ProfileName | undefined;
}

const PROFILE_STANDARDS: Record<Exclude<ProfileName, 'screen'>, string> = {
  print: 'PDF/X-4 for newsprint',
  archive: 'PDF/A-2a, tagged',
};

export async function renderCommand(args: RenderArgs): Promise<number> {
  const started = performance.now();
  const result = await renderArticle(args.article, args.layout, { draft: args.draft, ...(args.profile && { profile: args.profile }) });
  // On stderr, like the error each would be without --draft.
  for (const missing of result.missingPhotos) console.error(`broadsheet: warning: ${missing.message}; drew an FPO placeholder (--draft)`);
  await writeFileAtomic(args.out, result.pdf);
  const lines = [`wrote ${args.out} (${result.document.pages.length} page, ${(result.pdf.length / 1024).toFixed(0)} KB)`];
  if (result.profile !== 'screen') lines.push(`profile: ${result.profile} (${PROFILE_STANDARDS[result.profile]}); check it with \`broadsheet preflight ${args.out} --profile ${result.profile}\``);
  if (args.preview) {
    const { renderPagePng } = await import('../preview/png.js');
    await writeFileAtomic(args.preview, await renderPagePng(result.pdf, { dpi: args.previewDpi }));
    lines.push(`wrote ${args.preview} (${args.previewDpi} dpi preview)`);
  }
  if (args.trace) {
    const { formatLayoutTrace } = await import('../report/layoutTrace.js');
    await writeFileAtomic(args.trace, formatLayoutTrace(result.document));
    lines.push(`wrote ${args.trace} (layout trace)`);
  }
  lines.push(...formatComposition(result.document, result.layout.variants.length));
  const ends = formatColumnEnds(result.columnEnds);
  if (ends) lines.push(ends);
  if (result.lineEnds) lines.push(formatLineEnds(result.lineEnds));
  const { overset } = result.document;
  lines.push(overset ? `OVERSET: ${overset.lineCount} lines (${overset.wordCount} words) did not fit, starting "${overset.firstWords} …"` : 'overset: none');
  for (const warning of result.warnings) lines.push(`warning: ${warning.where}: ${warning.message}`);
  const [{ measureLayoutQuality, formatQualitySummary }, { explainWideLines }] = await Promise.all([import('../metrics/index.js'), import('../quality-causes/index.js')]);
  // The figures as measured, the same as `inspect --metrics` reads from the PDF; then why the wide lines are wide.
  const wideLineCauses = explainWideLines(result.article, result.layout, result.document);
  lines.push(formatQualitySummary({ ...measureLayoutQuality(result.document), wideLineCauses }));
  // What this run shaped and hyphenated, for the next: after the wide lines' causes, which set text again.
  await saveDiskMemos();
  const { load, compose, images, pdf } = result.timingsMs;
  lines.push(`time: ${(performance.now() - started).toFixed(0)} ms (load ${load.toFixed(0)}, compose ${compose.toFixed(0)}, images ${images.toFixed(0)}, pdf ${pdf.toFixed(0)})`);
  console.log(lines.join('\n'));
  return args.strict && (overset || result.warnings.length > 0 || result.missingPhotos.length > 0) ? 1 : 0;
}
