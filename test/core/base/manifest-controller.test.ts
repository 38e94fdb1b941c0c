import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { ManifestController } from '../../../src/core/base/manifest-controller.js';
import type { PkError } from '../../../src/core/errors.js';
import { clearManifestCache, loadManifest } from '../../../src/core/manifest/load.js';
import { until } from '../../support/wait.js';

const manifest = (name: string) => ({
  version: 1,
  organization: { name },
  pillars: [{ id: 'energy', title: 'Energy', description: 'Lead the transition.' }],
  pathways: [],
  courses: [],
  impactTags: [],
});

class ManifestHost extends ReactiveElement {
  readonly reported: PkError[] = [];
  required = true;
  /** `changed.has('manifestState')` of each update. */
  readonly changes: boolean[] = [];
  readonly task = new ManifestController(
    this,
    () => this.required,
    (error) => this.reported.push(error),
  );

  get manifestState() {
    return this.task.state;
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    this.changes.push(changed.has('manifestState'));
  }
}
customElements.define('manifest-host', ManifestHost);

const view = (task: ManifestController) =>
  task.render({ pending: () => 'pending', complete: ({ manifest }) => `complete: ${manifest.organization.name}`, error: (error) => `error: ${error.code}` });

describe('ManifestController', () => {
  afterEach(() => clearManifestCache());

  it('goes from pending to complete, and the host updates with manifestState changed', async () => {
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    expect(view(host.task)).to.equal('pending');
    host.task.use(manifest('Helio Grid'));
    await until(() => host.task.state.status === 'ready', 'the manifest');
    expect(view(host.task)).to.equal('complete: Helio Grid');
    await host.updateComplete;
    expect(host.changes.at(-1)).to.equal(true);
  });

  it('is complete at once for a manifest already loaded elsewhere', async () => {
    const shared = manifest('Shared');
    await loadManifest({ kind: 'object', value: shared });
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    host.task.use(shared);
    expect(view(host.task)).to.equal('complete: Shared');
  });

  it('drops a run when a newer setting comes: the late answer of the older one never shows', async () => {
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    let answer!: (value: object) => void;
    host.task.use(new Promise<object>((resolve) => (answer = resolve)));
    host.task.use(manifest('Newer'));
    await until(() => host.task.state.status === 'ready', 'the newer manifest');
    answer(manifest('Older'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view(host.task)).to.equal('complete: Newer');
  });

  it('the same setting again does not load again', async () => {
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    const same = manifest('Once');
    host.task.use(same);
    await until(() => host.task.state.status === 'ready', 'the manifest');
    const state = host.task.state;
    host.task.use(same);
    expect(host.task.state).to.equal(state);
  });

  it('shows and reports, once, a manifest that is not valid', async () => {
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    host.task.use({ version: 1 });
    await until(() => host.task.state.status === 'error', 'the error');
    expect(view(host.task)).to.equal('error: manifest-invalid');
    expect(host.reported.map(({ code }) => code)).to.deep.equal(['manifest-invalid']);
  });

  it('says where a rejected manifest promise came from', async () => {
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    host.task.use(Promise.reject(new Error('401')));
    await until(() => host.task.state.status === 'error', 'the error');
    expect(host.reported[0]).to.include({ code: 'manifest-fetch', source: 'promise' });
  });

  it('calls a missing manifest missing only when the host needs one', async () => {
    const needs = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    needs.task.use(undefined);
    await until(() => needs.task.state.status === 'error', 'the error');
    expect(needs.reported.map(({ code }) => code)).to.deep.equal(['manifest-missing']);

    const other = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    other.required = false;
    other.task.use(undefined);
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(view(other.task)).to.equal('pending');
    expect(other.reported).to.deep.equal([]);
  });

  it('shows an error the element found itself, and reports it', async () => {
    const host = await fixture<ManifestHost>(html`<manifest-host></manifest-host>`);
    const { PkError } = await import('../../../src/core/errors.js');
    host.task.fail(new PkError('not-found', 'course "x" is not in the pathway manifest'));
    expect(view(host.task)).to.equal('error: not-found');
    expect(host.reported).to.have.length(1);
  });
});
