import { expect, fixture, html } from '@open-wc/testing';
import { configure, getPageConfig, onConfigChange, resetConfig } from '../../../src/core/config/config.js';
import { InlineManifest, ownSettings, resolveConfig } from '../../../src/core/config/resolve.js';
import '../../../src/elements/config/define.js';
import { PkProbe, settled, shadowText } from '../../support/probe.js';

describe('page configuration', () => {
  afterEach(() => resetConfig());

  it('configure() merges settings and removes the ones set to undefined', () => {
    configure({ endpoint: '/a', learner: 'u1' });
    configure({ learner: undefined, format: 'xapi' });
    expect(getPageConfig()).to.deep.equal({ endpoint: '/a', format: 'xapi' });
  });

  it('configure() tells subscribers', () => {
    let calls = 0;
    const off = onConfigChange(() => calls++);
    configure({ learner: 'u1' });
    off();
    configure({ learner: 'u2' });
    expect(calls).to.equal(1);
  });

  it('layers configure(), page-wide <pk-config>, enclosing <pk-config> and the element itself', async () => {
    configure({ endpoint: '/from-configure', learner: 'configured', format: 'xapi', locale: 'de' });
    const page = await fixture(html`<div>
      <pk-config endpoint="/page-wide" learner="page"></pk-config>
      <pk-config learner="tenant-b" expert>
        <section><pk-probe learner="own"></pk-probe><pk-probe id="plain"></pk-probe></section>
      </pk-config>
      <pk-probe id="outside"></pk-probe>
    </div>`);
    const [own, plain, outside] = [...page.querySelectorAll('pk-probe')] as PkProbe[];
    expect(own!.resolved).to.include({ endpoint: '/page-wide', learner: 'own', format: 'xapi', expert: true });
    expect(plain!.resolved).to.include({ learner: 'tenant-b', expert: true });
    expect(outside!.resolved).to.include({ learner: 'tenant-b', endpoint: '/page-wide', locale: 'de' });
  });

  it('the nearest <pk-config> wins for the elements inside it', async () => {
    const page = await fixture(html`<div>
      <pk-config learner="outer"><pk-config learner="inner"><pk-probe></pk-probe></pk-config></pk-config>
    </div>`);
    expect(page.querySelector('pk-probe')!.resolved.learner).to.equal('inner');
  });

  it('reads settings from attributes and early-set properties, before any upgrade', () => {
    const element = document.createElement('div');
    element.setAttribute('endpoint', '/early');
    element.setAttribute('expert', '');
    const headers = () => ({ Authorization: 'Bearer x' });
    Object.assign(element, { headers, learner: 'from-property' });
    element.setAttribute('learner', 'from-attribute');
    expect(ownSettings(element)).to.deep.equal({ endpoint: '/early', expert: true, headers, learner: 'from-property' });
  });

  it('takes an inline manifest inside <pk-config>', async () => {
    const config = document.createElement('pk-config');
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = '{"version":1}';
    config.append(script);
    const probe = document.createElement('span');
    config.append(probe);
    await fixture(config);
    const manifest = resolveConfig(probe, {}).manifest;
    expect(manifest).to.be.instanceOf(InlineManifest);
    expect((manifest as InlineManifest).text).to.equal('{"version":1}');
    // The same script and text stay the same setting, so elements do not parse it again.
    expect(resolveConfig(probe, {}).manifest).to.equal(manifest);
    script.textContent = '{"version":2}';
    expect((resolveConfig(probe, {}).manifest as InlineManifest).text).to.equal('{"version":2}');
  });

  it('elements follow a <pk-config> attribute change', async () => {
    const page = await fixture<HTMLElement>(html`<div><pk-config learner="a"></pk-config><pk-probe></pk-probe></div>`);
    const probe = page.querySelector('pk-probe')!;
    page.querySelector('pk-config')!.setAttribute('learner', 'b');
    await page.querySelector('pk-config')!.updateComplete;
    expect(probe.resolved.learner).to.equal('b');
  });

  it('a configured locale beats <html lang> but not an element lang', async () => {
    configure({ locale: 'de', manifest: { version: 1 } });
    const page = await fixture(html`<div><pk-probe></pk-probe><pk-probe lang="ar"></pk-probe></div>`);
    const [plain, arabic] = [...page.querySelectorAll('pk-probe')];
    await Promise.all([settled(plain!), settled(arabic!)]);
    expect(plain!.resolvedLocale).to.equal('de');
    expect(arabic!.resolvedLocale).to.equal('ar');
    expect(shadowText(plain!)).to.not.equal('');
  });
});
