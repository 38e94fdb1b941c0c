/** `purpose-kit validate FILE [--json]`: every problem of a manifest file, each with its JSON path. */
import { formatIssue } from '../core/errors.js';
import { validateManifest } from '../core/manifest/validate.js';
import { plural } from '../core/manifest/wording.js';
import { EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, readInput, usageError, type Command } from './command.js';

export const validateCommand: Command = {
  usage: 'FILE [--json]',
  summary: 'check a pathway manifest; print every problem with its JSON path',
  help: [
    '  --json   print the result as JSON: { file, valid, errors, warnings }',
    'exit code: 0 valid (warnings allowed), 1 invalid, 2 misuse or unreadable file',
  ],

  async run(args, io) {
    const json = args.includes('--json');
    const rest = args.filter((arg) => arg !== '--json');
    const option = rest.find((arg) => arg.startsWith('-'));
    if (option !== undefined) return usageError(io, 'validate', validateCommand, `unknown option ${option}`);
    if (rest.length !== 1) return usageError(io, 'validate', validateCommand, rest.length ? 'one FILE at a time' : 'missing FILE');
    const file = rest[0]!;

    const text = await readInput(io, file);
    if (text === undefined) return EXIT_USAGE;
    const result = validateManifest(text);
    const errors = result.ok ? [] : result.errors;
    const { warnings } = result;

    if (json) {
      io.stdout(JSON.stringify({ file, valid: result.ok, errors, warnings }, null, 2));
    } else {
      for (const issue of errors) io.stdout(`error  ${formatIssue(issue)}`);
      for (const issue of warnings) io.stdout(`warning  ${formatIssue(issue)}`);
      const counts = [...(result.ok ? ['valid'] : [plural(errors.length, 'error')]), ...(warnings.length ? [plural(warnings.length, 'warning')] : [])];
      io.stdout(`${file}: ${counts.join(', ')}`);
    }
    return result.ok ? EXIT_OK : EXIT_PROBLEMS;
  },
};
