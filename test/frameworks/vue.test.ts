/**
 * A Vue 3 app using Purpose Kit elements with no wrapper: Vue sets a binding as a property when the
 * element has that property (`key in element`), as an attribute otherwise, or as a property
 * whatever the element with `.prop`; `@pk-rate` listens for that exact event. Vue runs from its
 * browser ES build, whose template compiler compiles each app's template on the page.
 */
import { expect } from '@open-wc/testing';
import { createApp, ref, shallowRef, type App as VueApp } from 'vue/dist/vue.esm-browser.js';
import { uuid } from '../../src/core/id.js';
import type { PkRateEvent } from '../../src/elements/relevance-rater/events/pk-rate.js';
import '../../src/elements/relevance-rater/define.js';
import { settled } from '../support/show-element.js';
import { until } from '../support/wait.js';
import { keyboardRating, manifest, part, rateByKeyboard, renamed } from './support.js';

/** An app compiled from `template` with `state` in scope, mounted in a container of its own. */
class App {
  /** Vue's warnings and errors, and the elements' `pk-error`s: a clean app has none. */
  readonly problems: string[] = [];
  readonly container = document.body.appendChild(document.createElement('div'));
  private readonly app: VueApp;

  constructor(template: string, state: Record<string, unknown>) {
    this.app = createApp({ template, setup: () => state });
    this.app.config.compilerOptions.isCustomElement = (tag) => tag.startsWith('pk-');
    this.app.config.warnHandler = (message) => this.problems.push(`Vue warning: ${message}`);
    this.app.config.errorHandler = (error) => this.problems.push(`Vue error: ${String(error)}`);
    this.container.addEventListener('pk-error', (event) => this.problems.push(`pk-error: ${event.detail.message}`));
    this.app.mount(this.container);
  }

  get mounted(): boolean {
    return this.container.isConnected;
  }

  /** The element with `tag`, once it shows its content. */
  async shown<K extends keyof HTMLElementTagNameMap>(tag: K): Promise<HTMLElementTagNameMap[K]> {
    const el = this.container.querySelector(tag)!;
    await settled(el);
    return el;
  }

  unmount(): void {
    this.app.unmount();
    this.container.remove();
  }
}

describe('Vue 3', () => {
  let apps: App[] = [];
  const mount = (template: string, state: Record<string, unknown>) => {
    const app = new App(template, state);
    apps.push(app);
    return app;
  };
  afterEach(() => {
    for (const app of apps) if (app.mounted) app.unmount();
    apps = [];
  });

  /** A `<pk-relevance-rater>` app; a test changes its refs as the app would. */
  function raterApp() {
    const state = {
      manifest: shallowRef<object>(manifest),
      learner: `vue-${uuid()}`,
      commentLimit: ref(500),
      received: [] as PkRateEvent[],
      onRate: (event: PkRateEvent) => state.received.push(event),
    };
    const template = `<pk-relevance-rater :manifest="manifest" course="grid-101" :learner="learner"
      :comment-limit="commentLimit" @pk-rate="onRate"></pk-relevance-rater>`;
    return { app: mount(template, state), state };
  }

  it('sets the manifest object as a property and hands the typed pk-rate event to @pk-rate', async () => {
    const { app, state } = raterApp();
    const el = await app.shown('pk-relevance-rater');

    expect(el.manifest, 'the very object the app holds').to.equal(manifest);
    expect(el.hasAttribute('manifest'), 'not a string attribute').to.equal(false);
    expect(el.learner).to.equal(state.learner);
    expect(part(el, 'heading')!.textContent).to.include('Grid 101');

    await rateByKeyboard(el, 'Useful on site');
    await until(() => state.received.length > 0, 'the Vue handler to receive pk-rate');
    const [event] = state.received;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event!.type).to.equal('pk-rate');
    expect(event!.detail).to.deep.equal(keyboardRating(state.learner, 'Useful on site'));
    expect(app.problems).to.deep.equal([]);
  });

  it('updates the element when the data bound to it changes', async () => {
    const { app, state } = raterApp();
    const el = await app.shown('pk-relevance-rater');
    expect(el.shadowRoot!.querySelector<HTMLElement>('#counter')!.textContent!.trim()).to.equal('500 characters left');

    state.commentLimit.value = 40;
    state.manifest.value = renamed;
    await until(() => el.getAttribute('comment-limit') === '40', 'Vue to set comment-limit="40"');
    expect(el.commentLimit).to.equal(40);
    expect(el.manifest).to.equal(renamed);
    await until(() => part(el, 'heading')?.textContent?.includes('Grid 102'), 'the new manifest to show');
    expect(el.shadowRoot!.querySelector<HTMLElement>('#counter')!.textContent!.trim()).to.equal('40 characters left');
    expect(app.problems).to.deep.equal([]);
  });

  it('removes the element when the app unmounts', async () => {
    const { app } = raterApp();
    const el = await app.shown('pk-relevance-rater');

    app.unmount();
    expect(el.isConnected).to.equal(false);
    expect(app.container.childNodes.length, 'nothing left behind').to.equal(0);
    expect(app.problems).to.deep.equal([]);
  });

  it('sets a .prop binding as a property on an element defined after the app rendered it', async () => {
    expect(customElements.get('pk-why-banner'), 'nothing has defined it yet').to.equal(undefined);
    const template = `<pk-why-banner :manifest.prop="manifest" course="grid-101" :learner="learner"></pk-why-banner>`;
    const app = mount(template, { manifest, learner: `vue-${uuid()}` });
    await import('../../src/elements/why-banner/define.js');
    const el = await app.shown('pk-why-banner');

    expect(el.manifest).to.equal(manifest);
    expect(el.hasAttribute('manifest'), 'not a string attribute').to.equal(false);
    expect(part(el, 'heading')!.textContent).to.include('Grid 101');
    expect(app.problems, 'no error while the property waited for the definition').to.deep.equal([]);
  });
});
