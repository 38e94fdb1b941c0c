/**
 * Scenario 3: a catalogue page of 1,000 course cards, each with an impact badge and a compact
 * why-banner, against hand-written cards drawing the same DOM. The cards themselves (title and
 * layout) are the host page's markup, the same on both sides.
 */
import type { Manifest } from '../../../src/core/manifest/types.js';
import { CatalogueBaseline } from '../baselines/catalogue.js';
import { card, catalogue } from '../cards.js';
import { largeManifest } from '../data.js';
import { settled, stage, timed, type UpdatingElement } from '../harness.js';
import type { Scenario } from './scenario.js';

const CARDS = 1000;

async function renderCatalogue(manifest: Manifest): Promise<void> {
  const widgets: UpdatingElement[] = [];
  const cards = manifest.courses.slice(0, CARDS).map((course) => {
    const badge = Object.assign(document.createElement('pk-impact-badge'), { manifest });
    badge.setAttribute('course', course.id);
    const banner = Object.assign(document.createElement('pk-why-banner'), { manifest });
    banner.setAttribute('course', course.id);
    banner.setAttribute('variant', 'compact');
    widgets.push(badge as unknown as UpdatingElement, banner as unknown as UpdatingElement);
    return card(course.title, badge, banner);
  });
  stage().append(catalogue(cards));
  await settled(widgets);
}

/**
 * The manifest is validated once, before the runs (a catalogue page loads it once for all its
 * widgets); the runs time drawing the cards.
 */
export function catalogueScenario(): Scenario {
  let manifest: Manifest;
  let baseline: CatalogueBaseline;
  return {
    id: '3',
    title: 'catalogue page: 1,000 cards with an impact badge and a compact why-banner',
    needs: ['pk-impact-badge', 'pk-why-banner'],
    dom: 'exact',
    async prepare() {
      manifest = largeManifest();
      await renderCatalogue(manifest);
      baseline = await CatalogueBaseline.open(manifest);
    },
    async element() {
      const before = window.pkBenchIdb.transactions;
      const ms = await timed(() => renderCatalogue(manifest));
      return { ms, counts: { idbTransactions: window.pkBenchIdb.transactions - before } };
    },
    async baseline() {
      const before = window.pkBenchIdb.transactions;
      const ms = await timed(() => baseline.render(stage(), CARDS));
      return { ms, counts: { idbTransactions: window.pkBenchIdb.transactions - before } };
    },
  };
}
