/**
 * An element's settings, locale and direction: its own settings over `<pk-config>` and
 * `configure()` (see `resolveConfig`), the language and direction of where it stands, and its
 * messages in that language. They are read again when the page configuration, a `lang` or `dir`
 * around the element, or the element's own settings change; the element updates when messages do.
 * The element class's own English messages (`static messages`) join the source catalogue when its
 * first instance is made: a page carries only its elements' words.
 */
import { isServer, type ReactiveController, type ReactiveControllerHost } from 'lit';
import { onConfigChange, type PageConfig, type ThemeName } from '../config/config.js';
import { inlineManifest, resolveConfig, surroundingsOf } from '../config/resolve.js';
import {
  directionOf,
  isLocaleReady,
  loadLocale,
  matchLocale,
  onMessagesChange,
  translate,
  useSourceMessages,
  type Direction,
  type MessageKey,
  type Messages,
} from '../i18n/i18n.js';
import type { MessageParams } from '../i18n/message.js';
import { watchLanguage } from './language-watch.js';
import type { ManifestController } from './manifest-controller.js';

export type { ThemeName };

/** An element with the settings it can state itself (attributes or properties). */
export type SettingsHost = ReactiveControllerHost & HTMLElement & Pick<PageConfig, 'manifest' | 'endpoint' | 'learner' | 'theme'>;

/** Element classes whose English messages are in the source catalogue. */
const withMessages = new WeakSet<object>();

export class SettingsController implements ReactiveController {
  /** The configuration the element runs with. */
  config: PageConfig = {};
  locale = 'en';
  direction: Direction = 'ltr';
  private stops!: (() => void)[];
  /** The element's own settings when they were last read. */
  private readWith: unknown[] = [];

  /** @param manifest loads the manifest the settings name */
  constructor(
    private readonly host: SettingsHost,
    private readonly manifest: ManifestController,
  ) {
    host.addController(this);
    const type = host.constructor as { messages?: Messages };
    if (type.messages && !withMessages.has(type)) {
      withMessages.add(type);
      useSourceMessages(type.messages);
    }
  }

  hostConnected(): void {
    const refresh = () => this.refresh();
    this.stops = [onConfigChange(refresh), onMessagesChange(() => this.host.requestUpdate()), watchLanguage(refresh)];
    refresh();
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
  }

  /** Reads again if the element's own settings changed since the last reading (from `willUpdate`). */
  check(): void {
    if (!this.own().every((value, i) => value === this.readWith[i])) this.refresh();
  }

  /** Reads the configuration, locale and direction again. */
  refresh(): void {
    const { host } = this;
    this.readWith = this.own();
    const language = surroundingsOf(host);
    const config = (this.config = resolveConfig(host, { manifest: host.manifest ?? inlineManifest(host), endpoint: host.endpoint, learner: host.learner, theme: host.theme }, language));
    const preferred = language.langFromRoot ? [config.locale, language.lang] : [language.lang, config.locale];
    // The server does not know the reader's browser: it renders the locale the page states (docs/ssr.md).
    this.locale = matchLocale([...preferred, ...(isServer ? [] : navigator.languages)]);
    this.direction = (language.dir as Direction | undefined) ?? directionOf(this.locale);
    if (!isLocaleReady(this.locale)) void loadLocale(this.locale);
    this.manifest.use(config.manifest);
    host.requestUpdate();
  }

  /** A message in the element's locale (bound: it can be handed on). */
  readonly t = (key: MessageKey, params?: MessageParams): string => translate(this.locale, key, params);

  private own(): unknown[] {
    const { host } = this;
    return [host.manifest, host.endpoint, host.learner, host.theme];
  }
}
