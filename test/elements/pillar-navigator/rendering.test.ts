import { expect, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { all, item, manifest, navigator, one, tabTitles, text, treeKeys } from './helpers.js';
import { stateBox } from '../../support/host-state.js';

const inWidth = (width: string) =>
  navigator(html`<div style=${`width: ${width}`}>
    <pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>
  </div>`);

describe('pk-pillar-navigator: rendering', () => {
  it('shows the pillars as tabs, imperatives by rank first, and selects the first', async () => {
    const el = await navigator();
    expect(tabTitles(el)).to.deep.equal(['Client Trust', 'Sustainable Energy Leadership', 'Zero Harm', 'Growing Our People']);
    expect(all(el, '[role="tab"]').map((tab) => tab.getAttribute('aria-selected'))).to.deep.equal(['true', 'false', 'false', 'false']);
    expect(text(one(el, '[role="tab"]'))).to.contain('Imperative 1');
    expect(one(el, '[role="tabpanel"]').getAttribute('aria-labelledby')).to.equal('tab-0');
    expect(text(one(el, '[part~="pillar-title"]'))).to.equal('Client Trust');
    await expect(el).to.be.accessible();
  });

  it('features the hero pathways of the imperatives, by rank, above everything else', async () => {
    const el = await navigator();
    const heroes = one(el, '[part~="heroes"]');
    expect(text(one(el, '.heroes-title'))).to.equal('Hero pathways FY2027');
    expect(all(el, '[part~="hero"]').map((card) => card.dataset.pathway)).to.deep.equal(['trust-essentials', 'net-zero']);
    expect(text(one(el, '.hero-rank'))).to.equal('Imperative 1 · Client Trust');
    for (const later of ['[part~="filters"]', '[role="tablist"]', '[role="tabpanel"]']) {
      expect(heroes.compareDocumentPosition(one(el, later)) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
    }
  });

  it('groups a pillar’s pathways by department in lanes that converge on the pillar', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pillar="energy"></pk-pillar-navigator>`);
    expect(all(el, '[part~="department"] .lane-name').map(text)).to.deep.equal(['Engineering', 'Finance', 'Marketing']);
    const engineering = item(el, 'lane:energy:Engineering');
    expect([...engineering.querySelectorAll('.pathway-title')].map(text)).to.deep.equal([
      'Engineering the Net-Zero Portfolio',
      'Operating Storage Sites',
    ]);
    const curves = all(el, '.funnel path').map((path) => path.getAttribute('d'));
    expect(curves).to.have.length(3);
    expect(curves.every((d) => d!.endsWith('50 40'))).to.equal(true);
    expect(text(one(el, '[part~="target"]'))).to.equal('3 departments converge on Sustainable Energy Leadership');
  });

  it('draws lanes side by side over the funnel when wide, stacked along a trunk when narrow', async () => {
    const wide = await inWidth('70rem');
    const [a, b] = all(wide, '[part~="department"]').map((lane) => lane.getBoundingClientRect());
    expect(b!.left).to.be.greaterThan(a!.right - 1);
    expect(Math.abs(a!.top - b!.top)).to.be.lessThan(1);
    expect(getComputedStyle(one(wide, '.funnel')).display).to.equal('block');
    wide.parentElement!.remove();

    const narrow = await inWidth('22rem');
    const [c, d] = all(narrow, '[part~="department"]').map((lane) => lane.getBoundingClientRect());
    expect(d!.top).to.be.greaterThan(c!.bottom - 1);
    expect(getComputedStyle(one(narrow, '.funnel')).display).to.equal('none');
    expect(getComputedStyle(one(narrow, '[part~="tree"]')).borderInlineStartStyle).to.equal('solid');
  });

  it('uses the rail + content layout when wide and stacks it when narrow', async () => {
    const wide = await inWidth('70rem');
    const rail = one(wide, '[part~="tabs"]').getBoundingClientRect();
    const panel = one(wide, '[part~="panel"]').getBoundingClientRect();
    expect(panel.left).to.be.greaterThan(rail.right - 1);
    wide.parentElement!.remove();

    const narrow = await inWidth('30rem');
    expect(one(narrow, '[part~="panel"]').getBoundingClientRect().top).to.be.greaterThan(one(narrow, '[part~="tabs"]').getBoundingClientRect().bottom - 1);
  });

  it('names the open and the selected tree items and the selected tab in their parts, for a page stylesheet', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero"></pk-pillar-navigator>`);
    const sheet = new CSSStyleSheet();
    sheet.replaceSync(`pk-pillar-navigator::part(pathway expanded selected) { outline: 2px solid rgb(1, 2, 3); }
      pk-pillar-navigator::part(department expanded) { outline: 2px solid rgb(4, 5, 6); }
      pk-pillar-navigator::part(tab selected) { outline: 2px solid rgb(7, 8, 9); }`);
    document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
    try {
      const outlined = (selector: string, color: string) => all(el, selector).filter((node) => getComputedStyle(node).outlineColor === color);
      const selected = item(el, 'pathway:net-zero');
      expect(all(el, '[part~="pathway"]').length, 'other pathways shown').to.be.greaterThan(1);
      expect(outlined('[part~="pathway"]', 'rgb(1, 2, 3)'), 'the open, selected pathway only').to.deep.equal([selected]);
      expect(outlined('[part~="department"]', 'rgb(4, 5, 6)'), 'the open lanes').to.deep.equal(all(el, '[part~="department"][aria-expanded="true"]'));
      expect(outlined('[part~="tab"]', 'rgb(7, 8, 9)'), 'the selected tab only').to.deep.equal(all(el, '[part~="tab"][aria-selected="true"]'));
      expect(all(el, '[part~="tab"][aria-selected="true"]')).to.have.length(1);
    } finally {
      document.adoptedStyleSheets = document.adoptedStyleSheets.filter((adopted) => adopted !== sheet);
    }
  });

  it('builds no DOM for a closed pathway, and lists its courses in order with impact tags when opened', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero"></pk-pillar-navigator>`);
    expect(item(el, 'pathway:net-zero').getAttribute('aria-expanded')).to.equal('true');
    expect(all(el, '.course-title').map(text)).to.deep.equal(['Integrating Renewables into the Grid', 'Battery Storage Design']);
    expect(all(el, '[part~="impact-tag"]').map(text)).to.deep.equal([
      'Speeds Up Grid Connections for Q2',
      'Énergie Éolienne for the Q3 Wind Close',
    ]);
    expect(item(el, 'pathway:storage-ops').getAttribute('aria-expanded')).to.equal('false');
    expect(item(el, 'pathway:storage-ops').querySelector('[role="group"]')).to.equal(null);
    expect(all(el, '[role="tab"]').map((tab) => tab.getAttribute('aria-selected'))[1]).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('rolls learner progress up per pathway, with a named progress bar, and shows it per course', async () => {
    const progress = { grid: 'done', battery: 'in-progress', privacy: 'done' } as const;
    const el = await navigator(
      html`<pk-pillar-navigator .manifest=${manifest} .progress=${progress} selected-pathway="net-zero"></pk-pillar-navigator>`,
    );
    const pathway = item(el, 'pathway:net-zero');
    const bar = pathway.querySelector('progress')!;
    expect([bar.value, bar.max]).to.deep.equal([1, 2]);
    expect(bar.getAttribute('aria-label')).to.equal('Progress in Engineering the Net-Zero Portfolio');
    expect(text(pathway.querySelector('.progress-text'))).to.equal('1 of 2 done');
    expect(all(el, '.course-status').map(text)).to.deep.equal(['Done', 'In progress']);
    expect(text(item(el, 'pathway:storage-ops').querySelector('.progress-text'))).to.equal('0 of 1 done');
    expect(all(el, '[part~="hero"]').map((card) => text(card.querySelector('.progress-text')))).to.deep.equal(['1 of 2 done', '1 of 2 done']);
    await expect(el).to.be.accessible();

    el.progress = { ...progress, battery: 'done' };
    await el.updateComplete;
    expect(text(pathway.querySelector('.progress-text'))).to.equal('2 of 2 done');
  });

  it('shows no progress when the host gives none', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero"></pk-pillar-navigator>`);
    expect(all(el, '[part~="progress"], .course-status')).to.have.length(0);
  });

  it('shows manifest text with markup as text', async () => {
    const hostile = '<img src=x onerror="window.__pwned=1"><b>Grid</b>';
    const poisoned = {
      ...manifest,
      organization: { name: 'Helio Grid' },
      pillars: manifest.pillars.map((pillar) => (pillar.id === 'trust' ? { ...pillar, title: hostile, description: hostile } : pillar)),
      pathways: manifest.pathways.map((pathway) => (pathway.id === 'trust-essentials' ? { ...pathway, title: hostile, department: hostile } : pathway)),
      courses: manifest.courses.map((course) => (course.id === 'privacy' ? { ...course, title: hostile } : course)),
    };
    const el = await navigator(html`<pk-pillar-navigator .manifest=${poisoned} selected-pathway="trust-essentials"></pk-pillar-navigator>`);
    expect(el.shadowRoot!.querySelectorAll('img, b')).to.have.length(0);
    expect(text(one(el, '[part~="pillar-title"]'))).to.equal(hostile);
    expect(text(one(el, '.hero-title'))).to.equal(hostile);
    expect(text(one(el, '[part~="department"] .lane-name'))).to.equal(hostile);
    expect(text(one(el, '.course-title'))).to.equal(hostile);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('has an empty state for a manifest without pathways', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${{ ...manifest, pathways: [] }}></pk-pillar-navigator>`);
    expect(text(stateBox(el, 'empty'))).to.equal('There are no pathways in this manifest yet.');
    await expect(el).to.be.accessible();
  });

  it('has an error state for an invalid manifest', async () => {
    const original = console.error;
    console.error = () => {};
    try {
      const broken = { ...manifest, pathways: [{ ...manifest.pathways[0], pillar: 'wind' }] };
      const el = await navigator(html`<pk-pillar-navigator .manifest=${broken}></pk-pillar-navigator>`);
      expect(text(one(el, '[role="alert"]'))).to.contain('pathways[0].pillar: unknown pillar "wind"');
      await expect(el).to.be.accessible();
    } finally {
      console.error = original;
    }
  });

  it('has a loading state', async () => {
    const el = document.createElement('pk-pillar-navigator');
    el.manifest = new Promise(() => {});
    document.body.append(el);
    await el.updateComplete;
    expect(text(one(el, '[role="status"]'))).to.equal('Loading…');
    await expect(el).to.be.accessible();
    el.remove();
  });

  it('says when a selected id is not in the manifest, reports it once, and keeps working', async () => {
    const original = console.error;
    const logged: unknown[] = [];
    console.error = (...args: unknown[]) => logged.push(args);
    try {
      const el = document.createElement('pk-pillar-navigator');
      el.manifest = manifest;
      el.selectedPillar = 'wind';
      const reported = oneEvent(el, 'pk-error') as Promise<PkErrorEvent>;
      document.body.append(el);
      const { detail } = await reported;
      await el.updateComplete;
      expect(detail.code).to.equal('not-found');
      expect(detail.message).to.contain('"wind"');
      expect(text(one(el, '[part~="notice"]'))).to.equal('There is no pillar “wind” in the pathway manifest.');
      expect(text(one(el, '[part~="pillar-title"]'))).to.equal('Client Trust');
      el.requestUpdate();
      await el.updateComplete;
      expect(logged).to.have.length(1);
      await expect(el).to.be.accessible();
      el.remove();
    } finally {
      console.error = original;
    }
  });

  it('exposes parts and tokens for theming', async () => {
    const el = await navigator(html`<div style="width: 70rem">
      <pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero"></pk-pillar-navigator>
    </div>`);
    for (const part of ['heroes', 'hero', 'filters', 'search', 'status', 'tabs', 'tab', 'panel', 'tree', 'department', 'pathway', 'course', 'impact-tag', 'target']) {
      expect(el.shadowRoot!.querySelector(`[part~="${part}"]`), part).to.exist;
    }
    el.style.setProperty('--pk-pillar-navigator-rail-width', '20rem');
    expect(one(el, '[part~="tabs"]').getBoundingClientRect().width).to.equal(20 * 16);
    el.style.setProperty('--pk-pillar-navigator-line', 'rgb(1, 2, 3)');
    el.style.setProperty('--pk-pillar-navigator-line-width', '5px');
    expect(getComputedStyle(one(el, '.funnel path')).stroke).to.equal('rgb(1, 2, 3)');
    expect(getComputedStyle(one(el, '[part~="target"]')).borderTopWidth).to.equal('5px');
    el.style.setProperty('--pk-color-accent', 'rgb(4, 5, 6)');
    expect(getComputedStyle(one(el, '[role="tab"][aria-selected="true"]')).borderInlineStartColor).to.equal('rgb(4, 5, 6)');
  });

  it('gives the selected pathway, and only it, aria-current and keeps one tree item in the tab order', async () => {
    const el = await navigator(html`<pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero"></pk-pillar-navigator>`);
    expect(all(el, '[aria-current="true"]').map((node) => node.dataset.key)).to.deep.equal(['pathway:net-zero']);
    expect(all(el, '[role="treeitem"][tabindex="0"]')).to.have.length(1);
    expect(treeKeys(el)).to.have.length(3 + 4 + 2);
  });

  it('renders right to left in Arabic, mirrored, and passes axe', async () => {
    const el = await navigator(html`<div lang="ar" dir="rtl" style="width: 70rem">
      <pk-pillar-navigator .manifest=${manifest} selected-pathway="net-zero" .progress=${{ grid: 'done' }}></pk-pillar-navigator>
    </div>`);
    await waitUntil(() => el.shadowRoot!.querySelector('.heroes-title'), 'the Arabic messages load');
    expect(one(el, '[part~="base"]').getAttribute('dir')).to.equal('rtl');
    expect(text(one(el, '.heroes-title'))).to.equal('المسارات الرئيسية \u2068FY2027\u2069', 'the period isolated');
    const [first, second] = all(el, '[part~="department"]').map((lane) => lane.getBoundingClientRect());
    expect(second!.right).to.be.below(first!.left + 1);
    expect(one(el, '[part~="panel"]').getBoundingClientRect().right).to.be.below(one(el, '[part~="tabs"]').getBoundingClientRect().left + 1);
    await expect(el).to.be.accessible();
  });

  it('passes axe in the dark theme', async () => {
    const el = await navigator(html`<div style="background: #0d1117">
      <pk-pillar-navigator .manifest=${manifest} theme="dark" selected-pathway="net-zero" .progress=${{ grid: 'done', battery: 'in-progress' }}></pk-pillar-navigator>
    </div>`);
    expect(getComputedStyle(one(el, '[part~="pillar-title"]')).color).to.equal('rgb(230, 237, 243)');
    await expect(el).to.be.accessible();
  });
});
