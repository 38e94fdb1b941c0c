/**
 * What keeps prompts marked as discussed (memory, delivery) and reading the team from `src` are
 * chunks of their own. A chunk that arrives late still serves what waited for it; one that cannot
 * be loaded is said where its part goes, and tried again.
 *
 * The tests replace a part's `load` the way a slow or broken network would answer the import.
 * Each part loads once per page, so the order matters: the discussion test runs while its chunk has
 * never arrived, and the `src` test before anything here has read a team from a URL.
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import type { PkPromptDiscussEvent } from '../../../src/elements/team-digest/events/pk-prompt-discuss.js';
import { discussionModule, teamFromSrcModule } from '../../../src/elements/team-digest/parts.js';
import type { PkTeamDigest } from '../../../src/elements/team-digest/team-digest.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { breakChunk } from '../../support/broken-chunk.js';
import { digestManifest } from './manifest.js';
import { card, digest, freshManager, memberNames, part, parts, quietly, ready, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

describe('pk-team-digest parts loaded after the first render', function () {
  this.timeout(20_000);

  it('marks a prompt at once while the discussion part is missing, says so, and saves the mark when it arrives', async () => {
    expect(discussionModule.value, 'the discussion chunk has not been loaded on this page').to.equal(undefined);
    const endpoint = new TestEndpoint();
    const manager = freshManager();
    const manifest = { ...digestManifest(), reporting: { endpoint: endpoint.url, flushIntervalMs: 0 } };
    const chunk = breakChunk(discussionModule);
    try {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkTeamDigest>(
          html`<pk-team-digest .manifest=${manifest} learner=${manager} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-team-digest>`,
        );
        await ready(created);
        await until(() => part(created, 'part-failed'), 'the failure on screen');
        return created;
      });
      expect(errors.map(({ detail }) => detail.code)).to.deep.equal(['element-load']);
      expect(parts(el, 'prompt')[0]!.contains(part(el, 'part-failed')), 'beside the first prompt').to.equal(true);

      // Marking does not wait: the event and the mark come at once, and the failure moves beside it.
      const prompt = parts(card(el, 'Priya Raman'), 'prompt')[0]!;
      const button = prompt.querySelector<HTMLElement>('[part~="discuss"]')!;
      button.focus();
      const fired = oneEvent(el, 'pk-prompt-discuss') as Promise<PkPromptDiscussEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.promptId).to.equal('priya:privacy:2026-04-14');
      await el.updateComplete;
      expect(text(button)).to.equal('Discussed');
      const failure = part(el, 'part-failed')!;
      expect(prompt.contains(failure), 'beside the prompt just marked').to.equal(true);
      expect(parts(el, 'part-failed')).to.have.length(1);
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(text(failure)).to.contain('This part could not be loaded.');
      expect(el.shadowRoot!.activeElement, 'focus stays on the button').to.equal(button);
      await expect(el).to.be.accessible();

      // The network is back, slowly: "Try again" asks for the part; the mark is sent once it is here.
      let arrive!: () => void;
      const arrival = new Promise<void>((resolve) => (arrive = resolve));
      discussionModule.load = () => arrival.then(() => chunk.real());
      part(el, 'retry')!.click();
      await el.updateComplete;
      expect(part(el, 'part-failed'), 'no failure while it tries again').to.equal(null);
      expect(await endpoint.received(), 'nothing sent without the part').to.deep.equal([]);
      arrive();
      await until(async () => (await endpoint.received()).length > 0, 'the mark to arrive at the endpoint');
      const [request] = await endpoint.received();
      const [event] = (request!.body as { events: Record<string, unknown>[] }).events;
      expect(event).to.deep.include({ type: 'prompt-discussed', learnerId: manager, courseId: 'privacy' });
      expect(errors, 'nothing more reported').to.have.length(1);

      const later = await digest({ learner: manager });
      await until(() => text(parts(card(later, 'Priya Raman'), 'discuss')[0]) === 'Discussed', 'the remembered mark');
    } finally {
      chunk.mend();
      await getDelivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }).dispose();
    }
  });

  it('says in place of the team that its reader could not be loaded; "Try again" loads it and reads src', async () => {
    expect(teamFromSrcModule.value, 'the reader chunk has not been loaded on this page').to.equal(undefined);
    const endpoint = new TestEndpoint();
    const { team, ...manifest } = digestManifest();
    team.name = 'Grid Operations';
    await endpoint.script({ body: team });
    const chunk = breakChunk(teamFromSrcModule);
    try {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkTeamDigest>(
          html`<pk-team-digest .manifest=${manifest} src=${`${endpoint.url}/team`} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-team-digest>`,
        );
        await until(() => part(created, 'part-failed'), 'the failure on screen');
        return created;
      });
      const failure = part(el, 'part-failed')!;
      expect(failure.getAttribute('role')).to.equal('alert');
      expect(text(failure)).to.contain('This part could not be loaded.');
      expect(stateBox(el, 'loading')).to.equal(null);
      expect(errors.map(({ detail }) => detail.code)).to.deep.equal(['element-load']);
      expect(await endpoint.received(), 'nothing fetched without the reader').to.deep.equal([]);
      await expect(el).to.be.accessible();

      chunk.mend();
      part(el, 'retry')!.click();
      await until(() => memberNames(el).length === 4, 'the team from src');
      expect(text(part(el, 'title'))).to.equal('What Grid Operations is learning, and why');
      expect(part(el, 'part-failed')).to.equal(null);
    } finally {
      chunk.mend();
    }
  });
});
