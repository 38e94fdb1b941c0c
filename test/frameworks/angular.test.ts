/**
 * An Angular app using a Purpose Kit element with no wrapper: a standalone component whose schemas
 * allow custom elements, where `[manifest]` sets the element's property, `[attr.learner]` an
 * attribute, and `(pk-rate)` listens for that exact event. Angular's JIT compiler, imported first,
 * compiles the component's template on the page; the app runs without zone.js, its signals
 * scheduling change detection.
 */
import '@angular/compiler';
import { Component, CUSTOM_ELEMENTS_SCHEMA, provideZonelessChangeDetection, signal, type ApplicationRef } from '@angular/core';
import { bootstrapApplication } from '@angular/platform-browser';
import { expect } from '@open-wc/testing';
import { uuid } from '../../src/core/id.js';
import type { PkRateEvent } from '../../src/elements/relevance-rater/events/pk-rate.js';
import '../../src/elements/relevance-rater/define.js';
import { settled } from '../support/show-element.js';
import { until } from '../support/wait.js';
import { keyboardRating, manifest, part, rateByKeyboard, renamed } from './support.js';

@Component({
  selector: 'app-rater',
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `<pk-relevance-rater [manifest]="manifest()" course="grid-101" [attr.learner]="learner()"
    (pk-rate)="onRate($event)"></pk-relevance-rater>`,
})
class RaterComponent {
  readonly manifest = signal<object>(manifest);
  readonly learner = signal(`angular-${uuid()}`);
  readonly received: PkRateEvent[] = [];

  onRate(event: PkRateEvent): void {
    this.received.push(event);
  }
}

/** The app bootstrapped into its own `<app-rater>` host, with what went wrong while it ran. */
class App {
  /** Console errors (Angular's error handler logs there) and the element's `pk-error`s. */
  readonly problems: string[] = [];
  readonly host = document.body.appendChild(document.createElement('app-rater'));
  private readonly consoleError = console.error;
  private appRef?: ApplicationRef;

  constructor() {
    console.error = (...args: unknown[]) => this.problems.push(`console.error: ${args.map(String).join(' ')}`);
    this.host.addEventListener('pk-error', (event) => this.problems.push(`pk-error: ${event.detail.message}`));
  }

  /** Bootstraps the app and resolves to its component and the rater once it shows its content. */
  async start() {
    this.appRef = await bootstrapApplication(RaterComponent, { providers: [provideZonelessChangeDetection()] });
    const rater = this.host.querySelector('pk-relevance-rater')!;
    await settled(rater);
    return { component: this.appRef.components[0]!.instance as RaterComponent, rater };
  }

  destroy(): void {
    this.appRef!.destroy();
  }

  /** Destroys the app if the test has not, and gives the page back its host and console. */
  close(): void {
    if (this.appRef && !this.appRef.destroyed) this.appRef.destroy();
    this.host.remove();
    console.error = this.consoleError;
  }
}

describe('Angular', () => {
  let app: App;
  beforeEach(() => {
    app = new App();
  });
  afterEach(() => app.close());

  it('sets the manifest object as a property and hands the typed pk-rate event to (pk-rate)', async () => {
    const { component, rater } = await app.start();

    expect(rater.manifest, 'the very object the component holds').to.equal(manifest);
    expect(rater.hasAttribute('manifest'), 'not a string attribute').to.equal(false);
    expect(rater.getAttribute('learner')).to.equal(component.learner());
    expect(rater.learner, 'read from the attribute').to.equal(component.learner());
    expect(part(rater, 'heading')!.textContent).to.include('Grid 101');

    await rateByKeyboard(rater, 'Useful on site');
    await until(() => component.received.length > 0, 'the Angular handler to receive pk-rate');
    const [event] = component.received;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event!.type).to.equal('pk-rate');
    expect(event!.detail).to.deep.equal(keyboardRating(component.learner(), 'Useful on site'));
    expect(app.problems).to.deep.equal([]);
  });

  it('updates the element when the signals bound to it change', async () => {
    const { component, rater } = await app.start();
    const learner = `angular-${uuid()}`;
    expect('Zone' in globalThis, 'no zone.js: the signals alone schedule the update').to.equal(false);

    component.manifest.set(renamed);
    component.learner.set(learner);
    await until(() => rater.manifest === renamed, 'Angular to set the new manifest');
    await until(() => part(rater, 'heading')?.textContent?.includes('Grid 102'), 'the new manifest to show');
    expect(rater.getAttribute('learner')).to.equal(learner);
    expect(rater.learner).to.equal(learner);
    expect(app.problems).to.deep.equal([]);
  });

  it('removes the element with its host when the app is destroyed', async () => {
    const { rater } = await app.start();

    app.destroy();
    expect(app.host.isConnected, "Angular takes the root component's host off the page").to.equal(false);
    expect(rater.isConnected).to.equal(false);
    expect(document.querySelector('pk-relevance-rater'), 'nothing left behind').to.equal(null);
    expect(app.problems).to.deep.equal([]);
  });
});
