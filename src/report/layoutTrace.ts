import type { PositionedDocument } from '../positioned/types.js';
import { lineText } from '../positioned/lineText.js';

const pt = (value: number): string => value.toFixed(2);

/**
 * A readable, diff-friendly trace of the layout: one row per frame and per line (baseline, x, measure, how it was
 * set, text). Numbers in points, rounded to 0.01 pt.
 */
export function formatLayoutTrace(document: PositionedDocument): string {
  const rows: string[] = [];
  document.pages.forEach((page, pageIndex) => {
    rows.push(`page ${pageIndex + 1} ${pt(page.widthPt)} x ${pt(page.heightPt)} bleed ${pt(page.bleedPt)}`);
    for (const frame of page.frames) {
      const box = `x ${pt(frame.xPt)} y ${pt(frame.yPt)} w ${pt(frame.widthPt)} h ${pt(frame.heightPt)}`;
      if (frame.kind === 'image') {
        rows.push(`  image ${frame.imageId} ${box}`);
        continue;
      }
      if (frame.kind === 'rule') {
        rows.push(`  rule ${box} stroke ${pt(frame.strokePt)}`);
        continue;
      }
      rows.push(`  ${frame.role}${frame.column ? ` column ${frame.column}` : ''} ${box}`);
      for (const line of frame.lines) {
        const setting = line.justified ? `J r ${line.adjustmentRatio.toFixed(2)}` : 'R';
        const flags = `${line.hyphenated ? ' hyphen' : ''}${line.endsParagraph ? ' end' : ''}`;
        rows.push(`    ${pt(line.baselinePt)} x ${pt(line.xPt)} w ${pt(line.widthPt)} ${setting}${flags} | ${lineText(line)}`);
      }
    }
  });
  return `${rows.join('\n')}\n`;
}
