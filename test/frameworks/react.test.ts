/**
 * A React 19 app using a Purpose Kit element with no wrapper: React sets the element's properties
 * (an object stays an object), passes other props as attributes, and attaches `on<event-name>`
 * props as listeners for that exact event. React runs from its own packages, made ES modules by
 * test/support/react-esm.mjs.
 */
import { expect } from '@open-wc/testing';
import { act, createElement } from 'react';
import { createRoot, type Root } from 'react-dom/client';
import { uuid } from '../../src/core/id.js';
import type { PkRateEvent } from '../../src/elements/relevance-rater/events/pk-rate.js';
import '../../src/elements/relevance-rater/define.js';
import type { PkRelevanceRater } from '../../src/elements/relevance-rater/relevance-rater.js';
import { settled } from '../support/show-element.js';
import { until } from '../support/wait.js';
import { keyboardRating, manifest, part, rateByKeyboard, renamed } from './support.js';

type RaterProps = Record<string, unknown>;

// Tells React that this page is a test: act() then waits for each render to be committed.
(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

/** A React app whose only content is `<pk-relevance-rater {...props}>`, re-rendered on demand. */
class App {
  private readonly container = document.body.appendChild(document.createElement('div'));
  private readonly root: Root = createRoot(this.container);

  /** Renders the rater with `props` and resolves to it once it shows its content. */
  async render(props: RaterProps): Promise<PkRelevanceRater> {
    await act(() => this.root.render(createElement('pk-relevance-rater', props)));
    const el = this.container.querySelector('pk-relevance-rater')!;
    await settled(el);
    return el;
  }

  async unmount(): Promise<void> {
    await act(() => this.root.unmount());
    this.container.remove();
  }
}

describe('React 19', () => {
  let app: App;
  beforeEach(() => {
    app = new App();
  });
  afterEach(() => app.unmount());

  it('sets an object property and receives a typed pk-rate event through onpk-rate', async () => {
    const learner = `react-${uuid()}`;
    const received: PkRateEvent[] = [];
    const el = await app.render({ manifest, course: 'grid-101', learner, 'onpk-rate': (event: PkRateEvent) => received.push(event) });

    expect(el.manifest, 'the very object React was given').to.equal(manifest);
    expect(el.hasAttribute('manifest'), 'not a string attribute').to.equal(false);
    expect(part(el, 'heading')!.textContent).to.include('Grid 101');

    await rateByKeyboard(el, 'Useful on site');
    await until(() => received.length > 0, 'the React handler to receive pk-rate');
    const [event] = received;
    expect(event).to.be.instanceOf(CustomEvent);
    expect(event!.type).to.equal('pk-rate');
    expect(event!.detail).to.deep.equal(keyboardRating(learner, 'Useful on site'));
  });

  it('swaps the listener and the property when the app re-renders with new ones', async () => {
    const first: PkRateEvent[] = [];
    const second: PkRateEvent[] = [];
    const learner = `react-${uuid()}`;
    await app.render({ manifest, course: 'grid-101', learner, 'onpk-rate': (event: PkRateEvent) => first.push(event) });
    const el = await app.render({ manifest: renamed, course: 'grid-101', learner, 'onpk-rate': (event: PkRateEvent) => second.push(event) });

    expect(el.manifest).to.equal(renamed);
    await until(() => part(el, 'heading')?.textContent?.includes('Grid 102'), 'the new manifest to show');
    await rateByKeyboard(el, 'Again');
    await until(() => second.length > 0, 'the new handler to receive pk-rate');
    expect(first, 'the replaced handler is no longer attached').to.deep.equal([]);
  });

  it('passes a prop that names no property as an attribute, which the element reads', async () => {
    const el = await app.render({ manifest, course: 'grid-101', 'comment-limit': 40 });
    expect(el.getAttribute('comment-limit')).to.equal('40');
    expect(el.commentLimit).to.equal(40);
    expect(el.shadowRoot!.querySelector<HTMLElement>('#counter')!.textContent!.trim()).to.equal('40 characters left');
  });
});
