import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import '../../../src/elements/why-banner/define.js';
import type { PkWhyDismissEvent } from '../../../src/elements/why-banner/events/pk-why-dismiss.js';
import type { PkWhyBanner } from '../../../src/elements/why-banner/why-banner.js';
import { manifest } from './manifest.js';
import { banner, freshLearner, part, ready, until } from './support.js';

async function dismiss(el: PkWhyBanner): Promise<PkWhyDismissEvent> {
  const fired = oneEvent(el, 'pk-why-dismiss') as Promise<PkWhyDismissEvent>;
  part(el, 'dismiss')!.click();
  const event = await fired;
  await el.updateComplete;
  return event;
}

describe('pk-why-banner dismissal', () => {
  afterEach(() => clearManifestCache());

  it('hides the banner, fires pk-why-dismiss and leaves a button that brings it back', async () => {
    const learner = freshLearner();
    const el = await banner({ learner });
    const event = await dismiss(el);
    expect(event.detail).to.deep.equal({ course: 'privacy', pillar: 'trust', learner });
    expect(event.cancelable && event.bubbles && event.composed).to.equal(true);
    expect(part(el, 'banner')).to.equal(null);
    const restore = part(el, 'restore')!;
    expect(restore.textContent).to.equal('Why this course matters');
    expect(el.shadowRoot!.activeElement).to.equal(restore);
    expect(el.hasAttribute('dismissed')).to.equal(true);
    await expect(el).to.be.accessible();
  });

  it('draws once, in its final state, when the manifest is loaded and the dismissal read is quick', async () => {
    const learner = freshLearner();
    await dismiss(await banner({ learner }));
    const shown = await banner({ learner: freshLearner() }); // the manifest is loaded now
    const drawn: string[] = [];
    for (const [who, course] of [[learner, 'privacy'], [freshLearner(), 'privacy']] as const) {
      const el = document.createElement('pk-why-banner') as PkWhyBanner;
      Object.assign(el, { manifest });
      el.setAttribute('course', course);
      el.setAttribute('learner', who);
      shown.after(el);
      await el.updateComplete; // the first update
      drawn.push(part(el, 'restore') ? 'restore' : part(el, 'banner') ? 'banner' : 'placeholder');
      el.remove();
    }
    expect(drawn, 'no placeholder in between').to.deep.equal(['restore', 'banner']);
  });

  it('stays dismissed for the same learner and course when the element is created again', async () => {
    const learner = freshLearner();
    const first = await banner({ learner });
    await dismiss(first);
    first.remove();

    const again = await banner({ learner });
    expect(part(again, 'banner')).to.equal(null);
    expect(part(again, 'restore')).to.exist;
    expect(again.hasAttribute('dismissed')).to.equal(true);

    expect(part(await banner({ learner, course: 'csrd' }), 'banner'), 'another course').to.exist;
    expect(part(await banner({ learner: freshLearner() }), 'banner'), 'another learner').to.exist;
  });

  it('reads the dismissal again when the learner changes', async () => {
    const learner = freshLearner();
    await dismiss(await banner({ learner }));
    const el = await banner();
    expect(part(el, 'banner')).to.exist;
    el.learner = learner;
    await until(() => part(el, 'restore') !== null, 'the stored dismissal');
  });

  it('stays when the host cancels pk-why-dismiss, and remembers nothing', async () => {
    const learner = freshLearner();
    const el = await banner({ learner });
    el.addEventListener('pk-why-dismiss', (event) => event.preventDefault());
    await dismiss(el);
    expect(part(el, 'banner')).to.exist;
    expect(el.hasAttribute('dismissed')).to.equal(false);
    el.remove();
    expect(part(await banner({ learner }), 'banner')).to.exist;
  });

  it('comes back with the restore button, which also forgets the dismissal', async () => {
    const learner = freshLearner();
    const el = await banner({ learner });
    await dismiss(el);
    part(el, 'restore')!.click();
    await el.updateComplete;
    expect(part(el, 'banner')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'dismiss'));
    expect(el.hasAttribute('dismissed')).to.equal(false);
    await new Promise((resolve) => setTimeout(resolve, 50));
    el.remove();
    expect(part(await banner({ learner }), 'banner')).to.exist;
  });

  it('dismisses and restores from the keyboard', async () => {
    const el = await banner({ course: 'csrd' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Enter' });
    await el.updateComplete;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'restore'));
    await sendKeys({ press: 'Space' });
    await el.updateComplete;
    expect(part(el, 'banner')).to.exist;
    expect(el.shadowRoot!.activeElement).to.equal(part(el, 'dismiss'));
  });

  it('sends a why-dismissed event to the configured endpoint', async () => {
    const bucket = `why-banner-${crypto.randomUUID()}`;
    const endpoint = `/__endpoint/${bucket}`;
    const learner = freshLearner();
    const withReporting = { ...manifest, reporting: { endpoint, flushIntervalMs: 0 } };
    const el = await banner({ learner }, withReporting);
    await dismiss(el);

    let received: { body: { events: Record<string, unknown>[] } }[] = [];
    await until(async () => {
      received = await (await fetch(`${endpoint}/__received`)).json();
      return received.length > 0;
    }, 'a request at the endpoint');
    const [event] = received[0]!.body.events;
    expect(event).to.include({ type: 'why-dismissed', courseId: 'privacy', pillarId: 'trust', learnerId: learner });
    expect(event!.id).to.match(/^[0-9a-f-]{36}$/);
  });

  it('keeps the dismissal when the event cannot be queued (no learner id), and reports why', async () => {
    const withReporting = { ...manifest, reporting: { endpoint: `/__endpoint/why-banner-${crypto.randomUUID()}` } };
    const el = await fixture<PkWhyBanner>(html`<pk-why-banner .manifest=${withReporting} course="privacy"></pk-why-banner>`);
    await ready(el);
    const errors: PkErrorEvent[] = [];
    el.addEventListener('pk-error', (event) => errors.push(event));
    const original = console.error;
    console.error = () => {};
    try {
      const event = await dismiss(el);
      expect(event.detail).to.deep.equal({ course: 'privacy', pillar: 'trust' });
      await until(() => errors.length > 0, 'pk-error');
    } finally {
      console.error = original;
    }
    expect(errors[0]!.detail.code).to.equal('config-invalid');
    expect(part(el, 'restore')).to.exist;
    // Banners without a learner share one record per browser: leave it as other tests expect it.
    await el.restore();
  });
});
