import { html, nothing } from 'lit';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Endorsement, Pillar } from '../../core/manifest/types.js';

/** The manifest's endorsements of one course, grouped by the pillar they vouch for. */
export interface EndorsementGroup {
  pillar: Pillar;
  /** Distinct experts: one expert endorsing twice for the same pillar counts once. */
  experts: number;
  endorsements: readonly Endorsement[];
}

export function endorsementGroups(catalog: Catalog, courseId: string): EndorsementGroup[] {
  const groups = new Map<string, Endorsement[]>();
  for (const endorsement of catalog.endorsementsOfCourse(courseId)) {
    const group = groups.get(endorsement.pillar);
    if (group) group.push(endorsement);
    else groups.set(endorsement.pillar, [endorsement]);
  }
  return [...groups].map(([pillarId, endorsements]) => ({
    pillar: catalog.pillars.get(pillarId)!,
    experts: new Set(endorsements.map((endorsement) => endorsement.expert.name)).size,
    endorsements,
  }));
}

/**
 * "Endorsed by 3 experts for Sustainable Energy Leadership", one line per pillar, each opening on
 * who vouched and for which problem.
 */
export function renderEndorsements(
  groups: readonly EndorsementGroup[],
  summary: (group: EndorsementGroup) => string,
  byline: (endorsement: Endorsement) => string,
): unknown {
  if (groups.length === 0) return nothing;
  return html`<div class="endorsements" part="endorsements">
    ${groups.map(
      (group) => html`<details part="endorsement-group">
        <summary part="endorsement-summary">${summary(group)}</summary>
        <ul>
          ${group.endorsements.map(
            (endorsement) => html`<li part="endorsement">
              <q>${endorsement.problem}</q> — <span>${byline(endorsement)}</span>
            </li>`,
          )}
        </ul>
      </details>`,
    )}
  </div>`;
}
