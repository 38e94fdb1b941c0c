import { expect, fixture, html } from '@open-wc/testing';
import { ReactiveElement } from 'lit';
import { SettingsController } from '../../../src/core/base/settings-controller.js';
import type { ManifestController } from '../../../src/core/base/manifest-controller.js';
import { configure, resetConfig, type PageConfig } from '../../../src/core/config/config.js';
import { loadLocale, translate } from '../../../src/core/i18n/i18n.js';
import { until } from '../../support/wait.js';

/** The smallest host: the four settings an element states itself, and the controller. */
class SettingsHostElement extends ReactiveElement {
  static override properties = { manifest: {}, endpoint: {}, learner: {}, theme: {} };
  static messages = { 'settings-host.hello': 'Hello from the host' };
  declare manifest?: string | object;
  declare endpoint?: string;
  declare learner?: string;
  declare theme?: PageConfig['theme'];
  /** The manifest settings handed on, in order. */
  readonly used: unknown[] = [];
  updates = 0;
  readonly settings = new SettingsController(this, { use: (setting: unknown) => this.used.push(setting) } as unknown as ManifestController);

  protected override willUpdate(): void {
    this.settings.check();
  }

  protected override updated(): void {
    this.updates++;
  }
}
customElements.define('settings-host', SettingsHostElement);

describe('SettingsController', () => {
  afterEach(() => resetConfig());

  it('resolves the element over <pk-config> over configure(), and hands the manifest setting on', async () => {
    configure({ endpoint: '/page-events', learner: 'page-learner', manifest: '/page.json' });
    const wrapper = await fixture(html`<div>
      <pk-config learner="config-learner"></pk-config>
      <settings-host learner="own-learner"></settings-host>
    </div>`);
    const host = wrapper.querySelector<SettingsHostElement>('settings-host')!;
    await host.updateComplete;
    expect(host.settings.config).to.include({ endpoint: '/page-events', learner: 'own-learner', manifest: '/page.json' });
    expect(host.used).to.deep.equal(['/page.json']);
  });

  it('takes locale and direction from the nearest lang and dir, and translates in that locale', async () => {
    await loadLocale('de');
    const wrapper = await fixture(html`<div lang="de"><settings-host></settings-host></div>`);
    const host = wrapper.querySelector<SettingsHostElement>('settings-host')!;
    expect(host.settings.locale).to.equal('de');
    expect(host.settings.direction).to.equal('ltr');
    expect(host.settings.t('state.loading')).to.equal(translate('de', 'state.loading'));
    // Handed on without its `this`, as elements hand it to their parts.
    const { t } = host.settings;
    expect(t('state.loading')).to.equal('Wird geladen …');

    wrapper.setAttribute('lang', 'ar');
    await until(() => host.settings.locale === 'ar', 'the new language');
    expect(host.settings.direction).to.equal('rtl');
    wrapper.setAttribute('dir', 'ltr');
    await until(() => host.settings.direction === 'ltr', 'the stated direction');
  });

  it('adds the host class\'s English messages to the source catalogue', async () => {
    const host = await fixture<SettingsHostElement>(html`<settings-host></settings-host>`);
    expect(host.settings.t('settings-host.hello' as never)).to.equal('Hello from the host');
  });

  it('reads again when the page configuration changes, and updates the element', async () => {
    const host = await fixture<SettingsHostElement>(html`<settings-host></settings-host>`);
    const updates = host.updates;
    configure({ manifest: '/later.json' });
    await until(() => host.settings.config.manifest === '/later.json', 'the new configuration');
    await host.updateComplete;
    expect(host.updates).to.be.greaterThan(updates);
    expect(host.used.at(-1)).to.equal('/later.json');
  });

  it('reads again in an update only when the element\'s own settings changed', async () => {
    const host = await fixture<SettingsHostElement>(html`<settings-host></settings-host>`);
    const before = host.settings.config;
    host.requestUpdate();
    await host.updateComplete;
    expect(host.settings.config, 'no reading for an update that changed no setting').to.equal(before);
    host.manifest = '/own.json';
    await host.updateComplete;
    expect(host.settings.config.manifest).to.equal('/own.json');
    expect(host.used.at(-1)).to.equal('/own.json');
  });

  it('stops listening once the element leaves the page', async () => {
    const host = await fixture<SettingsHostElement>(html`<settings-host></settings-host>`);
    host.remove();
    const before = host.settings.config;
    configure({ learner: 'after-removal' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(host.settings.config).to.equal(before);
  });
});
