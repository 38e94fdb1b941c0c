/**
 * The baseline of scenarios 1 and 2: a pillar navigator written by hand with the DOM API, drawing
 * what <pk-pillar-navigator> draws on first render (hero pathways, filters, the pillar rail, the
 * first pillar's department lanes with collapsed pathways, 20 per lane) and re-drawing the rail's
 * counts and the lanes when its search field reports input, and announcing the result count once
 * typing pauses. It reads the manifest as given (no validation)
 * and builds its search text on the first keystroke, as the element does.
 */
import type { Manifest, Pathway, Pillar } from '../../../src/core/manifest/types.js';
import { baseBox, h, plural, shadowHost, svg } from './dom.js';

const PATHWAY_PAGE = 20;
const MAX_COLUMNS = 4;
/** The result count is announced once typing pauses. */
const ANNOUNCE_DELAY_MS = 400;

const fold = (text: string) => text.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '');
const pathwaysText = (count: number) => plural(count, '1 pathway', (n) => `${n} pathways`);
const coursesText = (count: number) => plural(count, '1 course', (n) => `${n} courses`);

export class NavigatorBaseline {
  private readonly pillars: Pillar[];
  private readonly byPillar = new Map<string, Pathway[]>();
  private readonly departments: string[];
  private readonly heroes: Pathway[];
  private searchText?: { courses: Map<string, string>; pathways: Map<string, string> };
  private terms: string[] = [];
  readonly root: ShadowRoot;
  readonly host: HTMLElement;
  private clear?: HTMLButtonElement;
  private form!: HTMLFormElement;
  private counts: HTMLSpanElement[] = [];
  private tree?: Element;
  private panel!: HTMLElement;
  private status!: HTMLParagraphElement;
  private announceTimer?: ReturnType<typeof setTimeout>;

  constructor(private readonly manifest: Manifest) {
    const imperatives = manifest.pillars.filter((pillar) => pillar.imperative !== undefined).sort((a, b) => a.imperative! - b.imperative!);
    this.pillars = [...imperatives, ...manifest.pillars.filter((pillar) => pillar.imperative === undefined)];
    for (const pathway of manifest.pathways) {
      const list = this.byPillar.get(pathway.pillar);
      if (list) list.push(pathway);
      else this.byPillar.set(pathway.pillar, [pathway]);
    }
    this.departments = [...new Set(manifest.pathways.map((pathway) => pathway.department))];
    this.heroes = imperatives.flatMap((pillar) => (this.byPillar.get(pillar.id) ?? []).filter((pathway) => pathway.hero));
    ({ host: this.host, root: this.root } = shadowHost('pk-pillar-navigator'));
  }

  mount(parent: HTMLElement): void {
    const current = this.pillars[0]!;
    this.panel = h(
      'section',
      { class: 'panel', part: 'panel', role: 'tabpanel', id: 'panel', 'aria-labelledby': 'tab-0', tabindex: 0 },
      h('header', { class: 'pillar' }, h('h2', { class: 'pillar-title', part: 'pillar-title' }, current.title), h('p', { class: 'pillar-description' }, current.description)),
    );
    this.root.append(
      baseBox(
        h(
          'div',
          { class: 'navigator' },
          this.renderHeroes(),
          this.renderFilters(),
          (this.status = h('p', { class: 'status', part: 'status', role: 'status' })),
          h('div', { class: 'layout' }, this.renderRail(current), this.panel),
        ),
      ),
    );
    this.renderTree();
    parent.append(this.host);
  }

  private renderHeroes(): HTMLElement {
    const year = this.manifest.organization.fiscalYear;
    return h(
      'section',
      { class: 'heroes', part: 'heroes', 'aria-labelledby': 'heroes-title' },
      h('h2', { id: 'heroes-title', class: 'heroes-title' }, year ? `Hero pathways ${year}` : 'Hero pathways'),
      h('p', { class: 'heroes-intro' }, 'One pathway for each of the year’s top strategic imperatives.'),
      h(
        'ul',
        { class: 'hero-list', role: 'list' },
        ...this.heroes.map((pathway) => {
          const pillar = this.pillars.find((candidate) => candidate.id === pathway.pillar)!;
          return h(
            'li',
            {},
            h(
              'button',
              { type: 'button', class: 'hero', part: 'hero', 'data-pathway': pathway.id },
              h('span', { class: 'hero-rank' }, `Imperative ${pillar.imperative} · ${pillar.title}`),
              h('span', { class: 'hero-title' }, pathway.title),
              h('span', { class: 'hero-meta' }, `${pathway.department} · ${coursesText(pathway.courses.length)}`),
            ),
          );
        }),
      ),
    );
  }

  private renderFilters(): HTMLFormElement {
    const search = h('input', { type: 'search', part: 'search', autocomplete: 'off', placeholder: 'Titles, objectives, impact tags' });
    search.addEventListener('input', () => this.search(search.value));
    this.form = h(
      'form',
      { class: 'filters', part: 'filters', role: 'search', 'aria-label': 'Filter pathways' },
      h('label', { class: 'field field-search' }, h('span', { class: 'field-label' }, 'Search'), search),
      h(
        'label',
        { class: 'field' },
        h('span', { class: 'field-label' }, 'Department'),
        h(
          'select',
          { part: 'department-filter' },
          h('option', { value: '', selected: true }, 'All departments'),
          ...this.departments.map((department) => h('option', { value: department }, department)),
        ),
      ),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', part: 'hero-filter' }), 'Hero pathways only'),
      h('label', { class: 'check' }, h('input', { type: 'checkbox', part: 'mandatory-filter' }), 'Mandatory only'),
    );
    this.form.addEventListener('submit', (event) => event.preventDefault());
    return this.form;
  }

  private renderRail(current: Pillar): HTMLElement {
    this.counts = [];
    return h(
      'div',
      { class: 'rail', part: 'tabs', role: 'tablist', 'aria-orientation': 'vertical', 'aria-label': 'Strategic pillars' },
      ...this.pillars.map((pillar, index) => {
        const selected = pillar === current;
        const count = h('span', {}, pathwaysText(this.byPillar.get(pillar.id)?.length ?? 0));
        this.counts.push(count);
        const parts = ['tab', selected && 'selected', pillar.imperative && 'imperative'].filter(Boolean).join(' ');
        return h(
          'button',
          { type: 'button', class: 'tab', part: parts, role: 'tab', id: `tab-${index}`, 'aria-selected': String(selected), 'aria-controls': selected ? 'panel' : undefined, tabindex: selected ? 0 : -1 },
          h('span', { class: 'tab-title' }, pillar.title),
          h('span', { class: 'tab-meta' }, pillar.imperative !== undefined && h('span', { class: 'flag flag-hero' }, `Imperative ${pillar.imperative}`), count),
        );
      }),
    );
  }

  // ——— Search ———

  private search(query: string): void {
    this.terms = fold(query).split(/\s+/u).filter(Boolean);
    if (this.terms.length > 0) this.searchText ??= this.buildSearchText();
    const filtering = this.terms.length > 0;
    if (filtering && !this.clear) {
      this.clear = h('button', { type: 'button', class: 'clear', part: 'clear' }, 'Clear filters');
      this.form.append(this.clear);
    } else if (!filtering && this.clear) {
      this.clear.remove();
      this.clear = undefined;
    }
    this.pillars.forEach((pillar, index) => {
      const count = this.matching(pillar).length;
      this.counts[index]!.textContent = filtering ? plural(count, '1 match', (n) => `${n} matches`) : pathwaysText(count);
    });
    this.renderTree();
    clearTimeout(this.announceTimer);
    this.announceTimer = setTimeout(() => this.announce(), ANNOUNCE_DELAY_MS);
  }

  private announce(): void {
    const { pathways } = this.manifest;
    if (this.terms.length > 0) {
      const count = pathways.filter((pathway) => this.contains(this.searchText!.pathways.get(pathway.id))).length;
      this.status.textContent =
        count === 0 ? 'No pathway matches your filters.' : plural(count, '1 pathway matches your filters.', (n) => `${n} pathways match your filters.`);
    } else if (this.status.textContent) {
      this.status.textContent = plural(pathways.length, 'Showing the 1 pathway.', (n) => `Showing all ${n} pathways.`);
    }
  }

  private buildSearchText() {
    const tags = new Map(this.manifest.impactTags.map((tag) => [tag.id, tag.label]));
    const courses = new Map<string, string>();
    for (const course of this.manifest.courses) {
      courses.set(course.id, fold([course.title, ...course.objectives, ...course.impactTags.map((id) => tags.get(id) ?? '')].join('\n')));
    }
    const pathways = new Map<string, string>();
    for (const pathway of this.manifest.pathways) {
      pathways.set(pathway.id, [fold(pathway.title), ...pathway.courses.map((id) => courses.get(id) ?? '')].join('\n'));
    }
    return { courses, pathways };
  }

  private contains(text: string | undefined): boolean {
    return this.terms.every((term) => text?.includes(term));
  }

  private matching(pillar: Pillar): Pathway[] {
    const pathways = this.byPillar.get(pillar.id) ?? [];
    return this.terms.length === 0 ? pathways : pathways.filter((pathway) => this.contains(this.searchText!.pathways.get(pathway.id)));
  }

  // ——— The tree ———

  private renderTree(): void {
    const pillar = this.pillars[0]!;
    const lanes = new Map<string, Pathway[]>();
    for (const pathway of this.matching(pillar)) {
      const lane = lanes.get(pathway.department);
      if (lane) lane.push(pathway);
      else lanes.set(pathway.department, [pathway]);
    }
    const tree = lanes.size === 0 ? this.renderNoMatch() : this.renderConvergence(pillar, lanes);
    if (this.tree) this.tree.replaceWith(tree);
    else this.panel.append(tree);
    this.tree = tree;
  }

  private renderNoMatch(): HTMLElement {
    const elsewhere = this.pillars.reduce((sum, pillar) => sum + this.matching(pillar).length, 0);
    const text =
      elsewhere === 0
        ? 'No pathway matches your filters.'
        : plural(
            elsewhere,
            'No pathway in this pillar matches your filters; 1 matches in another pillar.',
            (n) => `No pathway in this pillar matches your filters; ${n} match in other pillars.`,
          );
    return h('div', { class: 'no-match', part: 'no-match' }, h('p', {}, text), h('button', { type: 'button', class: 'clear', part: 'clear' }, 'Clear filters'));
  }

  private renderConvergence(pillar: Pillar, lanes: Map<string, Pathway[]>): HTMLElement {
    const columns = lanes.size > 1 && lanes.size <= MAX_COLUMNS;
    let first = true;
    const laneItems = [...lanes].map(([department, pathways]) => {
      const key = `lane:${pillar.id}:${department}`;
      const drawn = pathways.slice(0, PATHWAY_PAGE);
      const item = h(
        'li',
        { class: 'lane', part: 'department expanded', role: 'treeitem', 'data-key': key, 'aria-expanded': 'true', tabindex: first ? 0 : -1 },
        h(
          'div',
          { class: 'row lane-head' },
          h('span', { class: 'twisty', 'aria-hidden': 'true' }),
          h('span', { class: 'lane-name' }, department),
          h('span', { class: 'count' }, pathwaysText(pathways.length)),
        ),
        h(
          'ul',
          { class: 'pathways', role: 'group' },
          ...drawn.map((pathway, index) => this.renderPathway(pathway, index + 1, pathways.length)),
          pathways.length > drawn.length && this.renderMore(key, pathways.length - drawn.length),
        ),
      );
      first = false;
      return item;
    });
    return h(
      'div',
      { class: columns ? 'converge columns' : 'converge' },
      h('ul', { class: 'lanes', part: 'tree', role: 'tree', 'aria-label': `Pathways of ${pillar.title}` }, ...laneItems),
      columns && this.renderFunnel(lanes.size),
      h(
        'p',
        { class: 'target', part: 'target' },
        h('span', { class: 'target-mark', 'aria-hidden': 'true' }),
        h('span', {}, plural(lanes.size, `1 department leads to ${pillar.title}`, (n) => `${n} departments converge on ${pillar.title}`)),
      ),
    );
  }

  private renderPathway(pathway: Pathway, position: number, setSize: number): HTMLElement {
    const matching = this.terms.length > 0 ? pathway.courses.filter((id) => this.contains(this.searchText!.courses.get(id))).length : 0;
    return h(
      'li',
      {
        class: pathway.hero ? 'pathway hero-pathway' : 'pathway',
        // The element's part list: "pathway", then "expanded" and "selected" or nothing (collapsed, not selected here).
        part: 'pathway  ',
        role: 'treeitem',
        'data-key': `pathway:${pathway.id}`,
        'aria-expanded': 'false',
        'aria-level': 2,
        'aria-posinset': position,
        'aria-setsize': setSize,
        tabindex: -1,
      },
      h(
        'div',
        { class: 'row pathway-head' },
        h('span', { class: 'twisty', 'aria-hidden': 'true' }),
        h('span', { class: 'pathway-title' }, pathway.title),
        h(
          'span',
          { class: 'pathway-meta' },
          pathway.hero && h('span', { class: 'flag flag-hero', part: 'flag' }, 'Hero pathway'),
          pathway.mandatory && h('span', { class: 'flag flag-mandatory', part: 'flag' }, 'Mandatory'),
          h('span', {}, coursesText(pathway.courses.length)),
          matching > 0 && h('span', { class: 'matches' }, plural(matching, '1 course matches', (n) => `${n} courses match`)),
        ),
      ),
    );
  }

  private renderMore(laneKey: string, hidden: number): HTMLElement {
    return h(
      'li',
      { class: 'row more', part: 'more', role: 'treeitem', 'data-key': `more:${laneKey}`, tabindex: -1 },
      plural(hidden, 'Show 1 more', (n) => `Show more (${n} not shown)`),
    );
  }

  private renderFunnel(count: number): SVGElement {
    const curves = Array.from({ length: count }, (_, index) => {
      const x = ((index + 0.5) * 100) / count;
      return svg('path', { d: `M ${x} 0 C ${x} 20, 50 20, 50 40` });
    });
    return svg(
      'svg',
      { class: 'funnel', part: 'funnel', viewBox: '0 0 100 40', preserveAspectRatio: 'none', 'aria-hidden': 'true', focusable: 'false' },
      ...curves,
    );
  }
}
