/**
 * The baseline of scenario 3: course cards with a hand-written impact badge list and compact
 * why-banner, drawing what <pk-impact-badge course> and <pk-why-banner variant="compact"> draw.
 * Like the banner, it remembers dismissals in IndexedDB, but reads them for the whole page in
 * one transaction before drawing.
 */
import type { Course, ImpactTag, Manifest, Pathway, Pillar } from '../../../src/core/manifest/types.js';
import { card, catalogue } from '../cards.js';
import { baseBox, h, shadowHost, svg } from './dom.js';

const DATABASE = 'pk-bench-baseline-preferences';
const STORE = 'dismissed';
const MAX_BADGES = 3;

function request<T>(idb: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    idb.onsuccess = () => resolve(idb.result);
    idb.onerror = () => reject(idb.error);
  });
}

export class CatalogueBaseline {
  private readonly pillars: Map<string, Pillar>;
  private readonly tags: Map<string, ImpactTag>;
  private readonly pathwaysOfCourse = new Map<string, Pathway[]>();
  private readonly heroes: Set<Pathway>;

  private constructor(
    private readonly manifest: Manifest,
    private readonly database: IDBDatabase,
  ) {
    this.pillars = new Map(manifest.pillars.map((pillar) => [pillar.id, pillar]));
    this.tags = new Map(manifest.impactTags.map((tag) => [tag.id, tag]));
    for (const pathway of manifest.pathways) {
      for (const id of new Set(pathway.courses)) {
        const list = this.pathwaysOfCourse.get(id);
        if (list) list.push(pathway);
        else this.pathwaysOfCourse.set(id, [pathway]);
      }
    }
    this.heroes = new Set(manifest.pathways.filter((pathway) => pathway.hero && this.pillars.get(pathway.pillar)?.imperative !== undefined));
  }

  static async open(manifest: Manifest): Promise<CatalogueBaseline> {
    const opening = indexedDB.open(DATABASE);
    opening.onupgradeneeded = () => opening.result.createObjectStore(STORE);
    return new CatalogueBaseline(manifest, await request(opening));
  }

  async render(parent: HTMLElement, count: number): Promise<void> {
    const courses = this.manifest.courses.slice(0, count);
    const dismissed = await this.dismissals(courses);
    const cards = courses.map((course, index) => card(course.title, this.badges(course), this.banner(course, dismissed[index] === true)));
    parent.append(catalogue(cards));
  }

  /** Every card's dismissal, in one read-only transaction. */
  private dismissals(courses: readonly Course[]): Promise<unknown[]> {
    const store = this.database.transaction(STORE, 'readonly').objectStore(STORE);
    return Promise.all(courses.map((course) => request(store.get(course.id))));
  }

  private badges(course: Course): HTMLElement {
    const { host, root } = shadowHost('pk-impact-badge');
    const tags = [...new Set(course.impactTags)].map((id) => this.tags.get(id)!);
    if (tags.length === 0) {
      root.append(baseBox(h('div', { class: 'state state-empty', part: 'state', role: 'status' }, h('p', {}, 'No impact tags yet'))));
      return host;
    }
    const hidden = tags.length - MAX_BADGES;
    root.append(
      baseBox(
        h(
          'ul',
          { class: 'list', part: 'list', id: 'list', 'aria-label': 'Impact tags' },
          ...tags.slice(0, MAX_BADGES).map((tag) =>
            h(
              'li',
              { class: 'item', part: 'item' },
              h(
                'button',
                {
                  type: 'button',
                  class: this.pillars.get(tag.pillar)?.imperative === undefined ? 'badge' : 'badge imperative',
                  part: 'badge',
                  'data-tag': tag.id,
                },
                h('span', { class: 'icon', part: 'icon', 'aria-hidden': 'true' }),
                h('span', { part: 'label', dir: 'auto' }, tag.label),
              ),
            ),
          ),
          hidden > 0 &&
            h(
              'li',
              { class: 'item' },
              h('button', { type: 'button', class: 'more', part: 'more', 'aria-expanded': 'false', 'aria-controls': 'list' }, `+${hidden} more`),
            ),
        ),
      ),
    );
    return host;
  }

  private banner(course: Course, dismissed: boolean): HTMLElement {
    const { host, root } = shadowHost('pk-why-banner', { variant: 'compact', dismissed });
    if (dismissed) {
      root.append(baseBox(h('button', { type: 'button', class: 'restore', part: 'restore' }, 'Why this course matters')));
      return host;
    }
    const pathways = this.pathwaysOfCourse.get(course.id) ?? [];
    const pillarId = course.pillar ?? pathways[0]?.pillar ?? this.tags.get(course.impactTags[0] ?? '')?.pillar;
    const pillar = pillarId === undefined ? undefined : this.pillars.get(pillarId);
    const hero = pathways.some((pathway) => this.heroes.has(pathway));
    root.append(
      baseBox(
        h(
          'div',
          { class: 'banner', part: 'banner' },
          h(
            'div',
            { class: 'header' },
            h('div', { class: 'heading', part: 'heading', role: 'heading', 'aria-level': 2 }, 'Why it matters'),
            h(
              'button',
              { type: 'button', class: 'dismiss', part: 'dismiss', 'aria-label': 'Hide why this course matters' },
              svg(
                'svg',
                { viewBox: '0 0 16 16', 'aria-hidden': 'true' },
                svg('path', { d: 'M4 4l8 8M12 4l-8 8', stroke: 'currentColor', 'stroke-width': '1.75', 'stroke-linecap': 'round', fill: 'none' }),
              ),
            ),
          ),
          ...this.why(course, pillar),
          (pillar || hero) &&
            h(
              'ul',
              { class: 'facts', part: 'facts' },
              pillar &&
                h(
                  'li',
                  { class: 'pillar', part: 'pillar' },
                  pillar.imperative === undefined
                    ? `Serves the ${pillar.title} pillar`
                    : `Serves the ${pillar.title} pillar, strategic imperative ${pillar.imperative}`,
                ),
              hero && h('li', { class: 'hero', part: 'hero' }, 'Hero pathway'),
            ),
        ),
      ),
    );
    return host;
  }

  /** The reframing (a card has room for one), else the statement, else the pillar's description. */
  private why(course: Course, pillar: Pillar | undefined): HTMLElement[] {
    const { why } = course;
    if (why?.reframe) {
      return [
        h(
          'p',
          { class: 'reframe', part: 'reframe' },
          h('span', { class: 'reframe-from', part: 'reframe-from' }, `Not just ${why.reframe.from},`),
          h('span', { class: 'reframe-to', part: 'reframe-to' }, `but ${why.reframe.to}`),
        ),
      ];
    }
    if (why) return [h('p', { class: 'statement', part: 'statement', dir: 'auto' }, why.statement)];
    if (!pillar) return [];
    return [
      h('p', { class: 'fallback-note', part: 'fallback-note' }, `This course has no purpose statement yet, so this is what its pillar, ${pillar.title}, is about.`),
      h('p', { class: 'statement', part: 'statement', dir: 'auto' }, pillar.description),
    ];
  }
}
