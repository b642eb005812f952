import { describe, expect, it } from 'vitest';
import { loadLayout } from '../../src/layout-spec/load.js';
import { columnSpreadOfBriefs } from './columnSpread.js';

/**
 * What balancing achieves on 64 four-column briefs of 95–160 words (no photo, a drop cap, the source line): before
 * paragraphs were set a line looser or tighter to even them, 20 ended two rows apart; with it, 11 (a widow or orphan
 * rule that no single paragraph's looseness undoes). The distribution is printed.
 */
describe('balanced columns on four-column briefs', () => {
  it('end within one row of each other but for a few, never three rows apart', async () => {
    const layout = await loadLayout('test/fixtures/layouts/four-column.json');
    const { byRows, composeMs } = columnSpreadOfBriefs(layout, 64, 95, 160);
    console.log(`column ends apart, rows: ${[...byRows.entries()].sort(([a], [b]) => a - b).map(([rows, count]) => `${rows}: ${count}`).join(', ')}; compose ${composeMs.toFixed(0)} ms`);
    expect([...byRows.keys()].every((rows) => rows <= 2)).toBe(true);
    expect(byRows.get(2) ?? 0).toBeLessThanOrEqual(11);
    expect((byRows.get(0) ?? 0) + (byRows.get(1) ?? 0)).toBeGreaterThanOrEqual(53);
  });
});
