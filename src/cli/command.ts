/** What every `purpose-kit` command is given and returns. */

/** The command's input and output, so it runs under Node (`node.ts`) and in browser tests alike. */
export interface CliIO {
  readFile(path: string): Promise<string>;
  /** The file's bytes, for input whose encoding is checked (an LMS export). */
  readBytes(path: string): Promise<Uint8Array>;
  writeFile(path: string, text: string): Promise<void>;
  stdout(line: string): void;
  stderr(line: string): void;
}

export interface Command {
  /** Arguments after the command name, e.g. `FILE [--json]`. */
  readonly usage: string;
  /** One line for the command list. */
  readonly summary: string;
  /** Options and exit codes, for `purpose-kit <command> --help`. */
  readonly help: readonly string[];
  /** Resolves to the exit code. */
  run(args: readonly string[], io: CliIO): Promise<number>;
}

export const EXIT_OK = 0;
/** The input has problems (an invalid manifest). */
export const EXIT_PROBLEMS = 1;
/** The command was misused or its input could not be read. */
export const EXIT_USAGE = 2;

/** The text of `file`, or `undefined` once the reason it cannot be read is on stderr. */
export async function readInput(io: CliIO, file: string): Promise<string | undefined> {
  try {
    return await io.readFile(file);
  } catch (error) {
    io.stderr(`cannot read ${file}: ${error instanceof Error ? error.message : String(error)}`);
    return undefined;
  }
}

/** Says what is wrong with the command line, and how to call the command. */
export function usageError(io: CliIO, name: string, command: Command, problem: string): number {
  io.stderr(problem);
  io.stderr(`usage: purpose-kit ${name} ${command.usage}`);
  return EXIT_USAGE;
}
