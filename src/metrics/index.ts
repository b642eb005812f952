/** Typographic quality of set pages: one definition of the numbers, measured from the layout or from any PDF. */
export { formatQualityReport, formatQualitySummary } from './format.js';
export { measureLayoutQuality } from './fromLayout.js';
export { measurePdfQuality } from './fromPdf.js';
export { checkQualityTargets, QUALITY_TARGETS, type TargetCheck } from './targets.js';
export type { PageQuality, QualityNumbers, QualityReport, QualitySource, SpaceStats, WorstLine } from './types.js';
