import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { configure, resetConfig } from '../../../src/core/config/config.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { PkProbe, settled, shadowText } from '../../support/probe.js';
import { stateBox } from '../../support/host-state.js';

const minimal = {
  version: 1,
  organization: { name: 'Helio Grid' },
  pillars: [{ id: 'energy', title: 'Sustainable Energy Leadership', description: 'Lead the transition.' }],
  pathways: [
    { id: 'grid', title: 'Grid basics', pillar: 'energy', department: 'Engineering', courses: ['c1'] },
  ],
  courses: [{ id: 'c1', title: 'Grid 101', objectives: ['Read a single-line diagram'], impactTags: [] }],
  impactTags: [],
};

describe('PkElement', () => {
  afterEach(() => {
    resetConfig();
    clearManifestCache();
  });

  it('renders content from a manifest object', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe .manifest=${minimal}></pk-probe>`);
    await settled(el);
    expect(shadowText(el)).to.equal('Helio Grid: 1');
    expect(el.shadowRoot!.querySelector('[part~="base"]')).to.exist;
  });

  it('renders content in its first render when another element has loaded the manifest', async () => {
    const first = await fixture<PkProbe>(html`<pk-probe .manifest=${minimal}></pk-probe>`);
    await settled(first);
    const second = document.createElement('pk-probe') as PkProbe;
    second.manifest = minimal;
    first.after(second);
    await second.updateComplete;
    expect(shadowText(second), 'no loading state in between').to.equal('Helio Grid: 1');
    second.remove();
  });

  it('takes a manifest property set before the element was defined, with no false error', async () => {
    const tag = `pk-probe-late-${crypto.randomUUID().slice(0, 8)}`;
    const el = document.createElement(tag) as PkProbe;
    el.manifest = minimal; // a plain own property until the element is defined
    const errors: Event[] = [];
    el.addEventListener('pk-error', (event) => errors.push(event));
    document.body.append(el);
    // An element whose updates wait for something (as <pk-why-banner>'s wait for the stored
    // dismissal): the property arrives in the first update, after the manifest was first looked for.
    customElements.define(
      tag,
      class extends PkProbe {
        protected override async scheduleUpdate(): Promise<void> {
          await new Promise((resolve) => setTimeout(resolve, 20));
          super.scheduleUpdate();
        }
      },
    );
    await settled(el);
    expect(shadowText(el)).to.equal('Helio Grid: 1');
    expect(errors, 'no "manifest missing" on the way').to.have.length(0);
    el.remove();
  });

  it('reads an inline <script type="application/json"> manifest', async () => {
    const el = document.createElement('pk-probe');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(minimal);
    el.append(script);
    await fixture(el);
    await settled(el);
    expect(shadowText(el)).to.equal('Helio Grid: 1');
  });

  it('shows the loading state with a status role and passes axe', async () => {
    await fetch('/__endpoint/slow-manifest/__script', { method: 'POST', body: JSON.stringify([{ delayMs: 3000 }]) });
    const el = await fixture<PkProbe>(html`<pk-probe manifest="/__endpoint/slow-manifest/m.json"></pk-probe>`);
    const status = el.shadowRoot!.querySelector('[role="status"]');
    expect(status?.textContent).to.contain('Loading');
    await expect(el).to.be.accessible();
  });

  it('shows the empty state when the subclass has nothing to show', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe .manifest=${{ ...minimal, pathways: [] }}></pk-probe>`);
    await settled(el);
    expect(shadowText(el)).to.equal('Nothing to show yet.');
    expect(stateBox(el, 'empty')).to.exist;
    await expect(el).to.be.accessible();
  });

  it('shows every validation problem with its path, fires pk-error and logs once', async () => {
    const errors: unknown[][] = [];
    const original = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      const broken = { ...minimal, pathways: [{ ...minimal.pathways[0], pillar: 'wind' }] };
      const el = document.createElement('pk-probe');
      const event = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      el.manifest = broken;
      document.body.append(el);
      const { detail } = await event;
      await settled(el);
      expect(detail.code).to.equal('manifest-invalid');
      expect(detail.issues.map((issue) => issue.path)).to.deep.equal(['pathways[0].pillar']);
      const alert = el.shadowRoot!.querySelector('[role="alert"]')!;
      expect(alert.textContent).to.contain('pathways[0].pillar: unknown pillar "wind"');
      expect(alert.textContent).to.contain('The pathway manifest has 1 problem');
      expect(errors).to.have.length(1);
      expect(String(errors[0]![0])).to.contain('pathways[0].pillar: unknown pillar "wind"');
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.error = original;
    }
  });

  it('shows the error state for a 404 manifest URL', async () => {
    const el = document.createElement('pk-probe');
    el.setAttribute('manifest', '/test/fixtures/does-not-exist.json');
    const event = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
    const original = console.error;
    console.error = () => {};
    try {
      document.body.append(el);
      const { detail } = await event;
      await settled(el);
      expect(detail.code).to.equal('manifest-http');
      expect(shadowText(el)).to.contain('The server did not return the pathway manifest.');
      expect(shadowText(el)).to.contain('404');
    } finally {
      console.error = original;
      el.remove();
    }
  });

  it('ten elements pointing at one manifest URL make one request', async () => {
    const url = new URL('/test/fixtures/manifests/minimal.json?shared=ten', location.href).href;
    const page = await fixture(html`<div>${Array.from({ length: 10 }, () => html`<pk-probe manifest=${url}></pk-probe>`)}</div>`);
    const probes = [...page.querySelectorAll('pk-probe')];
    await Promise.all(probes.map(settled));
    expect(probes.every((probe) => shadowText(probe).includes(':'))).to.equal(true);
    expect(performance.getEntriesByName(url)).to.have.length(1);
  });

  it('says so when no manifest is configured anywhere', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = document.createElement('pk-probe');
      const event = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      document.body.append(el);
      expect((await event).detail.code).to.equal('manifest-missing');
      await el.updateComplete;
      expect(shadowText(el)).to.contain('No pathway manifest is configured.');
      el.remove();
    } finally {
      console.error = original;
    }
  });

  it('recovers when configure() supplies the manifest later', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const el = await fixture<PkProbe>(html`<pk-probe></pk-probe>`);
      configure({ manifest: minimal });
      await settled(el);
      expect(shadowText(el)).to.equal('Helio Grid: 1');
    } finally {
      console.error = original;
    }
  });

  it('localises its states from lang on an ancestor and lays out right-to-left for Arabic', async () => {
    const wrapper = await fixture(html`<div lang="ar"><pk-probe .manifest=${{ ...minimal, pathways: [] }}></pk-probe></div>`);
    const el = wrapper.querySelector('pk-probe')!;
    await settled(el);
    for (let i = 0; i < 50 && !shadowText(el).includes('لا يوجد'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(shadowText(el)).to.equal('لا يوجد شيء لعرضه بعد.');
    const root = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(root.getAttribute('dir')).to.equal('rtl');
    expect(getComputedStyle(root).direction).to.equal('rtl');
  });

  it('follows a lang change on the element', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe .manifest=${{ ...minimal, pathways: [] }}></pk-probe>`);
    await settled(el);
    el.setAttribute('lang', 'de');
    for (let i = 0; i < 50 && !shadowText(el).includes('Noch'); i++) await new Promise((r) => setTimeout(r, 10));
    expect(shadowText(el)).to.equal('Noch nichts anzuzeigen.');
    expect(el.resolvedLocale).to.equal('de');
  });

  it('switches colour scheme with the theme attribute', async () => {
    const el = await fixture<PkProbe>(html`<pk-probe theme="dark" .manifest=${minimal}></pk-probe>`);
    await settled(el);
    const root = el.shadowRoot!.querySelector('[part~="base"]')!;
    expect(getComputedStyle(root).colorScheme).to.equal('dark');
    expect(getComputedStyle(root).color).to.equal('rgb(230, 237, 243)');
    el.theme = 'light';
    await el.updateComplete;
    expect(getComputedStyle(root).color).to.equal('rgb(31, 35, 40)');
  });

  it('lets themers override tokens from outside', async () => {
    const wrapper = await fixture(html`<div style="--pk-color-text: rgb(1, 2, 3)">
      <pk-probe .manifest=${minimal}></pk-probe>
    </div>`);
    const el = wrapper.querySelector('pk-probe')!;
    await settled(el);
    expect(getComputedStyle(el.shadowRoot!.querySelector('[part~="base"]')!).color).to.equal('rgb(1, 2, 3)');
  });
});
