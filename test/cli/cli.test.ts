import { expect } from '@open-wc/testing';
import { fixtureText } from '../core/manifest/fixtures.js';
import { run } from './run.js';

describe('purpose-kit validate', () => {
  it('exits 0 for a valid manifest', async () => {
    const result = await run(['validate', 'manifest.json'], { 'manifest.json': await fixtureText('rich.json') });
    expect(result).to.deep.equal({ code: 0, stdout: ['manifest.json: valid'], stderr: [] });
  });

  it('prints warnings for a valid manifest with unknown fields', async () => {
    const text = (await fixtureText('minimal.json')).replace('"version": 1,', '"version": 1, "owner": "L&D",');
    const result = await run(['validate', 'm.json'], { 'm.json': text });
    expect(result).to.deep.equal({
      code: 0,
      stdout: ['warning  owner: unknown field, ignored', 'm.json: valid, 1 warning'],
      stderr: [],
    });
  });

  it('exits 1 and prints every error with its path', async () => {
    const result = await run(['validate', 'invalid.json'], { 'invalid.json': await fixtureText('invalid.json') });
    expect(result).to.deep.equal({
      code: 1,
      stdout: [
        'error  courses[0].url: URL scheme "javascript:" is not allowed (use http:, https:, mailto: or a relative URL)',
        'error  reporting.format: expected one of "json", "xapi", got "csv"',
        'error  pathways[0].pillar: unknown pillar "power"',
        'error  pathways[0].courses[1]: unknown course "py-101"',
        'error  courses[0].impactTags[0]: unknown impact tag "q3-auto"',
        'error  pillars[1].imperative: rank 1 is already held by pillars[0]',
        'warning  organization.motto: unknown field, ignored',
        'invalid.json: 6 errors, 1 warning',
      ],
      stderr: [],
    });
  });

  it('exits 1 for malformed JSON, with its line and column', async () => {
    const result = await run(['validate', 'broken.json'], { 'broken.json': await fixtureText('broken.json') });
    expect(result).to.deep.equal({
      code: 1,
      stdout: ['error  invalid JSON at line 5, column 41: expected "," or "}" after a property value', 'broken.json: 1 error'],
      stderr: [],
    });
  });

  it('prints a machine-readable result with --json', async () => {
    const result = await run(['validate', '--json', 'invalid.json'], { 'invalid.json': await fixtureText('invalid.json') });
    expect(result.code).to.equal(1);
    expect(result.stdout).to.have.length(1);
    const report = JSON.parse(result.stdout[0]!);
    expect(report.file).to.equal('invalid.json');
    expect(report.valid).to.equal(false);
    expect(report.errors).to.have.length(6);
    expect(report.errors[0]).to.deep.equal({
      path: 'courses[0].url',
      code: 'invalid-url',
      message: 'URL scheme "javascript:" is not allowed (use http:, https:, mailto: or a relative URL)',
    });
    expect(report.warnings).to.deep.equal([{ path: 'organization.motto', code: 'unknown-field', message: 'unknown field, ignored' }]);
  });

  it('prints a valid --json result', async () => {
    const result = await run(['validate', 'm.json', '--json'], { 'm.json': await fixtureText('minimal.json') });
    expect(result.code).to.equal(0);
    expect(JSON.parse(result.stdout[0]!)).to.deep.equal({ file: 'm.json', valid: true, errors: [], warnings: [] });
  });

  it('exits 2 when the file cannot be read', async () => {
    const result = await run(['validate', 'nowhere.json']);
    expect(result).to.deep.equal({
      code: 2,
      stdout: [],
      stderr: ["cannot read nowhere.json: ENOENT: no such file or directory, open 'nowhere.json'"],
    });
  });

  it('exits 2 with usage when FILE is missing, doubled, or an option is unknown', async () => {
    const usage = 'usage: purpose-kit validate FILE [--json]';
    expect(await run(['validate'])).to.deep.equal({ code: 2, stdout: [], stderr: ['missing FILE', usage] });
    expect(await run(['validate', 'a.json', 'b.json'])).to.deep.equal({ code: 2, stdout: [], stderr: ['one FILE at a time', usage] });
    expect(await run(['validate', '--strict', 'a.json'])).to.deep.equal({ code: 2, stdout: [], stderr: ['unknown option --strict', usage] });
  });

  it('prints the command’s help with --help', async () => {
    const result = await run(['validate', '--help']);
    expect(result.code).to.equal(0);
    expect(result.stdout[0]).to.equal('usage: purpose-kit validate FILE [--json]');
  });
});

describe('purpose-kit', () => {
  it('prints usage on stdout with --help and exits 0', async () => {
    for (const flag of ['--help', '-h', 'help']) {
      const result = await run([flag]);
      expect(result.code).to.equal(0);
      expect(result.stdout[0]).to.equal('usage: purpose-kit <command> [options]');
      expect(result.stdout.some((line) => line.startsWith('  validate FILE [--json]'))).to.equal(true);
      expect(result.stdout.some((line) => line.startsWith('  audit FILE [--csv | --json]'))).to.equal(true);
      expect(result.stderr).to.deep.equal([]);
    }
  });

  it('prints usage on stderr and exits 2 without a command', async () => {
    const result = await run([]);
    expect(result.code).to.equal(2);
    expect(result.stdout).to.deep.equal([]);
    expect(result.stderr[0]).to.equal('usage: purpose-kit <command> [options]');
  });

  it('names an unknown command and exits 2', async () => {
    const result = await run(['publish', 'x.json']);
    expect(result.code).to.equal(2);
    expect(result.stderr[0]).to.equal('unknown command "publish"');
    expect(result.stderr[1]).to.equal('usage: purpose-kit <command> [options]');
  });
});
