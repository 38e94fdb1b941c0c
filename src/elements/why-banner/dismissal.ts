/**
 * Whether a learner hid a course's why-banner, remembered across reloads in the preferences store.
 * Without a configured learner the dismissal belongs to whoever uses this browser.
 */
import { readPreference, writePreference, type PreferenceKey } from '../../core/preferences/preferences.js';

const keyOf = (learner: string | undefined, course: string): PreferenceKey => ['why-dismissed', learner ?? '', course];

export async function isDismissed(learner: string | undefined, course: string): Promise<boolean> {
  return (await readPreference<boolean>(keyOf(learner, course))) === true;
}

export function rememberDismissal(learner: string | undefined, course: string, dismissed: boolean): Promise<void> {
  return writePreference(keyOf(learner, course), dismissed);
}
