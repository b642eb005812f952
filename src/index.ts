/**
 * Broadsheet as a library: what a desk's script or a CI job calls (`import { render } from 'broadsheet'`). A thin
 * layer over the stages the command line uses, so that both always do the same thing.
 */

// A page: article + layout → PDF bytes, with the positioned document, warnings, overset and column ends.
export { renderArticle as render, type RenderOptions, type RenderResult } from './render/renderArticle.js';

// The stages, for a script that checks inputs or composes a page without writing a PDF:
// composePage(await loadArticle(a), layout, new FontSet(layout.fontFiles)) with layout = loadLayout(l).
export { loadArticle, type LoadArticleOptions } from './article/load.js';
export { loadLayout } from './layout-spec/load.js';
export { FontSet } from './fonts/fontSet.js';
export { composePage } from './compose/composePage.js';

// Painting a positioned document, which is plain JSON: composed in one process, painted in another from its JSON, the
// font files it names and its pictures by hash (`render(…).images`).
export { writePdf, type PdfOptions } from './pdf/writePdf.js';
export { POSITIONED_SCHEMA_VERSION } from './positioned/types.js';

// What a PDF is for (screen, print: PDF/X-4, archive: PDF/A-2a): the painter's and image stage's options, the metadata.
export { outputProfile, PROFILE_NAMES, type OutputProfile, type ProfileName } from './profiles/profiles.js';
export { pdfMetadata } from './profiles/metadata.js';
export type { PdfMetadata, PdfProfile } from './pdf/profile.js';

// Preflight: any PDF checked as a printing plant would, against the print or archive rules.
export { formatPreflightReport, preflightPdf, type PreflightOptions, type PreflightReport } from './preflight/preflight.js';

// Reading any PDF back: where things landed, and how well the text is set.
export { readPdfLayout, type ReadPdfOptions } from './pdf-read/readPdf.js';
export { checkQualityTargets, formatQualityReport, measureLayoutQuality, measurePdfQuality, QUALITY_TARGETS } from './metrics/index.js';

// Layout regression checks: traces, their comparison, and the list of golden pages `npm run check:layout` reads.
export { snapshotPdf } from './snapshot/snapshotPdf.js';
export { formatTrace } from './snapshot/formatTrace.js';
export { parseTrace } from './snapshot/parseTrace.js';
export { compareSnapshots } from './check/compareSnapshots.js';
export { formatReport } from './check/formatReport.js';
export { compareWithGolden, loadGoldenPages, traceOfPdf, type GoldenPage } from './golden/pages.js';

// Bad input (an article, a layout, a PDF): `file`, `where` (the field or position) and `problem`; anything else is a bug.
export { InputError } from './errors.js';

export type { Article, ArticleImage, Paragraph, TextSpan } from './article/types.js';
export type { ResolvedLayout } from './layout-spec/resolve.js';
export type {
  FontFaceRef,
  Frame,
  ImageFrame,
  LayoutWarning,
  Overset,
  PositionedDocument,
  PositionedGlyph,
  PositionedLine,
  PositionedPage,
  PositionedRun,
  TextFrame,
} from './positioned/types.js';
export type { ImageStore } from './images/store.js';
export type { ColumnEnd } from './report/columnEnds.js';
export type { QualityNumbers, QualityReport, TargetCheck } from './metrics/index.js';
export type { PdfColumn, PdfLayout, PdfLine, PdfPage, PdfWord } from './pdf-read/types.js';
export type { Snapshot } from './snapshot/types.js';
export type { CheckOptions, CheckReport, Difference } from './check/types.js';
