import type { ComposedDocument } from '../compose/composePage.js';

/**
 * Which of the layout's stories the page used (when it has several) and what copyfitting did:
 * `layout: variants[1] "one photo"`, `copyfit: photo 1 (aerial): 150 → 126 mm`,
 * `copyfit: 7 compositions tried`, `copyfit: the body ends at its content; 181.4 mm of the page left free below the story`.
 */
export function formatComposition(document: ComposedDocument, variantCount: number): string[] {
  const lines: string[] = [];
  const { variant, copyfit } = document;
  if (variantCount > 1) lines.push(`layout: ${variant.where.replace(/\.story$/, '')}${variant.name ? ` "${variant.name}"` : ''}`);
  for (const photo of copyfit.photos) {
    lines.push(`copyfit: photo ${photo.image} (${photo.imageId}): ${formatMm(photo.fromMm)} → ${formatMm(photo.toMm)} mm`);
  }
  // One composition is the page as the layout sized it; more say what fitting it cost.
  if (copyfit.compositions > 1) lines.push(`copyfit: ${copyfit.compositions} compositions tried`);
  if (copyfit.freeBelowMm !== null) lines.push(`copyfit: the body ends at its content; ${formatMm(copyfit.freeBelowMm)} mm of the page left free below the story`);
  return lines;
}

/** Whole millimetres as such (150), others to a tenth (126.3). */
function formatMm(mm: number): string {
  return Number.isInteger(Math.round(mm * 10) / 10) ? String(Math.round(mm)) : mm.toFixed(1);
}
