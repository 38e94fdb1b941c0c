/**
 * The `purpose-kit` command line. Commands live in a table, so `audit`, `import` and others slot in
 * beside `validate`. Exit codes: 0 fine, 1 the input has problems, 2 misuse or unreadable input.
 */
import { auditCommand } from './audit-command.js';
import { EXIT_OK, EXIT_USAGE, type CliIO, type Command } from './command.js';
import { importCommand } from './import-command.js';
import { validateCommand } from './validate-command.js';

export type { CliIO } from './command.js';

const COMMANDS: ReadonlyMap<string, Command> = new Map([
  ['validate', validateCommand],
  ['audit', auditCommand],
  ['import', importCommand],
]);
const HELP_FLAGS = new Set(['--help', '-h']);

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const [name, ...args] = argv;
  if (name === 'help' || (name !== undefined && HELP_FLAGS.has(name))) {
    usage(io.stdout);
    return EXIT_OK;
  }
  const command = name === undefined ? undefined : COMMANDS.get(name);
  if (!command) {
    if (name !== undefined) io.stderr(`unknown command "${name}"`);
    usage(io.stderr);
    return EXIT_USAGE;
  }
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    for (const line of [`usage: purpose-kit ${name} ${command.usage}`, '', command.summary, ...command.help]) io.stdout(line);
    return EXIT_OK;
  }
  return command.run(args, io);
}

function usage(print: (line: string) => void): void {
  print('usage: purpose-kit <command> [options]');
  print('');
  print('commands:');
  for (const [name, command] of COMMANDS) {
    print(`  ${name} ${command.usage}`);
    print(`      ${command.summary}`);
  }
  print('');
  print('  --help, -h   show this help (after a command: its options)');
}
