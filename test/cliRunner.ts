import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const cli = path.resolve('dist/cli/main.js');

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the compiled CLI (built by `npm test`'s pretest step) and gives its exit code and output, whatever the code.
 * With a time limit, so that a hang fails the test rather than the suite.
 */
export async function broadsheet(...args: string[]): Promise<CliResult> {
  try {
    const { stdout, stderr } = await run(process.execPath, [cli, ...args], { timeout: 20_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string; killed?: boolean };
    if (failed.killed) throw new Error(`broadsheet ${args.join(' ')} did not finish within 20 s`);
    return { code: failed.code, stdout: failed.stdout, stderr: failed.stderr };
  }
}
