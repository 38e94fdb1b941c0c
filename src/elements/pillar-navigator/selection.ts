/**
 * Which pillar and pathway the navigator shows, and what the learner does to change them. The
 * selection is the host's `selected-pillar` and `selected-pathway`, kept consistent: a pathway
 * selected from code opens in its own pillar, a pillar selected from code drops a pathway of
 * another pillar, and an id the manifest does not have is reported once. The learner's choices are
 * told: `pk-pillar-select`, `pk-pathway-select` (and the `pathway-opened` learner event to the
 * endpoint), and the cancelable `pk-course-select`, after which the course URL is followed with
 * `navigate`.
 */
import type { ReactiveControllerHost } from 'lit';
import type { DeliveryController } from '../../core/base/delivery-controller.js';
import { emit } from '../../core/base/events/emit.js';
import { PkError } from '../../core/errors.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Pathway, Pillar } from '../../core/manifest/types.js';
import { safeUrl } from '../../core/url.js';
import './events/pk-course-select.js';
import './events/pk-pathway-select.js';
import './events/pk-pillar-select.js';
import type { PathwaySelectSource } from './events/pk-pathway-select.js';
import { pillarsInOrder } from './navigation.js';
import { pathwayKey, type CourseView } from './tree-model.js';

/** A `selected-pillar` or `selected-pathway` the manifest does not have. */
export interface MissingSelection {
  kind: 'pillar' | 'pathway';
  id: string;
}

export function missingSelection(catalog: Catalog, pillarId: string | undefined, pathwayId: string | undefined): MissingSelection[] {
  const missing: MissingSelection[] = [];
  if (pillarId !== undefined && !catalog.pillars.has(pillarId)) missing.push({ kind: 'pillar', id: pillarId });
  if (pathwayId !== undefined && !catalog.pathways.has(pathwayId)) missing.push({ kind: 'pathway', id: pathwayId });
  return missing;
}

/** The navigator as its selection sees it. */
export interface SelectionHost extends ReactiveControllerHost, HTMLElement {
  selectedPillar?: string;
  selectedPathway?: string;
  navigate: boolean;
  readonly renderRoot: HTMLElement | DocumentFragment;
}

/** The tree the selected pathway opens in (the host's `PathwayTree`). */
interface Tree {
  reveal(pathway: Pathway): void;
  focus(key: string): void;
}

export class PillarSelection {
  /** One error per unknown id, so that each is reported once. */
  private notFound = new Map<string, PkError>();

  /**
   * @param catalog the manifest's catalogue, once it is ready
   * @param delivery sends `pathway-opened`
   * @param report hears about each unknown id (the host's `report`)
   */
  constructor(
    private readonly host: SelectionHost,
    private readonly tree: Tree,
    private readonly catalog: () => Catalog | undefined,
    private readonly delivery: DeliveryController,
    private readonly report: (error: PkError) => void,
  ) {}

  /** From `willUpdate`, once the manifest is ready: follows a selection set from code, and reports ids the manifest does not have. */
  check(catalog: Catalog, pathwayChanged: boolean, pillarChanged: boolean): void {
    const { host } = this;
    const pathway = host.selectedPathway === undefined ? undefined : catalog.pathways.get(host.selectedPathway);
    if (pathway && pathwayChanged) {
      host.selectedPillar = pathway.pillar;
      this.tree.reveal(pathway);
    } else if (pathway && pillarChanged && host.selectedPillar !== pathway.pillar) {
      host.selectedPathway = undefined;
    }
    for (const { kind, id } of missingSelection(catalog, host.selectedPillar, host.selectedPathway)) {
      const key = `${kind}:${id}`;
      let error = this.notFound.get(key);
      if (!error) {
        error = new PkError('not-found', `selected-${kind} "${id}" is not a ${kind} id in the pathway manifest`, { source: host.localName });
        this.notFound.set(key, error);
      }
      this.report(error);
    }
  }

  /** The pillar shown: the selected one, else the first. */
  current(catalog: Catalog): Pillar {
    const { selectedPillar } = this.host;
    return (selectedPillar === undefined ? undefined : catalog.pillars.get(selectedPillar)) ?? pillarsInOrder(catalog)[0]!;
  }

  /** The learner chose a pillar tab: select it and move focus to it (the one selected tab, once drawn). */
  choosePillar(pillar: Pillar): void {
    const catalog = this.catalog();
    if (!catalog) return;
    this.selectPillar(catalog, pillar);
    void this.host.updateComplete.then(() => {
      this.host.renderRoot.querySelector<HTMLElement>('[aria-selected="true"]')?.focus();
    });
  }

  /** The learner opened a pathway: it becomes the selected pathway, and the host and the endpoint hear of it. */
  openPathway(pathway: Pathway, source: PathwaySelectSource): void {
    const pillar = this.catalog()?.pillars.get(pathway.pillar);
    if (!pillar) return;
    this.tree.reveal(pathway);
    this.host.selectedPathway = pathway.id;
    emit(this.host, 'pk-pathway-select', { pathwayId: pathway.id, pillarId: pillar.id, pathway, source });
    const display = { pathwayTitle: pathway.title, pillarTitle: pillar.title };
    // A failure to queue is already reported (console and pk-error); opening the pathway goes on.
    this.delivery.deliver({ type: 'pathway-opened', pathwayId: pathway.id, pillarId: pillar.id, display }).catch(() => undefined);
  }

  /** A hero card opens its pathway in its pillar and focuses it (the host has cleared filters that would hide it). */
  openHero(catalog: Catalog, pathway: Pathway): void {
    this.selectPillar(catalog, catalog.pillars.get(pathway.pillar)!);
    this.openPathway(pathway, 'hero');
    this.tree.focus(pathwayKey(pathway.id));
  }

  /** Fires the cancelable `pk-course-select`; with `navigate`, follows the course URL unless cancelled. */
  chooseCourse(view: CourseView): void {
    const course = this.catalog()?.courses.get(view.courseId);
    if (!course) return;
    const url = course.url === undefined ? undefined : safeUrl(course.url);
    const detail = { courseId: course.id, pathwayId: view.pathway.id, pillarId: view.pathway.pillar, course, url };
    const proceed = emit(this.host, 'pk-course-select', detail, { cancelable: true });
    if (proceed && this.host.navigate && url) window.location.assign(url);
  }

  /** Selects a pillar for the learner, firing `pk-pillar-select` when the selection changes. */
  private selectPillar(catalog: Catalog, pillar: Pillar): void {
    if (this.current(catalog) === pillar) return;
    this.host.selectedPillar = pillar.id;
    emit(this.host, 'pk-pillar-select', { pillarId: pillar.id, pillar });
  }
}
