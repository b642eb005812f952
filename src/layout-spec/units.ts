/** Millimetres appear only in layout files; the engine works in points (1/72 in). */
export const POINTS_PER_MM = 72 / 25.4;

export function mmToPt(mm: number): number {
  return mm * POINTS_PER_MM;
}

export function ptToMm(pt: number): number {
  return pt / POINTS_PER_MM;
}
