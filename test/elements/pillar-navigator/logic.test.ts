import { expect } from '@open-wc/testing';
import { catalogOf } from '../../../src/core/manifest/catalog.js';
import { tabKeyTarget, treeKeyAction, treeNodes, type TreeNode } from '../../../src/elements/pillar-navigator/keyboard.js';
import { departmentsOf, lanesOf, pillarsInOrder } from '../../../src/elements/pillar-navigator/navigation.js';
import { rollUp, statusOf, type LearnerProgress } from '../../../src/elements/pillar-navigator/progress.js';
import { isFiltering, type Filters } from '../../../src/elements/pillar-navigator/search.js';
import { compileFilter, fold, prepareSearch, termsOf } from '../../../src/elements/pillar-navigator/search-text.js';
import { COURSE_PAGE, drawnItems, PATHWAY_PAGE, treeView, type TreeState } from '../../../src/elements/pillar-navigator/tree-model.js';
import { generateManifest } from '../../support/generate-manifest.js';
import { manifest } from './helpers.js';

const catalog = catalogOf(manifest);
const none: Filters = { query: '', department: '', heroOnly: false, mandatoryOnly: false };
const ids = (items: readonly { id: string }[]) => items.map((entry) => entry.id);
const matchingIds = (filters: Partial<Filters>) => ids(manifest.pathways.filter(compileFilter(catalog, { ...none, ...filters }).matches));

describe('pillar navigator: structure', () => {
  it('orders pillars: imperatives by rank, then the others in manifest order', () => {
    expect(ids(pillarsInOrder(catalog))).to.deep.equal(['trust', 'energy', 'safety', 'growth']);
  });

  it('lists departments in the order the manifest first names them', () => {
    expect(departmentsOf(catalog)).to.deep.equal(['Engineering', 'Finance', 'Marketing', 'Legal', 'Operations', 'People']);
  });

  it('groups a pillar’s pathways into department lanes, keeping manifest order', () => {
    const lanes = lanesOf(catalog.pathwaysOfPillar('energy'));
    expect(lanes.map((lane) => [lane.department, ids(lane.pathways)])).to.deep.equal([
      ['Engineering', ['net-zero', 'storage-ops']],
      ['Finance', ['green-finance']],
      ['Marketing', ['credible-marketing']],
    ]);
  });
});

describe('pillar navigator: filters', () => {
  it('matches everything without filters', () => {
    expect(matchingIds({})).to.have.length(manifest.pathways.length);
    expect(compileFilter(catalog, none).active).to.equal(false);
  });

  it('is filtering exactly when the query has search words or another filter is set', () => {
    for (const query of ['', '  \t\n', '\u0301', ' \u0301\u0308 ', 'a', ' É ', '\u00a0x', '\u0130', '\0']) {
      expect(isFiltering({ ...none, query }), JSON.stringify(query)).to.equal(termsOf(query).length > 0);
    }
    expect(isFiltering({ ...none, query: '\u0301' })).to.equal(false);
    expect([{ department: 'Finance' }, { heroOnly: true }, { mandatoryOnly: true }].map((set) => isFiltering({ ...none, ...set }))).to.deep.equal([true, true, true]);
  });

  it('searches pathway and course titles', () => {
    expect(matchingIds({ query: 'storage' })).to.deep.equal(['net-zero', 'storage-ops']);
    expect(matchingIds({ query: 'credibility' })).to.deep.equal(['credible-marketing']);
  });

  it('searches objectives', () => {
    expect(matchingIds({ query: 'coach' })).to.deep.equal(['mentoring']);
  });

  it('searches impact tag labels, ignoring case and accents', () => {
    expect(matchingIds({ query: 'EOLIENNE' })).to.deep.equal(['net-zero', 'storage-ops']);
    expect(fold('Énergie ÉOLIENNE')).to.equal('energie eolienne');
  });

  it('needs every word of the query, in any field of the pathway or its courses', () => {
    expect(matchingIds({ query: 'green bond feeder' })).to.deep.equal(['green-finance']);
    expect(matchingIds({ query: 'green zebra' })).to.deep.equal([]);
  });

  it('filters by department, hero and mandatory, and combines filters', () => {
    expect(matchingIds({ department: 'Engineering' })).to.deep.equal(['net-zero', 'storage-ops']);
    expect(matchingIds({ heroOnly: true })).to.deep.equal(['net-zero', 'trust-essentials', 'field-safety']);
    expect(matchingIds({ mandatoryOnly: true })).to.deep.equal(['trust-essentials', 'field-safety']);
    expect(matchingIds({ heroOnly: true, department: 'Engineering', query: 'battery' })).to.deep.equal(['net-zero']);
  });

  it('tells which courses match on their own', () => {
    const filter = compileFilter(catalog, { ...none, query: 'green' });
    expect(['bonds', 'claims', 'grid'].map((id) => filter.courseMatches(id))).to.deep.equal([true, true, false]);
    expect(compileFilter(catalog, none).courseMatches('bonds')).to.equal(false);
  });

  it('searches text folded in part ahead of need as it searches text folded whole', () => {
    const large = generateManifest({ pillars: 4, pathways: 40, courses: 600 });
    const [partial, whole] = [catalogOf(large), catalogOf(structuredClone(large))];
    let slices = 1;
    expect(prepareSearch(partial, () => slices-- > 0)).to.equal(false);
    expect(prepareSearch(whole)).to.equal(true);
    // The last course is folded last.
    const query = { ...none, query: large.courses.at(-1)!.title };
    const found = (of: typeof whole) => ids(of.manifest.pathways.filter(compileFilter(of, query).matches));
    expect(found(whole)).to.have.length.above(0);
    expect(found(partial)).to.deep.equal(found(whole));
  });
});

describe('pillar navigator: progress', () => {
  const progress: LearnerProgress = { grid: 'done', battery: 'in-progress', bonds: 'done' };

  it('rolls course statuses up per pathway', () => {
    expect(rollUp(catalog.pathways.get('net-zero')!, progress)).to.deep.equal({ done: 1, inProgress: 1, total: 2 });
    expect(rollUp(catalog.pathways.get('green-finance')!, progress)).to.deep.equal({ done: 2, inProgress: 0, total: 2 });
    expect(rollUp(catalog.pathways.get('mentoring')!, progress)).to.deep.equal({ done: 0, inProgress: 0, total: 1 });
  });

  it('counts unknown statuses and inherited keys as not started', () => {
    const odd = { grid: 'completed' } as unknown as LearnerProgress;
    expect(statusOf(odd, 'grid')).to.equal('not-started');
    expect(statusOf({}, 'toString')).to.equal('not-started');
  });
});

describe('pillar navigator: keyboard logic', () => {
  it('moves between tabs with arrows in text direction, wrapping, and Home/End', () => {
    expect(tabKeyTarget('ArrowDown', 3, 4, 'ltr')).to.equal(0);
    expect(tabKeyTarget('ArrowUp', 0, 4, 'ltr')).to.equal(3);
    expect(tabKeyTarget('ArrowRight', 1, 4, 'ltr')).to.equal(2);
    expect(tabKeyTarget('ArrowRight', 1, 4, 'rtl')).to.equal(0);
    expect(tabKeyTarget('ArrowLeft', 1, 4, 'rtl')).to.equal(2);
    expect(tabKeyTarget('End', 1, 4, 'ltr')).to.equal(3);
    expect(tabKeyTarget('Home', 2, 4, 'ltr')).to.equal(0);
    expect(tabKeyTarget('a', 2, 4, 'ltr')).to.equal(undefined);
  });

  const nodes: TreeNode[] = [
    { key: 'lane', expanded: true, label: 'Engineering' },
    { key: 'open', parent: 'lane', expanded: true, label: 'Net-Zero' },
    { key: 'course', parent: 'open', label: 'Battery' },
    { key: 'closed', parent: 'lane', expanded: false, label: 'Storage' },
  ];

  it('opens, enters, closes and leaves nodes with arrows, swapped in right-to-left text', () => {
    expect(treeKeyAction(nodes, 'closed', 'ArrowRight', 'ltr')).to.deep.equal({ kind: 'expand', key: 'closed' });
    expect(treeKeyAction(nodes, 'open', 'ArrowRight', 'ltr')).to.deep.equal({ kind: 'focus', key: 'course' });
    expect(treeKeyAction(nodes, 'open', 'ArrowLeft', 'ltr')).to.deep.equal({ kind: 'collapse', key: 'open' });
    expect(treeKeyAction(nodes, 'course', 'ArrowLeft', 'ltr')).to.deep.equal({ kind: 'focus', key: 'open' });
    expect(treeKeyAction(nodes, 'course', 'ArrowRight', 'ltr')).to.equal(undefined);
    expect(treeKeyAction(nodes, 'closed', 'ArrowLeft', 'rtl')).to.deep.equal({ kind: 'expand', key: 'closed' });
    expect(treeKeyAction(nodes, 'course', 'ArrowRight', 'rtl')).to.deep.equal({ kind: 'focus', key: 'open' });
  });

  it('moves through visible nodes with Up/Down/Home/End and stops at the ends', () => {
    expect(treeKeyAction(nodes, 'open', 'ArrowDown', 'ltr')).to.deep.equal({ kind: 'focus', key: 'course' });
    expect(treeKeyAction(nodes, 'open', 'ArrowUp', 'ltr')).to.deep.equal({ kind: 'focus', key: 'lane' });
    expect(treeKeyAction(nodes, 'closed', 'ArrowDown', 'ltr')).to.equal(undefined);
    expect(treeKeyAction(nodes, 'course', 'Home', 'ltr')).to.deep.equal({ kind: 'focus', key: 'lane' });
    expect(treeKeyAction(nodes, 'lane', 'End', 'ltr')).to.deep.equal({ kind: 'focus', key: 'closed' });
  });

  it('activates with Enter and Space, and jumps by first letter', () => {
    expect(treeKeyAction(nodes, 'course', 'Enter', 'ltr')).to.deep.equal({ kind: 'activate', key: 'course' });
    expect(treeKeyAction(nodes, 'course', ' ', 'ltr')).to.deep.equal({ kind: 'activate', key: 'course' });
    expect(treeKeyAction(nodes, 'lane', 's', 'ltr')).to.deep.equal({ kind: 'focus', key: 'closed' });
    expect(treeKeyAction(nodes, 'closed', 'E', 'ltr')).to.deep.equal({ kind: 'focus', key: 'lane' });
    expect(treeKeyAction(nodes, 'lane', 'x', 'ltr')).to.equal(undefined);
  });
});

describe('pillar navigator: tree windows', () => {
  const big = catalogOf(generateManifest({ pillars: 1, pathways: 45, courses: 45 * 30, departments: 1 }));
  const lanes = lanesOf(big.pathwaysOfPillar('pillar-0'));
  const state = (changes: Partial<TreeState> = {}): TreeState => ({
    pillarId: 'pillar-0',
    closedLanes: new Set(),
    openPathways: new Set(),
    shown: new Map(),
    ...changes,
  });

  it('draws a page of pathways and offers the rest', () => {
    const [lane] = treeView(lanes, state());
    expect(lane!.pathways).to.have.length(PATHWAY_PAGE);
    expect(lane!.more).to.include({ hidden: 45 - PATHWAY_PAGE, next: `pathway:pathway-${PATHWAY_PAGE}`, reveal: 2 * PATHWAY_PAGE });
  });

  it('always draws the selected pathway, and draws no courses of closed pathways', () => {
    const [lane] = treeView(lanes, state({ selectedPathway: 'pathway-30' }));
    expect(lane!.pathways).to.have.length(31);
    expect(lane!.pathways.every((pathway) => pathway.courses.length === 0)).to.equal(true);
  });

  it('draws a page of an open pathway’s courses and nothing of a closed lane', () => {
    const [lane] = treeView(lanes, state({ openPathways: new Set(['pathway-0']) }));
    expect(lane!.pathways[0]!.courses).to.have.length(COURSE_PAGE);
    expect(lane!.pathways[0]!.more?.hidden).to.equal(30 - COURSE_PAGE);
    const [closed] = treeView(lanes, state({ closedLanes: new Set([lane!.key]) }));
    expect(closed!.pathways).to.have.length(0);
    expect(closed!.more).to.equal(undefined);
  });

  it('flattens what is drawn for the keyboard, parents first', () => {
    const view = treeView(lanes, state({ openPathways: new Set(['pathway-0']), shown: new Map([['pathway:pathway-0', 30]]) }));
    const nodes = treeNodes(drawnItems(view).values(), { catalog: big, t: (key) => key });
    expect(nodes).to.have.length(1 + PATHWAY_PAGE + 30 + 1);
    expect(nodes[0]).to.include({ key: view[0]!.key, parent: undefined, expanded: true });
    expect(nodes[1]).to.include({ key: 'pathway:pathway-0', parent: view[0]!.key, expanded: true });
    expect(nodes[2]).to.include({ key: 'course:pathway-0:0', parent: 'pathway:pathway-0', expanded: undefined });
    expect(nodes.at(-1)!.key).to.equal(`more:${view[0]!.key}`);
    // Type-ahead reads the words each item shows first.
    expect(nodes.slice(0, 3).map((node) => node.label)).to.deep.equal([
      view[0]!.department,
      big.pathways.get('pathway-0')!.title,
      big.courses.get(big.pathways.get('pathway-0')!.courses[0]!)!.title,
    ]);
    expect(nodes.at(-1)!.label).to.equal('pillar-navigator.more');
  });
});

describe('generateManifest', () => {
  it('is deterministic for the same options and follows them', () => {
    const options = { pillars: 5, pathways: 40, courses: 300, seed: 7 };
    expect(JSON.stringify(generateManifest(options))).to.equal(JSON.stringify(generateManifest(options)));
    expect(JSON.stringify(generateManifest({ ...options, seed: 8 }))).not.to.equal(JSON.stringify(generateManifest(options)));
    const generated = generateManifest(options);
    expect([generated.pillars.length, generated.pathways.length, generated.courses.length]).to.deep.equal([5, 40, 300]);
    const used = new Set(generated.pathways.flatMap((pathway) => pathway.courses));
    expect(used.size).to.equal(300);
  });
});
