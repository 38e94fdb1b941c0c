/**
 * The endorsements of the course — the manifest's and, with a collector, those experts have sent
 * it since — in a chunk of their own: only a course that has some, or a page with a collector,
 * loads it.
 */
import { html, nothing, type ReactiveControllerHost } from 'lit';
import type { LazyPartOptions } from '../../core/base/lazy-part.js';
import type { FetchSettings } from '../../core/fetch-text.js';
import { formatDate } from '../../core/i18n/format.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Endorsement } from '../../core/manifest/types.js';
import { collectedEndorsements } from './collected-endorsements.js';

/** Their English messages, added to the source catalogue when the chunk arrives. */
export { default as messages } from '../../core/i18n/locales/en/relevance-rater-endorsement-list.js';

/**
 * The endorsements of one course, the manifest's first, each id once, grouped by the pillar they
 * vouch for. A collected endorsement of a pillar this manifest does not have is left out.
 */
function endorsementGroups(catalog: Catalog, courseId: string, collected: readonly Endorsement[]): Map<string, Endorsement[]> {
  const ofCourse = collected.filter(({ course, pillar }) => course === courseId && catalog.pillars.has(pillar));
  const byId = new Map([...catalog.endorsementsOfCourse(courseId), ...ofCourse].map((endorsement) => [endorsement.id, endorsement]));
  const groups = new Map<string, Endorsement[]>();
  for (const endorsement of byId.values()) {
    const group = groups.get(endorsement.pillar);
    if (group) group.push(endorsement);
    else groups.set(endorsement.pillar, [endorsement]);
  }
  return groups;
}

/**
 * "Endorsed by 3 experts for Sustainable Energy Leadership", one line per pillar, each opening on
 * who vouched and for which problem. Distinct experts are counted: one expert endorsing twice for
 * the same pillar counts once.
 */
export function renderEndorsements(
  catalog: Catalog,
  courseId: string,
  locale: string,
  settings: FetchSettings,
  rater: ReactiveControllerHost & { readonly localName: string },
  { t, report }: Pick<LazyPartOptions, 't' | 'report'>,
): unknown {
  const groups = endorsementGroups(catalog, courseId, collectedEndorsements(settings, rater, report));
  if (groups.size === 0) return nothing;
  const byline = ({ expert: { name, role }, date }: Endorsement) =>
    t(role === undefined ? 'relevance-rater.endorsement.by' : 'relevance-rater.endorsement.by-role', {
      name,
      role: role ?? '',
      date: formatDate(locale, date),
    });
  return html`<div class="note" part="endorsements">
    ${[...groups].map(([pillarId, endorsements]) => {
      const summary = t('relevance-rater.endorsed', {
        count: new Set(endorsements.map((endorsement) => endorsement.expert.name)).size,
        pillar: catalog.pillars.get(pillarId)!.title,
      });
      return html`<details>
        <summary>${summary}</summary>
        <ul>
          ${endorsements.map(
            (endorsement) => html`<li part="endorsement">
              <q>${endorsement.problem}</q> — <span>${byline(endorsement)}</span>
            </li>`,
          )}
        </ul>
      </details>`;
    })}
  </div>`;
}
