/**
 * Saving the draft: `PUT` to the collector conditional on the version it was edited from, or,
 * without a collector, a download of the JSON. A refused save (someone saved first) opens the
 * conflict view; its two ways out keep the other version or re-apply the studio's edits on top of
 * it, and either way the other side stays reachable (undo, or the draft kept in storage).
 */
import { downloadFile } from '../../core/base/download.js';
import { emit } from '../../core/base/events/emit.js';
import { PkError } from '../../core/errors.js';
import type { Manifest } from '../../core/manifest/types.js';
import { saveManifest } from '../../core/studio/collector-client.js';
import { pathText } from '../../core/studio/json.js';
import { rebase } from '../../core/studio/rebase.js';
import type { StudioEnv } from './environment.js';
import type { StudioSession } from './session.js';
import './events/pk-manifest-conflict.js';
import './events/pk-manifest-saved.js';

export async function save(session: StudioSession, env: StudioEnv): Promise<void> {
  const { t } = env;
  const errors = session.validation.errors.length;
  if (errors > 0) return session.say(t('manifest-studio.save.invalid', { count: errors }));
  if (!env.manifestUrl) return download(session, env);
  const changes = session.changes.length;
  try {
    const result = await saveManifest(env.manifestUrl, session.draft, session.etag, env.settings);
    if (result.status === 'saved') {
      session.savedAs(result);
      session.say(t('manifest-studio.save.saved', { version: result.version }));
      emit(env.host, 'pk-manifest-saved', { version: result.version, etag: result.etag, changes });
    } else if (result.status === 'conflict') {
      const current = { ...result.current, manifest: result.current.manifest as Manifest };
      const { conflicts } = rebase(session.saved, session.draft, current.manifest);
      session.conflict = { current, conflicts };
      session.open('conflict');
      session.say(t('manifest-studio.conflict.announce', { version: current.version }));
      emit(env.host, 'pk-manifest-conflict', { version: current.version, etag: current.etag, conflicts: conflicts.map(({ path }) => pathText(path)) });
    } else {
      const lines = result.problems.map((problem) => `${problem.path}: ${problem.message}`);
      const error = new PkError('manifest-invalid', `the collector refused the manifest: ${lines.join('; ')}`, { source: env.manifestUrl, issues: result.problems });
      env.report(error);
      session.say(t('manifest-studio.save.refused', { count: result.problems.length }));
    }
  } catch (error) {
    const failure = error instanceof PkError ? error : new PkError('data-fetch', String(error), { cause: error });
    env.report(failure);
    session.say(t('manifest-studio.save.failed', { reason: failure.message }));
  }
}

/** The draft as a JSON file, for a studio without a collector. */
export function download(session: StudioSession, env: StudioEnv): void {
  const filename = `manifest-${new Date().toISOString().slice(0, 10)}.json`;
  downloadFile([`${JSON.stringify(session.draft, null, 2)}\n`], 'application/json', filename, env.host.renderRoot);
  session.say(env.t('manifest-studio.save.downloaded', { filename }));
}

/**
 * Makes the version saved meanwhile the draft. One undo brings the studio's edits back, re-applied
 * on top of it: undoing never silently reverts what the other side saved.
 */
export function keepTheirs(session: StudioSession, env: StudioEnv): void {
  const { current } = session.conflict!;
  const { merged } = rebase(session.saved, session.draft, current.manifest, 'mine');
  session.savedAs(current, current.manifest);
  session.edit(merged);
  session.edit(current.manifest);
  session.open('list');
  session.say(env.t('manifest-studio.conflict.kept-theirs', { version: current.version }));
}

/** Re-applies the studio's edits on top of the version saved meanwhile, and saves that. */
export async function keepMine(session: StudioSession, env: StudioEnv): Promise<void> {
  const { current } = session.conflict!;
  const { merged } = rebase(session.saved, session.draft, current.manifest, 'mine');
  session.savedAs(current, current.manifest);
  session.edit(merged);
  session.open('changes');
  await save(session, env);
}
