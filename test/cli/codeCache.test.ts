import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import vm from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';

const run = promisify(execFile);
const bundle = path.resolve('dist/bin/cli.js');
const launcher = path.resolve('dist/bin/broadsheet.js');
/** A V8 flag that changes nothing a render does. */
const OTHER_FLAGS = '--no-flush-bytecode';
const scratch = mkdtempSync(path.join(os.tmpdir(), 'broadsheet-code-cache-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

/** Renders the seed page with `nodeFlags` before the launcher; the PDF's bytes. */
async function renderSeed(name: string, nodeFlags: string[]): Promise<Buffer> {
  const out = path.join(scratch, `${name}.pdf`);
  await run(process.execPath, [...nodeFlags, launcher, 'render', 'assets/articles/shanghai-daily-tesla.md', '--layout', 'layouts/shanghai-daily.json', '--out', out]);
  return readFileSync(out);
}

describe('the CLI bundle’s code cache', () => {
  it('is written by the build and taken by this Node', () => {
    const script = new vm.Script(readFileSync(bundle, 'latin1'), { filename: bundle, cachedData: readFileSync(`${bundle}.codecache`) });
    expect(script.cachedDataRejected).toBe(false);
  });

  it('changes nothing but the time: a cache V8 rejects (other flags) gives the same PDF', async () => {
    // A V8 flag the cache was not made with makes V8 refuse it, as another Node version would.
    const check = `const vm = require('node:vm'), fs = require('node:fs'); const p = ${JSON.stringify(bundle)};
      process.stdout.write(String(new vm.Script(fs.readFileSync(p, 'latin1'), { filename: p, cachedData: fs.readFileSync(p + '.codecache') }).cachedDataRejected));`;
    expect((await run(process.execPath, [OTHER_FLAGS, '-e', check])).stdout).toBe('true');
    const [taken, compiled] = await Promise.all([renderSeed('cache-taken', []), renderSeed('cache-rejected', [OTHER_FLAGS])]);
    expect(compiled.equals(taken)).toBe(true);
  });
});
