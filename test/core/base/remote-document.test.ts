import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import * as v from 'valibot';
import { RemoteDocument, type RemoteState } from '../../../src/core/base/remote-document.js';
import { formatIssue, type ManifestIssue, type PkError } from '../../../src/core/errors.js';
import { documentValidator } from '../../../src/core/manifest/validate-document.js';
import { until } from '../../support/wait.js';

interface Person {
  name: string;
}

/** The names the page knows: the context a person document is checked against. */
type Known = readonly string[];

// Contexts are told apart by identity, like the manifest an element checks a document against.
const PRIYA_ONLY: Known = ['Priya'];
const EVERYONE: Known = ['Priya', 'Sam'];

const validatePerson = documentValidator(v.object({ name: v.string() }), 'person');

function unknownName(document: unknown, known: Known): ManifestIssue[] {
  const name = (document as { person: Person }).person.name;
  return known.includes(name) ? [] : [{ path: 'person.name', code: 'unknown-reference', message: `unknown person "${name}"` }];
}

class RemoteDocumentHost extends ReactiveElement {
  readonly errors: PkError[] = [];
  updates = 0;
  readonly document = new RemoteDocument<Person, Known>(this, {
    // Asynchronous, like the validators elements load on first use.
    validate: async (text, known) => validatePerson(text, (document) => unknownName(document, known)),
    invalid: (url) => `the person from ${url} is not valid`,
    onError: (error) => this.errors.push(error),
  });

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('remote-document-host', RemoteDocumentHost);

interface Received {
  answered: boolean;
}

async function scripted(bucket: string, answers: object[]): Promise<string> {
  await fetch(`/__endpoint/${bucket}/__reset`, { method: 'POST' });
  await fetch(`/__endpoint/${bucket}/__script`, { method: 'POST', body: JSON.stringify(answers) });
  // No `.json`: the dev server marks files with an extension as cacheable for a year.
  return `/__endpoint/${bucket}/person`;
}

async function received(bucket: string): Promise<Received[]> {
  return (await (await fetch(`/__endpoint/${bucket}/__received`)).json()) as Received[];
}

async function host(): Promise<RemoteDocumentHost> {
  return fixture<RemoteDocumentHost>(html`<remote-document-host></remote-document-host>`);
}

function settled(el: RemoteDocumentHost): Promise<RemoteState<Person>> {
  return until(() => el.document.state.status !== 'loading' && el.document.state, 'the document to settle');
}

/** Longer than the slow answers below take: what a dropped request would have brought is in by then. */
const pastSlowAnswer = () => new Promise((resolve) => setTimeout(resolve, 800));
const SLOW_MS = 400;

describe('RemoteDocument', () => {
  it('is loading, then ready with the checked document, and updates its host', async () => {
    const url = await scripted('remote-ok', [{ body: { name: 'Priya' } }]);
    const el = await host();
    const updates = el.updates;
    el.document.use({ url, context: PRIYA_ONLY });
    expect(el.document.state.status).to.equal('loading');
    expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    await el.updateComplete;
    expect(el.updates).to.be.above(updates);
    expect(el.errors).to.have.length(0);
  });

  it('warns in the console, naming the element and the URL, about what it dropped', async () => {
    const url = await scripted('remote-warn', [{ body: { name: 'Priya', nickname: 'P' } }]);
    const el = await host();
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      el.document.use({ url, context: PRIYA_ONLY });
      expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.match(new RegExp(`^\\[purpose-kit\\] <remote-document-host> ${url} person\\.nickname: `));
  });

  it('fails validation with every problem and its path, reported once', async () => {
    const url = await scripted('remote-invalid', [{ body: { name: 'Sam' } }]);
    const el = await host();
    el.document.use({ url, context: PRIYA_ONLY });
    const state = await settled(el);
    if (state.status !== 'error') expect.fail(`expected an error, got ${state.status}`);
    expect(state.error.code).to.equal('data-invalid');
    expect(state.error.message).to.equal(`the person from ${url} is not valid`);
    expect(state.error.source).to.equal(url);
    expect(state.error.issues.map(formatIssue)).to.deep.equal(['person.name: unknown person "Sam"']);
    el.document.use({ url, context: PRIYA_ONLY });
    el.requestUpdate();
    await el.updateComplete;
    expect(el.errors).to.deep.equal([state.error]);
    expect(await received('remote-invalid')).to.have.length(1);
  });

  it('fails with data-fetch when the server answers with an error', async () => {
    const url = await scripted('remote-500', [{ status: 500 }]);
    const el = await host();
    el.document.use({ url, context: PRIYA_ONLY });
    const state = await settled(el);
    if (state.status !== 'error') expect.fail(`expected an error, got ${state.status}`);
    expect(state.error.code).to.equal('data-fetch');
    expect(state.error.message).to.contain('answered HTTP 500');
    expect(el.errors).to.deep.equal([state.error]);
  });

  it('fetches again when the context changes, not when the same source is used again', async () => {
    const bucket = 'remote-context';
    const url = await scripted(bucket, [{ body: { name: 'Sam' } }, { body: { name: 'Sam' } }]);
    const el = await host();
    el.document.use({ url, context: PRIYA_ONLY });
    expect((await settled(el)).status).to.equal('error');
    el.document.use({ url, context: PRIYA_ONLY });
    expect(el.document.state.status, 'the same source is not read again').to.equal('error');
    el.document.use({ url, context: EVERYONE });
    expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Sam' } });
    expect(await received(bucket)).to.have.length(2);
  });

  it('aborts the fetch in flight when the source changes, and keeps only the latest answer', async () => {
    const stale = await scripted('remote-stale', [{ delayMs: SLOW_MS, status: 500 }]);
    const fresh = await scripted('remote-fresh', [{ body: { name: 'Priya' } }]);
    const el = await host();
    el.document.use({ url: stale, context: PRIYA_ONLY });
    await until(async () => (await received('remote-stale')).length === 1, 'the first request');
    el.document.use({ url: fresh, context: PRIYA_ONLY });
    expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    await pastSlowAnswer();
    expect(el.document.state).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    expect(el.errors, 'the stale failure is not reported').to.have.length(0);
    expect((await received('remote-stale'))[0]!.answered, 'the stale request was aborted').to.equal(false);
  });

  it('aborts when the element leaves the page, and fetches again when it comes back', async () => {
    const bucket = 'remote-disconnect';
    const url = await scripted(bucket, [{ delayMs: SLOW_MS, status: 500 }, { body: { name: 'Priya' } }]);
    const el = await host();
    const parent = el.parentElement!;
    el.document.use({ url, context: PRIYA_ONLY });
    await until(async () => (await received(bucket)).length === 1, 'the first request');
    el.remove();
    await pastSlowAnswer();
    expect(el.document.state.status).to.equal('loading');
    expect(el.errors).to.have.length(0);
    expect((await received(bucket))[0]!.answered, 'the request was aborted').to.equal(false);

    parent.append(el);
    el.document.use({ url, context: PRIYA_ONLY });
    expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    // A document already read is not fetched again on the next return.
    el.remove();
    parent.append(el);
    el.document.use({ url, context: PRIYA_ONLY });
    expect(el.document.state.status).to.equal('ready');
    expect(await received(bucket)).to.have.length(2);
  });

  it('drops the fetch in flight when given no source, and reads the source afresh after', async () => {
    const bucket = 'remote-none';
    const url = await scripted(bucket, [{ delayMs: SLOW_MS, status: 500 }, { body: { name: 'Priya' } }]);
    const el = await host();
    el.document.use({ url, context: PRIYA_ONLY });
    await until(async () => (await received(bucket)).length === 1, 'the first request');
    el.document.use(undefined);
    await pastSlowAnswer();
    expect(el.errors).to.have.length(0);
    expect((await received(bucket))[0]!.answered, 'the request was aborted').to.equal(false);
    el.document.use({ url, context: PRIYA_ONLY });
    expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
  });

  it('reloads, showing what it has until the new answer arrives', async () => {
    const url = await scripted('remote-reload', [
      { body: { name: 'Priya' } },
      { delayMs: SLOW_MS, body: { name: 'Sam' } },
      { status: 503 },
    ]);
    const el = await host();
    el.document.use({ url, context: EVERYONE });
    expect(await settled(el)).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    el.document.reload();
    expect(el.document.state).to.deep.equal({ status: 'ready', value: { name: 'Priya' } });
    await until(() => el.document.state.status === 'ready' && el.document.state.value.name === 'Sam', 'the reloaded document');

    el.document.reload();
    await until(() => el.document.state.status === 'error', 'the failed reload');
    expect(el.errors.map((error) => error.code)).to.deep.equal(['data-fetch']);
  });
});
