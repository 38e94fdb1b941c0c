/**
 * Which 1:1 prompts a manager has marked as discussed, remembered on the device per manager (the
 * configured learner id) and prompt, so the marks survive a reload.
 */
import { readPreference, writePreference, type PreferenceKey } from '../../core/preferences/preferences.js';

const KIND = 'prompt-discussed';

const keyOf = (manager: string | undefined, promptId: string): PreferenceKey => [KIND, manager ?? '', promptId];

/** When each of `promptIds` was marked as discussed (ISO time), for those that were. */
export async function recallDiscussed(manager: string | undefined, promptIds: readonly string[]): Promise<Map<string, string>> {
  const times = await Promise.all(promptIds.map((id) => readPreference<string>(keyOf(manager, id))));
  const discussed = new Map<string, string>();
  promptIds.forEach((id, index) => {
    const at = times[index];
    if (typeof at === 'string') discussed.set(id, at);
  });
  return discussed;
}

export function rememberDiscussed(manager: string | undefined, promptId: string, at: string): Promise<void> {
  return writePreference(keyOf(manager, promptId), at);
}
