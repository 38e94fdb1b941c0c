/**
 * The list the studio opens on: the content audit of the draft (most-used first, every course with
 * usage figures, then those without), each course a button that opens its editor, its flags shown
 * and cleared as the draft fixes them. A hundred at a time: "Show more" lists the next hundred.
 */
import { html, nothing } from 'lit';
import { auditContent, type AuditRow } from '../../core/audit/audit.js';
import { flagsOf } from '../../core/audit/flags.js';
import { DEFAULT_AUDIT_OPTIONS } from '../../core/audit/options.js';
import { formatNumber } from '../../core/i18n/format.js';
import { catalogOf } from '../../core/manifest/catalog.js';
import type { Manifest } from '../../core/manifest/types.js';
import type { StudioEnv } from './environment.js';

/** The audit's rows over the whole catalogue, with the unmeasured courses after them. */
export function studioRows(draft: Manifest): AuditRow[] {
  const catalog = catalogOf(draft);
  const rows: AuditRow[] = [...auditContent(catalog, { top: 100 }).rows];
  const listed = new Set(rows.map((row) => row.course.id));
  for (const course of draft.courses) {
    if (listed.has(course.id)) continue;
    const mandatory = course.mandatory === true || catalog.pathwaysWithCourse(course.id).some((pathway) => pathway.mandatory === true);
    rows.push({ rank: 0, course, usage: 0, pillar: catalog.pillarOfCourse(course.id), mandatory, flags: flagsOf(course, mandatory, DEFAULT_AUDIT_OPTIONS) });
  }
  return rows;
}

/** How many more courses "Show more" lists: a catalogue of thousands draws no more DOM than it must. */
export const LIST_PAGE = 100;

export interface ListActions {
  /** How many courses are listed, most used first. */
  shown: number;
  open(id: string): void;
  /** Lists `LIST_PAGE` more; `first` is the first course it adds (focus goes to it). */
  showMore(first: string): void;
}

export function renderList(draft: Manifest, env: StudioEnv, { shown, open, showMore }: ListActions): unknown {
  const { t, locale } = env;
  const all = studioRows(draft);
  const rows = all.slice(0, Math.max(shown, LIST_PAGE));
  const hidden = all.length - rows.length;
  const flagged = all.filter((row) => row.flags.length > 0).length;
  return html`<section class="view" part="list" aria-labelledby="list-heading">
    <h2 id="list-heading" tabindex="-1">${t('manifest-studio.list.heading')}</h2>
    <p class="summary">${t('manifest-studio.list.summary', { count: all.length, flagged })}</p>
    <table part="table">
      <thead>
        <tr>
          <th scope="col" class="numeric">${t('manifest-studio.list.rank')}</th>
          <th scope="col">${t('manifest-studio.list.course')}</th>
          <th scope="col">${t('manifest-studio.list.pillar')}</th>
          <th scope="col" class="numeric">${t('manifest-studio.list.usage')}</th>
          <th scope="col">${t('manifest-studio.list.flags')}</th>
        </tr>
      </thead>
      <tbody>
        ${rows.map(
          (row) => html`<tr part="row">
            <td class="numeric">${row.rank ? formatNumber(locale, row.rank) : '–'}</td>
            <th scope="row">
              <button type="button" class="link" part="course" data-course=${row.course.id} @click=${() => open(row.course.id)}>${row.course.title}</button>
              <span class="meta">${row.course.id}</span>
            </th>
            <td>${row.pillar?.title ?? html`<span class="muted">${t('manifest-studio.none')}</span>`}</td>
            <td class="numeric">${row.rank ? formatNumber(locale, row.usage) : '–'}</td>
            <td>
              ${row.flags.length
                ? html`<ul class="flags">
                    ${row.flags.map((flag) => html`<li class="flag" part="flag ${flag}">${t(`content-audit.flag.${flag}`)}</li>`)}
                  </ul>`
                : html`<span class="muted">${t('content-audit.nothing-to-fix')}</span>`}
            </td>
          </tr>`,
        )}
      </tbody>
    </table>
    ${hidden > 0
      ? html`<button type="button" part="button more" @click=${() => showMore(all[rows.length]!.course.id)}>
          ${t('manifest-studio.list.more', { count: Math.min(hidden, LIST_PAGE), total: hidden })}
        </button>`
      : nothing}
    ${all.length === 0 ? html`<p>${t('manifest-studio.list.empty')}</p>` : nothing}
  </section>`;
}
