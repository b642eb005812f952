import { InputError } from '../errors.js';

/**
 * Runs a command and turns failures into one line and an exit code: 2 for bad input (naming the file and field),
 * 70 for a bug in Broadsheet (with the stack only when BROADSHEET_DEBUG is set).
 */
export async function runCommand(command: () => Promise<number | void>): Promise<void> {
  try {
    process.exitCode = (await command()) ?? 0;
  } catch (error) {
    if (error instanceof InputError) {
      console.error(`broadsheet: ${error.message}`);
      process.exitCode = error.exitCode;
      return;
    }
    const message = error instanceof Error ? error.message : String(error);
    console.error(`broadsheet: internal error: ${message.split('\n')[0]} (set BROADSHEET_DEBUG=1 for details)`);
    if (process.env.BROADSHEET_DEBUG) console.error(error);
    process.exitCode = 70;
  }
}
