import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { WorkforceRecords } from '../../../src/core/metrics/types.js';
import '../../../src/elements/dividend-chart/define.js';
import type { PkDividendChart } from '../../../src/elements/dividend-chart/dividend-chart.js';
import { canvases, drawn, paintedPixels, until } from './charts.js';
import { folded, manifestWith, part, parts, rendered, scriptedUrl, text } from './fixtures.js';

/** Three quarters of the lens; the North team was under 5 people in Q2, South has no number at all. */
const lens = {
  futureProof: {
    organization: [0.4, 0.425, 0.5],
    teams: [
      { team: 'North', values: [0.35, null, 0.55] },
      { team: 'South', values: [null, null, null] },
    ],
  },
  breadth: { organization: [0.6, 0.8, 1.25] },
  wellbeing: [0.1, null, 0.32],
  threshold: 3,
  retention: { aligned: [0.95, 0.96, 0.97], baseline: [0.9, 0.91, null] },
};
const periods = ['Q1 FY2026', 'Q2 FY2026', 'Q3 FY2026'];
const manifest = manifestWith({ periods, sustainability: lens });

async function lensChart(source: object = manifest, lang = 'en'): Promise<PkDividendChart> {
  const el = await fixture<PkDividendChart>(html`<pk-dividend-chart lang=${lang} metric="sustainability" .manifest=${source}></pk-dividend-chart>`);
  el.style.setProperty('--pk-motion-duration', '0ms');
  await until(() => !!el.shadowRoot?.querySelector('.lens, .state-empty, .state-error'), 'the view is drawn');
  return el;
}

const rows = (table: Element) => [...table.querySelectorAll('tr')].map((row) => [...row.children].map(text));

describe('pk-dividend-chart metric="sustainability"', function () {
  this.timeout(30_000);
  afterEach(() => clearManifestCache());

  it('headlines the latest figure of each lens metric, and says it is a correlation', async () => {
    const el = await lensChart();
    expect(text(part(el, 'title'))).to.equal('Human Sustainability');
    expect(text(part(el, 'caveat'))).to.match(/^Correlation, not proof/);
    expect(parts(el, 'headline').map(text)).to.deep.equal([
      'Future-proof share of learning, Q3 FY2026 50%',
      'Transferable skills gained, Q3 FY2026 1.25 per person',
      'Learning and wellbeing, Q3 FY2026 +0.32',
      'Employability and staying, Q2 FY2026 +5 pts',
    ]);
    expect(parts(el, 'caption').map((caption) => text(caption.querySelector('.definition')))[3]).to.equal(
      'Retention of people who had built at least 3 transferable skills before the period, against everyone else.',
    );
  });

  it('draws a chart per figure, each described for screen readers', async () => {
    const el = await lensChart();
    const charts = await drawn(el);
    expect(charts).to.have.length(4);
    expect(charts[0]!.data.datasets.map((set) => set.data)).to.deep.equal([lens.futureProof.organization]);
    expect(charts[2]!.data.datasets[0]!.data).to.deep.equal(lens.wellbeing);
    expect(charts[3]!.data.datasets.map((set) => set.label)).to.deep.equal(['3 or more transferable skills', 'Everyone else']);
    expect(charts[3]!.data.datasets.map((set) => set.data)).to.deep.equal([lens.retention.aligned, lens.retention.baseline]);
    for (const canvas of canvases(el)) expect(paintedPixels(canvas)).to.be.above(1000);
    expect(canvases(el).map((canvas) => canvas.getAttribute('aria-label'))).to.deep.equal([
      'Future-proof share of learning, Q1 FY2026 to Q3 FY2026: from 40% to 50%.',
      'Transferable skills gained, Q1 FY2026 to Q3 FY2026: from 0.6 to 1.25.',
      'Learning and wellbeing, Q1 FY2026 to Q3 FY2026: from +0.10 to +0.32.',
      'Employability and staying, Q2 FY2026: 3 or more transferable skills 96%, everyone else 91%; difference +5 pts.',
    ]);
  });

  it('shows every number of the data in its tables, withheld groups as "no data"', async () => {
    const el = await lensChart();
    part(el, 'toggle').click();
    await el.updateComplete;
    expect(canvases(el)).to.have.length(0);
    const [futureProof, breadth, wellbeing, retention] = parts(el, 'table');
    expect(rows(futureProof!)).to.deep.equal([
      ['Group', ...periods],
      ['Everyone', '40%', '42.5%', '50%'],
      ['North', '35%', '—no data', '55%'],
      ['South', '—no data', '—no data', '—no data'],
    ]);
    expect(rows(breadth!)).to.deep.equal([
      ['Group', ...periods],
      ['Everyone', '0.6', '0.8', '1.25'],
    ]);
    expect(rows(wellbeing!)).to.deep.equal([
      ['Period', 'Value'],
      ['Q1 FY2026', '+0.10'],
      ['Q2 FY2026', '—no data'],
      ['Q3 FY2026', '+0.32'],
    ]);
    expect(rows(retention!)).to.deep.equal([
      ['Period', '3 or more transferable skills', 'Everyone else', 'Difference'],
      ['Q1 FY2026', '95%', '90%', '+5 pts'],
      ['Q2 FY2026', '96%', '91%', '+5 pts'],
      ['Q3 FY2026', '97%', '—no data', '—no data'],
    ]);
  });

  it('reads the lens from a src document (the shape of GET /v1/metrics), checked by the metrics validator', async () => {
    const url = await scriptedUrl('lens-src-ok', [{ body: { periods, sustainability: lens } }]);
    const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="sustainability" view="table" src=${url}></pk-dividend-chart>`);
    await until(() => !!el.shadowRoot?.querySelector('.lens'), 'the view is drawn');
    expect(rows(parts(el, 'table')[2]!)[3]).to.deep.equal(['Q3 FY2026', '+0.32']);

    const bad = await scriptedUrl('lens-src-bad', [{ body: { periods, sustainability: { ...lens, wellbeing: [0.1] } } }]);
    const broken = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="sustainability" src=${bad}></pk-dividend-chart>`);
    await rendered(broken);
    expect(text(broken.shadowRoot!.querySelector('.state-error'))).to.contain('metrics.sustainability.wellbeing: expected 3 values (one per period), got 1');
  });

  it('computes the lens from records with a skills catalogue', async () => {
    const people = ['a', 'b', 'c', 'd', 'e'];
    const records: WorkforceRecords = {
      periods: [{ label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }],
      employees: people.map((id) => ({ id, aligned: false, hired: '2020-01-01', team: 'T' })),
      learning: people.map((employee, i) => ({ employee, course: i < 2 ? 'deals' : 'crm', date: '2026-02-02' })),
      skills: { courses: [{ id: 'deals', skills: ['negotiation'] }, { id: 'crm', skills: ['our-crm'] }], transferable: ['negotiation'] },
    };
    const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="sustainability" view="table" .records=${records}></pk-dividend-chart>`);
    await until(() => !!el.shadowRoot?.querySelector('.lens'), 'the view is drawn');
    expect(rows(parts(el, 'table')[0]!)).to.deep.equal([
      ['Group', '2026-Q1'],
      ['Everyone', '40%'],
      ['T', '40%'],
    ]);
  });

  it('shows records it cannot read as an error, with a pk-error, and throws nothing into the page', async () => {
    const records = {
      periods: [{ label: '2026-Q1', start: '2026-01-01', end: '2026-03-31' }],
      employees: [{ id: 'a', aligned: false, hired: '2020-01-01' }],
      learning: 5,
      skills: { courses: [], transferable: [] },
    } as unknown as WorkforceRecords;
    const errors: string[] = [];
    const el = await fixture<PkDividendChart>(
      html`<pk-dividend-chart metric="sustainability" .records=${records} @pk-error=${(event: CustomEvent) => errors.push(event.detail.message)}></pk-dividend-chart>`,
    );
    await until(() => !!el.shadowRoot?.querySelector('.state-error'), 'the error state');
    expect(errors.some((message) => message.startsWith('the records could not be read for the Human Sustainability view'))).to.equal(true);
  });

  it('says so when the data has no Human Sustainability numbers', async () => {
    const el = await lensChart(manifestWith({ periods, series: { retention: { aligned: [0.9, 0.9, 0.9], baseline: [0.8, 0.8, 0.8] } } }));
    await rendered(el);
    expect(text(el.shadowRoot!.querySelector('.state-empty'))).to.equal('No Human Sustainability data yet.');
  });

  it('passes axe in the chart view and in the table view', async () => {
    const el = await lensChart();
    await drawn(el);
    await expect(el).to.be.accessible();
    part(el, 'toggle').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  it('is used with the keyboard: the toggle switches views, a wide table scrolls from its focusable region', async () => {
    const before = await fixture<HTMLButtonElement>(html`<button>before</button>`);
    const el = await lensChart();
    el.before(before);
    before.focus();
    await sendKeys({ press: 'Tab' });
    const toggle = part(el, 'toggle');
    expect(el.shadowRoot!.activeElement).to.equal(toggle);
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    expect(parts(el, 'table')).to.have.length(4);
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(parts(el, 'scroll')[0]);
    expect(parts(el, 'scroll')[0]!.getAttribute('aria-label')).to.equal('Future-proof share of learning');
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(toggle.getAttribute('aria-pressed')).to.equal('true');
    toggle.focus();
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(parts(el, 'table')).to.have.length(0);
    before.remove();
  });

  it('speaks German and Arabic, right to left', async () => {
    const german = await lensChart(manifest, 'de');
    await until(() => text(part(german, 'title')) === 'Menschliche Nachhaltigkeit', 'German messages are loaded');
    expect(text(parts(german, 'headline')[1]!)).to.equal('Gewonnene übertragbare Fähigkeiten, Q3 FY2026 1,25 pro Person');

    const arabic = await lensChart(manifest, 'ar');
    await until(() => text(part(arabic, 'title')) === 'الاستدامة البشرية', 'Arabic messages are loaded');
    expect(part(arabic, 'base').getAttribute('dir')).to.equal('rtl');
    const [chart] = await drawn(arabic);
    expect(chart!.data.datasets[0]!.data).to.deep.equal([...lens.futureProof.organization].reverse());
    expect(chart!.options.scales!.y!.position).to.equal('right');
    const share = new Intl.NumberFormat('ar', { style: 'percent', maximumFractionDigits: 1 }).format(0.5);
    expect(text(parts(arabic, 'headline')[0]!.querySelector('dd'))).to.equal(folded(share));
    await expect(arabic).to.be.accessible();
  });
});
