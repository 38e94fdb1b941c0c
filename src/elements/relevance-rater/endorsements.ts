/**
 * The manifest's endorsements of the course, in a chunk of their own: only a course that has
 * some loads it.
 */
import { html } from 'lit';
import { formatDate } from '../../core/i18n/format.js';
import type { MessageKey } from '../../core/i18n/i18n.js';
import type { MessageParams } from '../../core/i18n/message.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Endorsement } from '../../core/manifest/types.js';

/** Their English messages, added to the source catalogue when the chunk arrives. */
export { default as messages } from '../../core/i18n/locales/en/relevance-rater-endorsements.js';

/** The manifest's endorsements of one course, grouped by the pillar they vouch for. */
function endorsementGroups(catalog: Catalog, courseId: string): Map<string, Endorsement[]> {
  const groups = new Map<string, Endorsement[]>();
  for (const endorsement of catalog.endorsementsOfCourse(courseId)) {
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
  t: (key: MessageKey, params?: MessageParams) => string,
): unknown {
  const byline = ({ expert: { name, role }, date }: Endorsement) =>
    t(role === undefined ? 'relevance-rater.endorsement.by' : 'relevance-rater.endorsement.by-role', {
      name,
      role: role ?? '',
      date: formatDate(locale, date),
    });
  return html`<div class="note" part="endorsements">
    ${[...endorsementGroups(catalog, courseId)].map(([pillarId, endorsements]) => {
      const summary = t('relevance-rater.endorsed', {
        count: new Set(endorsements.map((endorsement) => endorsement.expert.name)).size,
        pillar: catalog.pillars.get(pillarId)!.title,
      });
      return html`<details part="endorsement-group">
        <summary part="endorsement-summary">${summary}</summary>
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
