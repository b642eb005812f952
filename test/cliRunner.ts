import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = path.resolve('dist/bin/broadsheet.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/** Bounds a hang, not a speed; under the test timeout, so that the failure names the command. */
const HANG_LIMIT_MS = 100_000;

/**
 * Runs the bundled CLI, as installed (built by `npm test`'s pretest step) and gives its exit code and output, whatever the code.
 */
export async function broadsheet(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { timeout: HANG_LIMIT_MS });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    if (failed.killed) throw new Error(`broadsheet ${args.join(' ')} did not finish within ${HANG_LIMIT_MS / 1000} s`);
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
