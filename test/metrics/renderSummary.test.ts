import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { inspectCommand } from '../../src/cli/inspectCommand.js';
import { renderCommand } from '../../src/cli/renderCommand.js';
import { formatQualitySummary, type QualityReport } from '../../src/metrics/index.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-quality-'));

/** What a command printed with console.log. */
async function printed(command: () => Promise<unknown>): Promise<string> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  try {
    await command();
    return log.mock.calls.map((call) => String(call[0])).join('\n');
  } finally {
    log.mockRestore();
  }
}

describe('the quality lines of render', () => {
  it('give the seed page as printed the figures inspect --metrics reads from its PDF, then why its lines are wide', async () => {
    const out = path.join(workDir, 'seed.pdf');
    const render = (
      await printed(() =>
        renderCommand({ article: 'assets/articles/shanghai-daily-tesla.md', layout: 'layouts/shanghai-daily.json', out, previewDpi: 100, strict: false, draft: false }),
      )
    ).split('\n');
    const fromPdf = JSON.parse(await printed(() => inspectCommand({ pdf: out, metrics: true, json: true }))) as QualityReport;
    const inspected = formatQualitySummary(fromPdf).split('\n');

    const quality = render.findIndex((line) => line.startsWith('quality: '));
    // The figures and the targets they miss, word for word, as from the PDF: no line is excused.
    expect(render.slice(quality, quality + 2)).toEqual(inspected);
    expect(fromPdf.total.linesWithSpaceAbove05Em.count).toBe(27);
    expect(render[quality]).toContain('27 lines above 0.5 em');
    expect(render[quality + 1]).toContain('no line above 0.5 em');
    // Then, apart, the causes of all 27, each counted once.
    const why = render[quality + 2]!;
    expect(why).toMatch(/^why: 27 lines above 0\.5 em: /);
    const counted = [...why.matchAll(/(?:: |; )(\d+) (?:would|ha)/gu)].map((match) => Number(match[1]));
    expect(counted.reduce((sum, count) => sum + count, 0)).toBe(27);
    expect(why).not.toContain('not analysed');
  });
});
