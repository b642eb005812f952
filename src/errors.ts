/**
 * An error caused by the user's input (a file, a field, a flag). The CLI prints its message as one line and
 * exits with `exitCode`; anything else that escapes is a bug in Broadsheet.
 */
export class InputError extends Error {
  readonly exitCode: number;

  constructor(
    /** The file at fault, as the user named it. */
    readonly file: string,
    /** Dotted path of the field at fault (`columns.count`), or a position such as `line 3`; may be empty. */
    readonly where: string,
    readonly problem: string,
    exitCode = 2,
  ) {
    super(where ? `${file}: ${where}: ${problem}` : `${file}: ${problem}`);
    this.name = 'InputError';
    this.exitCode = exitCode;
  }
}
