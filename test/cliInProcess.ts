import { vi } from 'vitest';
import { checkCommand, type CheckArgs } from '../src/cli/checkCommand.js';
import { inspectCommand, type InspectArgs } from '../src/cli/inspectCommand.js';
import { renderCommand, type RenderArgs } from '../src/cli/renderCommand.js';
import { runCommand } from '../src/cli/runCommand.js';
import { snapshotCommand, type SnapshotArgs } from '../src/cli/snapshotCommand.js';
import type { CliResult } from './cliRunner.js';

/**
 * Runs a command's implementation in this process, as the CLI does (through runCommand: the exit code, one line for
 * bad input), and gives its exit code and output like `broadsheet()`. No process start-up and module loading per
 * call, so the many refusal cases stay cheap on a busy machine; test/cli and a few hostile tests run the real CLI.
 * It captures this thread's console: use it in tests that run one at a time, not in a `describe.concurrent`.
 */
export async function runInProcess(command: () => Promise<number | void>): Promise<CliResult> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const line = (into: string[]) => (...parts: unknown[]) => void into.push(`${parts.map(String).join(' ')}\n`);
  const spies = [
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => stdout.push(String(chunk)) > 0),
    vi.spyOn(console, 'log').mockImplementation(line(stdout)),
    vi.spyOn(console, 'error').mockImplementation(line(stderr)),
  ];
  const exitCodeBefore = process.exitCode;
  try {
    await runCommand(command);
    return { code: Number(process.exitCode ?? 0), stdout: stdout.join(''), stderr: stderr.join('') };
  } finally {
    for (const spy of spies) spy.mockRestore();
    process.exitCode = exitCodeBefore;
  }
}

/** The commands with the CLI's defaults for the options a test leaves out. */
export const inProcess = {
  render: (args: Pick<RenderArgs, 'article' | 'layout' | 'out'> & Partial<RenderArgs>) =>
    runInProcess(() => renderCommand({ previewDpi: 100, strict: false, draft: false, ...args })),
  inspect: (args: Pick<InspectArgs, 'pdf'> & Partial<InspectArgs>) => runInProcess(() => inspectCommand({ metrics: true, json: false, ...args })),
  snapshot: (args: SnapshotArgs) => runInProcess(() => snapshotCommand(args)),
  check: (args: Pick<CheckArgs, 'file' | 'against'> & Partial<CheckArgs>) =>
    runInProcess(() => checkCommand({ tolerance: 0.5, json: false, pixelThreshold: 0.1, dpi: 100, ...args })),
};
