/**
 * Watches a page (this one, or an iframe's) for what must never happen while hostile input is
 * shown: an error or a rejection reaching the page, a Content-Security-Policy violation, and
 * script from the input running (it would change the canary global).
 */
import { CANARY, CANARY_UNTOUCHED } from '../fixtures/hostile/payloads.js';

export interface Violation {
  readonly directive: string;
  readonly blocked: string;
  /** Where it happened: file, line and column, and the start of the offending code. */
  readonly source: string;
  readonly sample: string;
}

type WatchedWindow = Window & typeof globalThis & { [CANARY]?: unknown };

export class PageWatch {
  readonly errors: string[] = [];
  readonly violations: Violation[] = [];
  readonly #window: WatchedWindow;

  constructor(target: Window = window) {
    this.#window = target as WatchedWindow;
    // Set once per page: a script that runs late still leaves its mark for the next watch.
    if (!(CANARY in this.#window)) this.#window[CANARY] = CANARY_UNTOUCHED;
    this.#window.addEventListener('error', this.#onError, true);
    this.#window.addEventListener('unhandledrejection', this.#onRejection);
    this.#window.document.addEventListener('securitypolicyviolation', this.#onViolation, true);
  }

  get canary(): unknown {
    return this.#window[CANARY];
  }

  /** Everything that went wrong, as readable lines; empty when nothing did. */
  problems(): string[] {
    const canary = this.canary === CANARY_UNTOUCHED ? [] : [`script from the input ran: ${CANARY} = ${String(this.canary)}`];
    const violations = this.violations.map((v) => `CSP ${v.directive} blocked ${v.blocked} at ${v.source}: ${v.sample}`);
    return [...canary, ...this.errors, ...violations];
  }

  stop(): void {
    this.#window.removeEventListener('error', this.#onError, true);
    this.#window.removeEventListener('unhandledrejection', this.#onRejection);
    this.#window.document.removeEventListener('securitypolicyviolation', this.#onViolation, true);
  }

  readonly #onError = (event: ErrorEvent | Event): void => {
    // Resource load failures (an <img> that 404s) are `Event`s on the element, not script errors.
    if (event instanceof this.#window.ErrorEvent) this.errors.push(`uncaught: ${event.message}`);
  };

  readonly #onRejection = (event: PromiseRejectionEvent): void => {
    this.errors.push(`unhandled rejection: ${String(event.reason)}`);
  };

  readonly #onViolation = (event: SecurityPolicyViolationEvent): void => {
    this.violations.push({
      directive: event.effectiveDirective,
      blocked: event.blockedURI,
      source: `${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
      sample: event.sample,
    });
  };
}
