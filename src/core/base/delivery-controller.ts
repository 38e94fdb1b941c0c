/**
 * An element's way to the outbox: `deliver()` queues a learner event for the configured endpoint
 * (the element's, the page's, or the manifest's `reporting`). The outbox opens as soon as the
 * element knows its endpoint and its manifest, because opening it replays what earlier visits left.
 * Delivery (the outbox, the sender, xAPI, idb-keyval) is a chunk of its own: it loads when an
 * element first knows its endpoint, without holding up its render, and is shared by every element.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Destination, ElementEventInput } from '../delivery/element-delivery.js';
import type { PkEvent } from '../delivery/event.js';
import { PkError } from '../errors.js';
import type { ManifestController } from './manifest-controller.js';
import type { SettingsController } from './settings-controller.js';

export type { ElementEventInput };

type DeliveryModule = typeof import('../delivery/element-delivery.js');

const storageError = (error: unknown): PkError =>
  error instanceof PkError ? error : new PkError('storage-unavailable', String(error), { cause: error });

export class DeliveryController implements ReactiveController {
  /** The configuration and manifest state the outbox was last opened for. */
  private openedFor: unknown[] = [];

  /** @param report hears about each failure (the element's `report`) */
  constructor(
    host: ReactiveControllerHost,
    private readonly settings: SettingsController,
    private readonly manifest: ManifestController,
    private readonly report: (error: PkError) => void,
  ) {
    host.addController(this);
  }

  /** Opens the outbox once the manifest is ready (its reporting options are part of the first opening), again when either changes. */
  hostUpdate(): void {
    const now = [this.settings.config, this.manifest.state];
    if (this.manifest.state.status !== 'ready' || now.every((value, i) => value === this.openedFor[i])) return;
    this.openedFor = now;
    this.send((module, destination) => module.deliveryFor(destination)).catch((error: unknown) => this.report(storageError(error)));
  }

  /**
   * Queues a learner event. Resolves to the stored event once it is durably queued, or to
   * `undefined` when no endpoint is configured. Rejects with a `PkError` that has already been
   * reported (console and `pk-error`) when there is no learner id or the endpoint is invalid.
   */
  async deliver(input: ElementEventInput): Promise<PkEvent | undefined> {
    try {
      return await this.send((module, destination) => module.enqueue(destination, input));
    } catch (error) {
      const pkError = storageError(error);
      this.report(pkError);
      throw pkError;
    }
  }

  /** Runs `task` with the delivery chunk and where events go; `undefined` (nothing loaded) when nowhere is configured. */
  private async send<T>(task: (module: DeliveryModule, destination: Destination) => T | Promise<T>): Promise<T | undefined> {
    const { config } = this.settings;
    const { state } = this.manifest;
    const reporting = state.status === 'ready' ? state.manifest.reporting : undefined;
    const endpoint = config.endpoint ?? reporting?.endpoint;
    return endpoint ? task(await import('../delivery/element-delivery.js'), { endpoint, config, reporting }) : undefined;
  }
}
