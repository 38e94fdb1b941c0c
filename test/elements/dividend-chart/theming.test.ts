import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/dividend-chart/define.js';
import type { PkDividendChart } from '../../../src/elements/dividend-chart/dividend-chart.js';
import { drawn, until } from './charts.js';
import { manifestWith, metrics, part, rendered } from './fixtures.js';

const manifest = manifestWith(metrics);
const LIGHT_ACCENT = 'rgba(10, 92, 194, 1)';
const DARK_ACCENT = 'rgba(108, 182, 255, 1)';

/**
 * A retention chart; `still` turns animation off, because Chart.js applies a resize that arrives
 * during an animation only at its next draw, and animation frames come slowly while other test
 * pages run.
 */
async function retentionChart(theme = 'light', still = false) {
  const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention" theme=${theme} .manifest=${manifest}></pk-dividend-chart>`);
  if (still) el.style.setProperty('--pk-motion-duration', '0ms');
  await rendered(el);
  const [chart] = await drawn(el);
  return { el, chart: chart! };
}

const alignedColour = (chart: { data: { datasets: { borderColor?: unknown }[] } }) => chart.data.datasets[0]!.borderColor;

describe('pk-dividend-chart: theming', function () {
  // Resizes and media-query changes wait for animation frames, which are slow while other test pages run.
  this.timeout(40_000);

  afterEach(async () => {
    clearManifestCache();
    document.documentElement.style.removeProperty('color-scheme');
    await emulateMedia({ reducedMotion: 'no-preference', colorScheme: 'light' });
  });

  it('offers parts for every meaningful node', async () => {
    const { el } = await retentionChart();
    for (const name of ['base', 'dividend', 'title', 'toggle', 'caveat', 'headlines', 'headline', 'cost', 'basis', 'legend', 'panels', 'panel', 'caption', 'plot', 'canvas']) {
      expect(el.shadowRoot!.querySelector(`[part~="${name}"]`), name).to.exist;
    }
  });

  it('draws with the theme tokens and redraws when the theme changes', async () => {
    const { el, chart } = await retentionChart('light');
    expect(alignedColour(chart)).to.equal(LIGHT_ACCENT);
    el.theme = 'dark';
    await until(() => alignedColour(chart) === DARK_ACCENT, 'the dark accent is drawn');
  });

  it('redraws when the page switches its colour scheme', async () => {
    const el = await fixture<PkDividendChart>(html`<pk-dividend-chart metric="retention" .manifest=${manifest}></pk-dividend-chart>`);
    await rendered(el);
    const [chart] = await drawn(el);
    document.documentElement.style.colorScheme = 'light';
    await until(() => alignedColour(chart!) === LIGHT_ACCENT, 'the light accent is drawn');
    document.documentElement.style.colorScheme = 'dark';
    await until(() => alignedColour(chart!) === DARK_ACCENT, 'the dark accent is drawn');
  });

  it('redraws when the operating system switches to dark, with theme="auto"', async () => {
    await emulateMedia({ colorScheme: 'light' });
    const { chart } = await retentionChart('auto');
    expect(alignedColour(chart)).to.equal(LIGHT_ACCENT);
    await emulateMedia({ colorScheme: 'dark' });
    await until(() => alignedColour(chart) === DARK_ACCENT, 'the dark accent is drawn');
  });

  it('follows its public tokens, set on the element or an ancestor', async () => {
    const { el, chart } = await retentionChart();
    el.style.setProperty('--pk-dividend-chart-aligned-color', 'rgb(200, 0, 100)');
    await until(() => alignedColour(chart) === 'rgba(200, 0, 100, 1)', 'the aligned token is drawn');
    el.parentElement!.style.setProperty('--pk-color-text-muted', 'rgb(1, 2, 3)');
    await until(() => chart.data.datasets[1]!.borderColor === 'rgba(1, 2, 3, 1)', 'the baseline follows the muted text token');
    el.style.setProperty('--pk-dividend-chart-gain-color', 'rgb(0, 128, 0)');
    await until(() => (chart.data.datasets[0]!.fill as { above: string }).above === 'rgba(0, 128, 0, 0.22)', 'the gain band follows its token');
    expect(getComputedStyle(part(el, 'headline').querySelector('dd')!).color).to.equal('rgb(0, 128, 0)');
  });

  it('animates only without prefers-reduced-motion', async () => {
    const { chart } = await retentionChart();
    expect(chart.config.options!.animation).to.deep.include({ duration: 480 });
    await emulateMedia({ reducedMotion: 'reduce' });
    await until(() => chart.config.options!.animation === false, 'animation is off');
    await emulateMedia({ reducedMotion: 'no-preference' });
    await until(() => chart.config.options!.animation !== false, 'animation is back');
  });

  it('resizes with its container', async () => {
    const { el, chart } = await retentionChart('light', true);
    const container = el.parentElement!;
    container.style.width = '640px';
    await until(() => Math.abs(chart.width - part(el, 'plot').clientWidth) < 2 && chart.width > 500, 'the chart fills 640px');
    container.style.width = '320px';
    await until(() => chart.width < 320 && Math.abs(chart.width - part(el, 'plot').clientWidth) < 2, 'the chart shrank');
  });

  it('sets the chart height with --pk-dividend-chart-height', async () => {
    const { el, chart } = await retentionChart('light', true);
    el.style.setProperty('--pk-dividend-chart-height', '200px');
    await until(() => chart.height === 200, 'the chart is 200px high');
  });
});
