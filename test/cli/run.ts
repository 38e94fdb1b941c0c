import { main, type CliIO } from '../../src/cli/cli.js';

export interface Run {
  code: number;
  stdout: string[];
  stderr: string[];
}

/** Runs the command against an in-memory file system; files it writes are added to `files`. */
export async function run(argv: string[], files: Record<string, string | Uint8Array> = {}): Promise<Run> {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const read = (path: string) => {
    if (!Object.hasOwn(files, path)) throw new Error(`ENOENT: no such file or directory, open '${path}'`);
    return files[path]!;
  };
  const io: CliIO = {
    readFile: async (path) => {
      const content = read(path);
      return typeof content === 'string' ? content : new TextDecoder().decode(content);
    },
    readBytes: async (path) => {
      const content = read(path);
      return typeof content === 'string' ? new TextEncoder().encode(content) : content;
    },
    writeFile: async (path, text) => {
      files[path] = text;
    },
    stdout: (line) => stdout.push(line),
    stderr: (line) => stderr.push(line),
  };
  return { code: await main(argv, io), stdout, stderr };
}
