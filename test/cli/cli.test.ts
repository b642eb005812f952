import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { layoutJsonSchema } from '../../src/layout-spec/jsonSchema.js';
import { broadsheet } from '../cliRunner.js';

const workDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-cli-'));

describe('broadsheet CLI', () => {
  it('lists its commands with --help', async () => {
    const { code, stdout } = await broadsheet('--help');
    expect(code).toBe(0);
    for (const command of ['render', 'import', 'preflight', 'schema']) expect(stdout).toContain(`broadsheet ${command}`);
  });

  it('renders the seed page and reports column ends and overset', async () => {
    const out = path.join(workDir, 'seed.pdf');
    const { code, stdout } = await broadsheet('render', 'assets/articles/shanghai-daily-tesla.md', '--layout', 'layouts/shanghai-daily.json', '--out', out);
    expect(code).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe('%PDF-');
    expect(stdout).toMatch(/column 1: ends on "/);
    expect(stdout).toMatch(/column ends matching the original: \d of 5/);
    expect(stdout).toContain('overset: none');
  });

  it('renders an archive PDF that preflight passes (exit 0, JSON), fails a screen PDF on the print rules (exit 1) and refuses a non-PDF (exit 2)', async () => {
    const archive = path.join(workDir, 'seed-archive.pdf');
    const rendered = await broadsheet('render', 'assets/articles/shanghai-daily-tesla.md', '--layout', 'layouts/shanghai-daily.json', '--out', archive, '--profile', 'archive');
    expect(rendered.code).toBe(0);
    expect(rendered.stdout).toContain('profile: archive (PDF/A-2a, tagged)');
    const passed = await broadsheet('preflight', archive, '--json');
    expect(passed.code).toBe(0);
    const report = JSON.parse(passed.stdout) as { profile: string; claims: string[]; passed: boolean; rules: { id: string }[] };
    expect(report).toMatchObject({ profile: 'archive', claims: ['PDF/A-2a'], passed: true });
    expect(report.rules.map((rule) => rule.id)).toContain('figure-alt');

    const screen = path.join(workDir, 'seed-screen.pdf');
    expect((await broadsheet('render', 'assets/articles/shanghai-daily-tesla.md', '--layout', 'layouts/shanghai-daily.json', '--out', screen)).code).toBe(0);
    const failed = await broadsheet('preflight', screen, '--profile', 'print');
    expect(failed.code).toBe(1);
    expect(failed.stdout).toMatch(/^FAIL colour-spaces: /m);
    expect(failed.stdout).toMatch(/^FAILED: .*output-intent-pdfx/m);

    const notPdf = await broadsheet('preflight', 'README.md');
    expect(notPdf).toMatchObject({ code: 2, stderr: 'broadsheet: README.md: not a PDF (no %PDF- header)\n' });
  });

  it('refuses a bad layout with one line naming the file and field, exit 2, and no PDF', async () => {
    const layout = JSON.parse(readFileSync('layouts/shanghai-daily.json', 'utf8'));
    layout.columns.count = 0;
    const layoutPath = path.join(workDir, 'bad.json');
    writeFileSync(layoutPath, JSON.stringify(layout));
    const out = path.join(workDir, 'bad.pdf');
    const { code, stderr } = await broadsheet('render', 'assets/articles/shanghai-daily-tesla.md', '--layout', layoutPath, '--out', out);
    expect(code).toBe(2);
    expect(stderr.trim().split('\n')).toEqual([`broadsheet: ${layoutPath}: columns.count: expected a positive integer, got 0`]);
    expect(existsSync(out)).toBe(false);
  });

  it('names a missing article file, exit 2', async () => {
    const { code, stderr } = await broadsheet('render', 'no/such.md', '--layout', 'layouts/shanghai-daily.json', '--out', path.join(workDir, 'x.pdf'));
    expect(code).toBe(2);
    expect(stderr).toMatch(/^broadsheet: no\/such\.md: /);
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('imports extracted page text as an article', async () => {
    const { code, stdout } = await broadsheet('import', 'test/fixtures/shanghai-daily-tesla.txt');
    expect(code).toBe(0);
    expect(stdout).toContain('headline: City Party chief discusses future green collaboration with Musk');
    expect(stdout).toContain('for the success of the Tesla Gigafactory in the city.');
  });

  it('ships the layout JSON Schema that the schema command writes', () => {
    const shipped = JSON.parse(readFileSync('layouts/layout.schema.json', 'utf8'));
    expect(shipped).toEqual(layoutJsonSchema());
  });
});
