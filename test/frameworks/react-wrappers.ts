/**
 * The tests every React version runs against `purpose-kit/react` (src/react/): a React 17, 18 or
 * 19 app renders the wrappers, built against that version by test/support/react-esm.mjs and
 * loaded from `/__react/<version>/app.js`; the elements inside are the page's own modules.
 */
import { expect } from '@open-wc/testing';
import type { CustomElement, CustomElementDeclaration, Package } from 'custom-elements-manifest/schema';
import type { ComponentType, ReactElement } from 'react';
import { uuid } from '../../src/core/id.js';
import type { PkErrorEvent } from '../../src/core/base/events/pk-error.js';
import type { PkRateEvent } from '../../src/elements/relevance-rater/events/pk-rate.js';
import type { PkRelevanceRater } from '../../src/elements/relevance-rater/relevance-rater.js';
import { settled } from '../support/show-element.js';
import { quietly, until } from '../support/wait.js';
import { keyboardRating, manifest, part, rateByKeyboard } from './support.js';

type Wrappers = typeof import('../../src/react/index.js');
type Act = (run: () => void | Promise<void>) => Promise<void> | void;

/** What `/__react/<version>/app.js` exports: React 17 mounts with `render`, 18 and 19 with `createRoot`. */
type Runtime = { React: typeof import('react'); act: Act; wrappers: Wrappers } & (
  | { render(element: ReactElement, container: Element): void; unmountComponentAtNode(container: Element): boolean }
  | { createRoot(container: Element): { render(element: ReactElement): void; unmount(): void } }
);

// Tells React 18 and 19 that this page is a test: act() then waits for each render to be committed.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A React app in a container of its own, mounted the way its React version mounts apps. */
class App {
  readonly container = document.body.appendChild(document.createElement('div'));
  readonly root;

  constructor(readonly runtime: Runtime) {
    const { container } = this;
    this.root =
      'createRoot' in runtime
        ? runtime.createRoot(container)
        : { render: (element: ReactElement) => runtime.render(element, container), unmount: () => runtime.unmountComponentAtNode(container) };
  }

  async render<P extends object>(component: ComponentType<P>, props: P, strict = false): Promise<void> {
    const { createElement, StrictMode } = this.runtime.React;
    const element = createElement(component, props);
    await this.runtime.act(async () => this.root.render(strict ? createElement(StrictMode, null, element) : element));
  }

  /** Renders the relevance rater and resolves to its element once it shows its content. */
  async rater(props: Parameters<Wrappers['PkRelevanceRater']>[0]): Promise<PkRelevanceRater> {
    await this.render(this.runtime.wrappers.PkRelevanceRater, props);
    const el = this.container.querySelector('pk-relevance-rater')!;
    await settled(el);
    return el;
  }

  async unmount(): Promise<void> {
    await this.runtime.act(async () => this.root.unmount());
    this.container.remove();
  }
}

/** `pk-pillar-select` → `onPkPillarSelect`, `change` → `onChange`: the wrappers' event props. */
const eventProp = (event: string) => `on${event.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase())}`;

/** Every defined element in dist/custom-elements.json: class name, tag and event names. */
async function describedElements(): Promise<{ name: string; tag: string; events: string[] }[]> {
  const response = await fetch('/dist/custom-elements.json');
  expect(response.ok, 'dist/custom-elements.json exists: run `npm run build` first').to.equal(true);
  const { modules } = (await response.json()) as Package;
  return modules
    .flatMap((m) => (m.declarations ?? []) as (CustomElementDeclaration & CustomElement)[])
    .filter((d) => d.tagName)
    .map((d) => ({ name: d.name, tag: d.tagName!, events: (d.events ?? []).flatMap((e) => ('name' in e ? [e.name] : [])) }));
}

export function describeReactWrappers(version: 17 | 18 | 19): void {
  describe(`purpose-kit/react on React ${version}`, () => {
    let runtime: Runtime;
    let app: App;
    let errors: unknown[][];
    const consoleError = console.error;

    before(async () => {
      runtime = (await import(/* @vite-ignore */ `/__react/${version}/app.js`)) as Runtime;
      expect(runtime.React.version.split('.')[0], 'the React under test').to.equal(String(version));
    });
    beforeEach(() => {
      errors = [];
      // React reports misuse (a legacy API, a missing act, an unknown prop) through console.error.
      console.error = (...args: unknown[]) => errors.push(args);
      app = new App(runtime);
    });
    afterEach(async () => {
      if (app.container.isConnected) await app.unmount();
      console.error = consoleError;
    });

    it('sets the manifest as an object property and hands onPkRate the typed pk-rate of a keyboard rating', async () => {
      const learner = `react${version}-${uuid()}`;
      const received: PkRateEvent[] = [];
      const el = await app.rater({ manifest, course: 'grid-101', learner, onPkRate: (event) => received.push(event) });

      expect(el.manifest, 'the very object React was given').to.equal(manifest);
      expect(el.hasAttribute('manifest'), 'not a string attribute').to.equal(false);
      expect(part(el, 'heading')!.textContent).to.include('Grid 101');

      await rateByKeyboard(el, `Rated on React ${version}`);
      await until(() => received.length > 0, 'onPkRate to receive pk-rate');
      expect(received).to.have.length(1);
      const [event] = received;
      expect(event).to.be.instanceOf(CustomEvent);
      expect(event!.type).to.equal('pk-rate');
      expect(event!.detail).to.deep.equal(keyboardRating(learner, `Rated on React ${version}`));
      expect(errors, 'nothing reported on the console').to.deep.equal([]);
    });

    it('configures the wrappers inside a PkConfig: its manifest object, locale and headers callback (the SharePoint recipe)', async () => {
      const { createElement } = runtime.React;
      const { PkConfig, PkRelevanceRater } = runtime.wrappers;
      const headers = async () => ({ Authorization: 'Bearer from-the-token-provider' });
      const config = createElement(PkConfig, { manifest, locale: 'de-DE', headers }, createElement(PkRelevanceRater, { course: 'grid-101' }));
      await app.runtime.act(async () => app.root.render(config));

      const configEl = app.container.querySelector('pk-config')!;
      expect(configEl.manifest, 'the object, not an attribute').to.equal(manifest);
      expect(configEl.headers, 'the callback itself').to.equal(headers);
      const el = configEl.querySelector('pk-relevance-rater')!;
      await settled(el);
      // SharePoint's culture name (de-DE) as the locale: German messages, loaded on first use.
      await until(() => part(el, 'heading')?.textContent?.includes('„Grid 101“ bewerten'), 'the German heading');
    });

    it('gives a ref the element itself, and null once unmounted', async () => {
      const ref = runtime.React.createRef<PkRelevanceRater>();
      await app.render(runtime.wrappers.PkRelevanceRater, { manifest, course: 'grid-101', ref });
      expect(ref.current).to.equal(app.container.querySelector('pk-relevance-rater'));
      await app.unmount();
      expect(ref.current).to.equal(null);
    });

    it('swaps the event prop when the app re-renders with another handler', async () => {
      const first: PkRateEvent[] = [];
      const second: PkRateEvent[] = [];
      const learner = `react${version}-${uuid()}`;
      await app.rater({ manifest, course: 'grid-101', learner, onPkRate: (event) => first.push(event) });
      const el = await app.rater({ manifest, course: 'grid-101', learner, onPkRate: (event) => second.push(event) });

      await rateByKeyboard(el, 'Again');
      await until(() => second.length > 0, 'the new handler to receive pk-rate');
      expect(first, 'the replaced handler is no longer attached').to.deep.equal([]);
    });

    it("hands onPkError the element's own pk-error, fired on its first update", async () => {
      const received: PkErrorEvent[] = [];
      await quietly(async () => {
        await app.render(runtime.wrappers.PkRelevanceRater, { manifest: { version: 1 }, course: 'grid-101', onPkError: (event) => received.push(event) });
        await until(() => received.length > 0, 'onPkError to receive pk-error');
      });
      expect(received[0]!.detail.code).to.equal('manifest-invalid');
      expect(received[0]!.detail.issues.length).to.be.greaterThan(0);
    });

    it('attaches one listener per event prop in StrictMode, which mounts twice', async () => {
      const received: Event[] = [];
      await app.render(runtime.wrappers.PkRelevanceRater, { manifest, course: 'grid-101', onPkRate: (event) => received.push(event) }, true);
      const el = app.container.querySelector('pk-relevance-rater')!;
      el.dispatchEvent(new CustomEvent('pk-rate', { bubbles: true, composed: true }));
      expect(received).to.have.length(1);
    });

    it('unmounts cleanly: the element leaves the page and its listeners go with it', async () => {
      const received: Event[] = [];
      const el = await app.rater({ manifest, course: 'grid-101', onPkRate: (event) => received.push(event), onPkError: (event) => received.push(event) });
      el.dispatchEvent(new CustomEvent('pk-rate', { bubbles: true, composed: true }));
      expect(received, 'attached while mounted').to.have.length(1);

      await app.unmount();
      expect(el.isConnected, 'removed from the page').to.equal(false);
      expect(app.container.childNodes).to.have.length(0);
      el.dispatchEvent(new CustomEvent('pk-rate', { bubbles: true, composed: true }));
      el.dispatchEvent(new CustomEvent('pk-error', { bubbles: true, composed: true }));
      expect(received, 'no listener left on the element').to.have.length(1);
      expect(errors, 'nothing reported on the console').to.deep.equal([]);
    });

    it('has a wrapper for every element, with an on… prop for every event it documents', async () => {
      const elements = await describedElements();
      expect(Object.keys(runtime.wrappers).sort()).to.deep.equal(elements.map((e) => e.name).sort());
      for (const { name, tag, events } of elements) {
        const received = new Map<string, Event[]>(events.map((event) => [event, []]));
        const props = Object.fromEntries(events.map((event) => [eventProp(event), (e: Event) => received.get(event)!.push(e)]));
        await app.render(runtime.wrappers[name as keyof Wrappers] as ComponentType<object>, props);
        const el = app.container.querySelector(tag)!;
        expect(el, `${name} renders <${tag}>`).to.be.instanceOf(customElements.get(tag)!);
        for (const event of events) {
          const fired = new CustomEvent(event, { bubbles: true, composed: true });
          el.dispatchEvent(fired);
          expect(received.get(event), `${name}'s ${eventProp(event)} receives ${event}`).to.include(fired);
        }
      }
    });
  });
}
