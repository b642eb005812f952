import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { inspectCommand } from '../../src/cli/inspectCommand.js';
import { InputError } from '../../src/errors.js';
import { assemblePdf, streamObject } from '../pdf-read/assemblePdf.js';
import { buildPdf, NEWSREADER_REGULAR } from '../pdf-read/buildPdf.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-inspect-'));
const pdfPath = path.join(workDir, 'page.pdf');
writeFileSync(
  pdfPath,
  await buildPdf((doc) => {
    doc.registerFont('body', NEWSREADER_REGULAR).font('body').fontSize(10);
    ['A short', 'page of', 'text.'].forEach((line, index) => doc.text(line, 20, 20 + index * 12, { lineBreak: false }));
  }),
);

/** Runs the command and returns what it printed. */
async function inspect(args: Partial<Parameters<typeof inspectCommand>[0]>): Promise<string> {
  const log = vi.spyOn(console, 'log').mockImplementation(() => undefined);
  await inspectCommand({ pdf: pdfPath, metrics: true, json: false, ...args });
  return log.mock.calls.map((call) => String(call[0])).join('\n');
}

afterEach(() => {
  vi.restoreAllMocks();
});

describe('broadsheet inspect --metrics', () => {
  it('prints the quality table read from the PDF', async () => {
    const output = await inspect({});
    expect(output).toMatch(/^quality read from the PDF \(heuristic\), body 10 pt/);
    expect(output).toMatch(/^total\s+3\s/m);
  });

  it('prints the report as JSON with --json', async () => {
    const report = JSON.parse(await inspect({ json: true }));
    expect(report).toMatchObject({ source: 'pdf', bodySizePt: 10, total: { bodyLines: 3 } });
    expect(report.pages).toHaveLength(1);
  });

  it('asks for --metrics rather than printing nothing', async () => {
    await expect(inspect({ metrics: false })).rejects.toThrow(new InputError(pdfPath, '', 'nothing to inspect: add --metrics'));
  });

  it('names a missing file and a file that is not a PDF in one line', async () => {
    const missing = path.join(workDir, 'missing.pdf');
    await expect(inspect({ pdf: missing })).rejects.toThrow(`${missing}: cannot read (ENOENT)`);
    const notPdf = path.join(workDir, 'notes.pdf');
    writeFileSync(notPdf, 'just text');
    await expect(inspect({ pdf: notPdf })).rejects.toThrow(new InputError(notPdf, '', 'not a PDF'));
  });

  it('warns on standard error about text it could not read (a label turned on its side), and reports the rest', async () => {
    const turnedPath = path.join(workDir, 'turned.pdf');
    writeFileSync(
      turnedPath,
      assemblePdf([
        '<< /Type /Catalog /Pages 2 0 R >>',
        '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
        '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>',
        streamObject('', 'BT /F1 10 Tf 0 1 -1 0 100 20 Tm (label) Tj 1 0 0 1 5 150 Tm (flat text) Tj ET'),
        '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
      ]),
    );
    const warn = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    expect(await inspect({ pdf: turnedPath })).toMatch(/^total\s+1\s/m);
    expect(warn.mock.calls.map((call) => String(call[0]))).toEqual([`warning: ${turnedPath}: 5 glyphs in vertical fonts or on turned baselines were not read`]);
  });
});
