/**
 * The endorsements experts sent the collector, waiting to be curated: read when the studio opens
 * (their count shows on the inbox's tab), accepted into the draft or dismissed on the collector.
 */
import { PkError } from '../../core/errors.js';
import { dismissEndorsement, readInbox, type InboxEndorsement } from '../../core/studio/collector-client.js';
import { acceptEndorsement } from '../../core/studio/edits.js';
import type { StudioEnv } from './environment.js';
import type { StudioSession } from './session.js';

export type InboxState = { status: 'none' } | { status: 'loading' } | { status: 'ready'; items: InboxEndorsement[] } | { status: 'error'; error: PkError };

export class Inbox {
  state: InboxState = { status: 'none' };

  /** Reads the inbox (again); without a collector there is none. */
  async load(env: StudioEnv): Promise<void> {
    if (!env.inboxUrl) {
      this.state = { status: 'none' };
      return;
    }
    this.state = { status: 'loading' };
    env.host.requestUpdate();
    try {
      this.state = { status: 'ready', items: await readInbox(env.inboxUrl, env.settings) };
    } catch (error) {
      const failure = error instanceof PkError ? error : new PkError('data-fetch', String(error), { cause: error });
      this.state = { status: 'error', error: failure };
      env.report(failure);
    }
    env.host.requestUpdate();
  }

  /** Waiting endorsements that the draft does not hold yet. */
  waiting(session: StudioSession): InboxEndorsement[] {
    if (this.state.status !== 'ready') return [];
    const accepted = new Set((session.draft.endorsements ?? []).map((entry) => entry.id));
    return this.state.items.filter((item) => !accepted.has(item.id));
  }

  accept(item: InboxEndorsement, session: StudioSession, env: StudioEnv): void {
    const { id, expert, course, pillar, problem, date } = item;
    session.edit(acceptEndorsement(session.draft, { id, expert, course, pillar, problem, date }));
    session.say(env.t('manifest-studio.inbox.accepted', { name: expert.name }));
  }

  async dismiss(item: InboxEndorsement, session: StudioSession, env: StudioEnv): Promise<void> {
    try {
      await dismissEndorsement(`${env.inboxUrl}/${encodeURIComponent(item.id)}/dismiss`, env.settings);
      if (this.state.status === 'ready') this.state = { status: 'ready', items: this.state.items.filter((entry) => entry.id !== item.id) };
      session.say(env.t('manifest-studio.inbox.dismissed', { name: item.expert.name }));
    } catch (error) {
      const failure = error instanceof PkError ? error : new PkError('data-fetch', String(error), { cause: error });
      env.report(failure);
      session.say(env.t('manifest-studio.inbox.dismiss-failed', { reason: failure.message }));
    }
  }
}
