/** The endorsement inbox: what experts sent the collector, each to accept into the draft or dismiss. */
import { html, nothing } from 'lit';
import type { InboxEndorsement } from '../../core/studio/collector-client.js';
import { formatDate } from '../../core/i18n/format.js';
import type { Manifest } from '../../core/manifest/types.js';
import type { StudioEnv } from './environment.js';
import type { InboxState } from './inbox.js';

export interface InboxActions {
  accept(item: InboxEndorsement): void;
  dismiss(item: InboxEndorsement): void;
  reload(): void;
}

export function renderInbox(state: InboxState, draft: Manifest, env: StudioEnv, actions: InboxActions): unknown {
  const { t } = env;
  return html`<section class="view" part="inbox" aria-labelledby="inbox-heading">
    <h2 id="inbox-heading" tabindex="-1">${t('manifest-studio.inbox.heading')}</h2>
    ${state.status === 'none'
      ? html`<p part="inbox-none">${t('manifest-studio.inbox.no-collector')}</p>`
      : state.status === 'loading'
        ? html`<p role="status">${t('state.loading')}</p>`
        : state.status === 'error'
          ? html`<p class="problem" part="inbox-error">${t('manifest-studio.inbox.error', { reason: state.error.message })}</p>
              <button type="button" part="button" @click=${actions.reload}>${t('state.retry')}</button>`
          : renderItems(state.items, draft, env, actions)}
  </section>`;
}

function renderItems(items: readonly InboxEndorsement[], draft: Manifest, env: StudioEnv, actions: InboxActions): unknown {
  const { t, locale } = env;
  if (items.length === 0) return html`<p>${t('manifest-studio.inbox.empty')}</p>`;
  const accepted = new Set((draft.endorsements ?? []).map((entry) => entry.id));
  const titleOf = (id: string) => draft.courses.find((course) => course.id === id)?.title;
  const pillarOf = (id: string) => draft.pillars.find((pillar) => pillar.id === id)?.title;
  return html`<ul class="inbox">
    ${items.map((item) => {
      const course = titleOf(item.course);
      const pillar = pillarOf(item.pillar);
      const usable = course !== undefined && pillar !== undefined && Boolean(item.expert?.name);
      const date = formatDate(locale, item.date);
      const name = item.expert?.name || t('manifest-studio.inbox.anonymous');
      return html`<li part="endorsement" id=${`endorsement-${item.id}`} tabindex="-1">
        <p class="expert"><strong>${name}</strong>${item.expert?.role ? `, ${item.expert.role}` : ''} · ${date}</p>
        <p class="problem-statement">${item.problem}</p>
        <p class="meta">
          ${t('manifest-studio.inbox.about', { course: course ?? item.course, pillar: pillar ?? item.pillar })}
          ${usable ? nothing : html`<span class="problem">${t('manifest-studio.inbox.unknown')}</span>`}
        </p>
        ${accepted.has(item.id)
          ? html`<p class="done" part="done">${t('manifest-studio.inbox.in-draft')}</p>`
          : html`<div class="actions">
              <button type="button" part="button" ?disabled=${!usable} @click=${() => actions.accept(item)}>${t('manifest-studio.inbox.accept', { name, course: course ?? item.course })}</button>
              <button type="button" part="button" class="quiet" @click=${() => actions.dismiss(item)}>${t('manifest-studio.inbox.dismiss', { name, course: course ?? item.course })}</button>
            </div>`}
      </li>`;
    })}
  </ul>`;
}
