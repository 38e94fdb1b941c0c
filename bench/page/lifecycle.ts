/**
 * Scenario 7: mounting and unmounting each element many times on the demo's sample manifest, so
 * that the driver can compare the JS heap after garbage collection before and after. The
 * baseline mounts a static copy of the element's drawn shadow DOM (same nodes, same stylesheets)
 * on a plain host: what the same DOM costs with no behaviour, which should leave nothing behind.
 */
import type { Manifest } from '../../src/core/manifest/types.js';
import { sampleManifest } from './data.js';
import { shadowHost } from './baselines/dom.js';
import { stage, whenDrawn, type UpdatingElement } from './harness.js';
import { chartsDrawn } from './scenarios/chart.js';

interface Recipe {
  tag: string;
  /** Attributes of the element, from the sample manifest. */
  attributes(manifest: Manifest): Record<string, string>;
  drawn?(element: UpdatingElement): boolean;
}

/** A course of the sample manifest with impact tags and a why framing: what the course widgets show. */
const richCourse = (manifest: Manifest) =>
  (manifest.courses.find((course) => course.impactTags.length > 0 && course.why) ?? manifest.courses[0]!).id;

/** Every element the issues describe; the driver skips those the build does not define. */
export const RECIPES: readonly Recipe[] = [
  { tag: 'pk-config', attributes: () => ({}) },
  { tag: 'pk-pillar-navigator', attributes: () => ({}) },
  { tag: 'pk-impact-badge', attributes: (manifest) => ({ course: richCourse(manifest) }) },
  { tag: 'pk-why-banner', attributes: (manifest) => ({ course: richCourse(manifest) }) },
  { tag: 'pk-relevance-rater', attributes: (manifest) => ({ course: richCourse(manifest) }) },
  { tag: 'pk-dividend-chart', attributes: () => ({ metric: 'retention' }), drawn: chartsDrawn },
  { tag: 'pk-team-digest', attributes: () => ({}) },
  { tag: 'pk-content-audit', attributes: () => ({}) },
  { tag: 'pk-relevance-report', attributes: () => ({}) },
];

const manifest = sampleManifest();
let snapshot: { tag: string; content: DocumentFragment } | undefined;

function recipe(tag: string): Recipe {
  return RECIPES.find((candidate) => candidate.tag === tag)!;
}

async function mountElement({ tag, attributes, drawn }: Recipe): Promise<UpdatingElement> {
  const element = Object.assign(document.createElement(tag), { manifest }) as unknown as UpdatingElement;
  for (const [name, value] of Object.entries(attributes(manifest))) element.setAttribute(name, value);
  stage().append(element);
  await whenDrawn(element, drawn);
  return element;
}

/** The element's drawn shadow DOM, copied once per tag for the baseline. */
async function snapshotOf(tag: string): Promise<DocumentFragment> {
  if (snapshot?.tag !== tag) {
    const element = await mountElement(recipe(tag));
    const content = document.createDocumentFragment();
    for (const child of element.shadowRoot!.childNodes) content.append(child.cloneNode(true));
    element.remove();
    snapshot = { tag, content };
  }
  return snapshot.content;
}

/** Mounts and unmounts `tag` (or its static copy) `count` times; resolves with the time taken. */
export async function cycle(tag: string, count: number, side: 'element' | 'baseline'): Promise<number> {
  const content = side === 'baseline' ? await snapshotOf(tag) : undefined;
  const start = performance.now();
  for (let i = 0; i < count; i++) {
    let mounted: HTMLElement;
    if (content) {
      const { host, root } = shadowHost(tag);
      root.append(content.cloneNode(true));
      stage().append(host);
      mounted = host;
    } else {
      mounted = await mountElement(recipe(tag));
    }
    mounted.remove();
  }
  return performance.now() - start;
}
