/** Typographic quality of set pages: one definition of the numbers, measured from the layout or from any PDF. */
export { formatQualityReport, formatQualitySummary, formatWideLineCauses } from './format.js';
export { measureLayoutQuality } from './fromLayout.js';
export { measurePdfQuality } from './fromPdf.js';
export { checkQualityTargets, QUALITY_TARGETS, type TargetCheck } from './targets.js';
export { STYLE_RULES } from './types.js';
export type { PageQuality, QualityNumbers, QualityReport, QualitySource, SpaceStats, StyleRule, WideLineCause, WorstLine } from './types.js';
