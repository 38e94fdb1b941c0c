import { main, type CliIO } from '../../src/cli/cli.js';

export interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the command against an in-memory file system. */
export async function run(argv: string[], files: Record<string, string> = {}): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const io: CliIO = {
    readFile: async (path) => {
      if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
      return files[path]!;
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  };
  return { code: await main(argv, io), stdout, stderr };
}
