/** What the studio's parts read from the element: its words, its settings, where the collector is. */
import type { ReactiveControllerHost } from 'lit';
import type { SettingsController } from '../../core/base/settings-controller.js';
import type { PkError } from '../../core/errors.js';
import type { FetchSettings } from '../../core/fetch-text.js';

export type Translate = SettingsController['t'];

export interface StudioEnv {
  readonly host: HTMLElement & ReactiveControllerHost & { readonly renderRoot: HTMLElement | DocumentFragment };
  readonly t: Translate;
  readonly locale: string;
  readonly settings: FetchSettings;
  /** The collector's manifest route (`{collector}/v1/manifest`): saves go there. None: download only. */
  readonly manifestUrl?: string;
  /** `{collector}/v1/endorsements/inbox`; none without a collector. */
  readonly inboxUrl?: string;
  report(error: PkError): void;
}
