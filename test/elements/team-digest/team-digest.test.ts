import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { PkErrorEvent } from '../../../src/core/base/events/pk-error.js';
import { getDelivery } from '../../../src/core/delivery/get-delivery.js';
import { clearManifestCache } from '../../../src/core/manifest/load.js';
import type { PkPromptDiscussEvent } from '../../../src/elements/team-digest/events/pk-prompt-discuss.js';
import type { PkTeamDigest } from '../../../src/elements/team-digest/team-digest.js';
import { TestEndpoint } from '../../core/delivery/support.js';
import { shadowText } from '../../support/probe.js';
import { digestManifest } from './manifest.js';
import { card, digest, freshManager, memberNames, part, parts, promptsOf, quietly, ready, text, until } from './support.js';
import { stateBox } from '../../support/host-state.js';

describe('pk-team-digest', function () {
  // Real IndexedDB and a real endpoint in some tests.
  this.timeout(20_000);
  afterEach(() => clearManifestCache());

  describe('what the team is learning, and why', () => {
    it('shows each member’s pathway, pillar, current course and impact', async () => {
      const el = await digest();
      expect(text(part(el, 'title'))).to.equal('What Key Accounts North is learning, and why');
      expect(memberNames(el)).to.deep.equal(['Amal <b>Haddad</b>', 'Priya Raman', 'Tomás Herrera', 'Zoë Adler']);
      const priya = card(el, 'Priya Raman');
      expect(text(priya.querySelector('[part~="role"]'))).to.equal('Key Account Manager');
      expect(text(priya.querySelector('[part~="pathway"]'))).to.equal('Client Trust Essentials');
      expect(text(priya.querySelector('[part~="pillar"]'))).to.equal('Client Trust (strategic imperative 2)');
      expect(text(priya.querySelector('[part~="course"]'))).to.equal('Key Account Management');
      expect(text(priya.querySelector('[part~="impact"]'))).to.equal('Protects Key-Account Renewals Due in Q3');
      expect(text(card(el, 'Zoë Adler').querySelector('[part~="pillar"]'))).to.equal('Operational Efficiency');
      const tomas = card(el, 'Tomás Herrera');
      expect(text(tomas.querySelector('[part~="pathway"]'))).to.equal('Not on a pathway yet');
      expect(tomas.querySelector('[part~="pillar"]')).to.equal(null);
      expect(text(tomas.querySelector('[part~="no-completions"]'))).to.equal('No recent completions.');
      const heading = priya.querySelector('[part~="name"]')!;
      expect(heading.getAttribute('role')).to.equal('heading');
      expect(heading.getAttribute('aria-level')).to.equal('3');
      await expect(el).to.be.accessible();
    });

    it('lists the newest completions first, up to `recent`, with the member’s takeaway', async () => {
      const el = await digest();
      const priya = card(el, 'Priya Raman');
      expect([...priya.querySelectorAll<HTMLElement>('.completion-course')].map(text)).to.deep.equal(['Data Privacy Essentials', 'Grid Basics', 'Battery Storage']);
      expect(text(priya.querySelector('.completion-date'))).to.equal('Completed Apr 14, 2026');
      expect(parts(priya, 'takeaway').map(text)).to.deep.equal(['Collect only what the contract needs.']);
      el.recent = 1;
      await el.updateComplete;
      expect(parts(card(el, 'Priya Raman'), 'completion')).to.have.length(1);
      el.recent = 10;
      await el.updateComplete;
      expect(parts(card(el, 'Priya Raman'), 'completion')).to.have.length(4);
    });

    it('words a 1:1 prompt for each completion: the manifest’s template, else the built-in one', async () => {
      const el = await digest();
      expect(promptsOf(card(el, 'Priya Raman'))).to.deep.equal([
        'Ask Priya how Data Privacy Essentials changes how they handle client data — it advances Client Trust.',
        'Ask Priya which grid bottleneck Grid Basics helps clear (Speeds Up Grid Connections).',
        'Ask Priya how “Battery Storage” changes the way they work — it advances Operational Efficiency.',
      ]);
      expect(promptsOf(card(el, 'Zoë Adler'))).to.deep.equal([
        'Ask Zoë Adler how “Typing Skills” changes the way they work, and which of our goals it serves.',
      ]);
    });

    it('shows manifest text with markup as text', async () => {
      const el = await digest();
      expect(el.shadowRoot!.querySelector('b, img')).to.equal(null);
      expect(text(part(el, 'takeaway'))).to.equal('<img src=x onerror=alert(1)> queue first');
      expect(shadowText(el)).to.contain('Amal <b>Haddad</b>');
    });

    it('takes its heading level from heading-level, 2 to 6', async () => {
      const el = await digest({ 'heading-level': '4' });
      expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('4');
      el.headingLevel = 9;
      await el.updateComplete;
      expect(part(el, 'name')!.getAttribute('aria-level')).to.equal('3');
    });
  });

  describe('sorting', () => {
    it('sorts by pillar: the imperatives in rank order, then the others, members without one last', async () => {
      const el = await digest({ sort: 'pillar' });
      expect(memberNames(el)).to.deep.equal(['Amal <b>Haddad</b>', 'Priya Raman', 'Zoë Adler', 'Tomás Herrera']);
    });

    it('lets the manager switch the order, and announces it', async () => {
      const el = await digest();
      const [byMember, byPillar] = [...el.shadowRoot!.querySelectorAll<HTMLInputElement>('[part~="sort"] input')];
      expect(byMember!.checked).to.equal(true);
      byPillar!.click();
      await el.updateComplete;
      expect(el.sort).to.equal('pillar');
      expect(memberNames(el).at(-1)).to.equal('Tomás Herrera');
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Sorted by pillar.');
      await expect(el).to.be.accessible();
    });

    it('switches the order from the keyboard', async () => {
      const el = await digest();
      el.shadowRoot!.querySelector<HTMLInputElement>('[part~="sort"] input:checked')!.focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(el.sort).to.equal('pillar');
      await sendKeys({ press: 'ArrowLeft' });
      await el.updateComplete;
      expect(el.sort).to.equal('member');
      expect(text(el.shadowRoot!.querySelector('p[role="status"]'))).to.equal('Sorted by member.');
    });

    it('reports an unknown sort and sorts by member', async () => {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkTeamDigest>(
          html`<pk-team-digest .manifest=${digestManifest()} sort="age" @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-team-digest>`,
        );
        return ready(created);
      });
      expect(errors.map(({ detail }) => detail.message)).to.deep.equal(['sort="age" is not one of member, pillar; sorting by member']);
      expect(memberNames(el)[0]).to.equal('Amal <b>Haddad</b>');
    });

    it('reports a `recent` that is not a count and shows three completions', async () => {
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkTeamDigest>(
          html`<pk-team-digest .manifest=${digestManifest()} recent="many" @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-team-digest>`,
        );
        return ready(created);
      });
      expect(errors.map(({ detail }) => detail.message)).to.deep.equal(['recent="NaN" is not a whole number from 0; showing 3']);
      expect(parts(card(el, 'Priya Raman'), 'completion')).to.have.length(3);
    });
  });

  describe('marking a prompt as discussed', () => {
    it('fires pk-prompt-discuss, marks the prompt, and remembers it for the manager', async () => {
      const manager = freshManager();
      const el = await digest({ learner: manager });
      const button = parts(card(el, 'Priya Raman'), 'discuss')[0]!;
      expect(text(button)).to.equal('Mark as discussed');
      expect(button.getAttribute('aria-describedby')).to.equal(card(el, 'Priya Raman').querySelector('.prompt-text')!.id);
      const fired = oneEvent(el, 'pk-prompt-discuss') as Promise<PkPromptDiscussEvent>;
      button.click();
      const { detail } = await fired;
      expect(detail).to.deep.equal({
        member: 'priya',
        course: 'privacy',
        pillar: 'trust',
        promptId: 'priya:privacy:2026-04-14',
        prompt: 'Ask Priya how Data Privacy Essentials changes how they handle client data — it advances Client Trust.',
        learner: manager,
      });
      await el.updateComplete;
      expect(text(button)).to.equal('Discussed');
      expect(button.getAttribute('aria-disabled')).to.equal('true');
      expect(button.getAttribute('part')).to.equal('discuss discussed');
      expect(text(part(el, 'discussed-on'))).to.match(/^Discussed on \w{3} \d{1,2}, \d{4}$/);
      await expect(el).to.be.accessible();

      let again = 0;
      el.addEventListener('pk-prompt-discuss', () => again++);
      button.click();
      expect(again).to.equal(0);

      const later = await digest({ learner: manager });
      await until(() => text(parts(card(later, 'Priya Raman'), 'discuss')[0]) === 'Discussed', 'the remembered mark');
      const other = await digest();
      await new Promise((resolve) => setTimeout(resolve, 50));
      expect(text(parts(card(other, 'Priya Raman'), 'discuss')[0])).to.equal('Mark as discussed');

      el.learner = freshManager();
      await el.updateComplete;
      expect(text(button)).to.equal('Mark as discussed');
    });

    it('leaves the prompt open when the host cancels', async () => {
      const el = await digest();
      el.addEventListener('pk-prompt-discuss', (event) => event.preventDefault());
      const button = parts(card(el, 'Zoë Adler'), 'discuss')[0]!;
      button.click();
      await el.updateComplete;
      expect(text(button)).to.equal('Mark as discussed');
      expect(button.hasAttribute('aria-disabled')).to.equal(false);
    });

    it('is marked from the keyboard', async () => {
      const el = await digest();
      const button = parts(card(el, 'Amal <b>Haddad</b>'), 'discuss')[0]!;
      button.focus();
      const fired = oneEvent(el, 'pk-prompt-discuss') as Promise<PkPromptDiscussEvent>;
      await sendKeys({ press: 'Enter' });
      expect((await fired).detail.promptId).to.equal('amal:grid:2026-05-02');
      await el.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(button);
    });

    it('sends a prompt-discussed event to the endpoint', async () => {
      const endpoint = new TestEndpoint();
      const manager = freshManager();
      const manifest = { ...digestManifest(), reporting: { endpoint: endpoint.url, flushIntervalMs: 0 } };
      const el = await digest({ learner: manager }, manifest);
      try {
        parts(card(el, 'Priya Raman'), 'discuss')[0]!.click();
        await until(async () => (await endpoint.received()).length > 0, 'the event to arrive');
        const [request] = await endpoint.received();
        const [event] = (request!.body as { events: Record<string, unknown>[] }).events;
        expect(event).to.deep.include({
          type: 'prompt-discussed',
          learnerId: manager,
          courseId: 'privacy',
          pathwayId: 'privacy-path',
          pillarId: 'trust',
          data: {
            promptId: 'priya:privacy:2026-04-14',
            prompt: 'Ask Priya how Data Privacy Essentials changes how they handle client data — it advances Client Trust.',
          },
        });
        expect(event!.id).to.be.a('string');
      } finally {
        await getDelivery({ endpoint: endpoint.url, format: 'json', flushIntervalMs: 0 }).dispose();
      }
    });
  });

  describe('the team from a URL', () => {
    it('reads the team from src, checked against the manifest', async () => {
      const endpoint = new TestEndpoint();
      const { team, ...manifest } = digestManifest();
      team.name = 'Grid Operations';
      await endpoint.script({ body: team });
      const el = await digest({ src: `${endpoint.url}/team` }, manifest);
      expect(text(part(el, 'title'))).to.equal('What Grid Operations is learning, and why');
      expect(memberNames(el)).to.have.length(4);
      const [request] = await endpoint.received();
      expect(request!.method).to.equal('GET');
    });

    it('shows every problem of an invalid team, with its path', async () => {
      const endpoint = new TestEndpoint();
      const { team, ...manifest } = digestManifest();
      team.members[1].pathway = 'nowhere';
      await endpoint.script({ body: team });
      const errors: PkErrorEvent[] = [];
      const el = await quietly(async () => {
        const created = await fixture<PkTeamDigest>(
          html`<pk-team-digest .manifest=${manifest} src=${`${endpoint.url}/team`} @pk-error=${(event: PkErrorEvent) => errors.push(event)}></pk-team-digest>`,
        );
        return ready(created);
      });
      expect(errors.map(({ detail }) => detail.code)).to.deep.equal(['data-invalid']);
      expect(text(stateBox(el, 'error'))).to.contain('team.members[1].pathway: unknown pathway "nowhere"');
      await expect(el).to.be.accessible();
    });

    it('says when the team cannot be fetched', async () => {
      const endpoint = new TestEndpoint();
      await endpoint.script({ status: 500 });
      const el = await quietly(() => digest({ src: `${endpoint.url}/team` }, { ...digestManifest(), team: undefined }));
      expect(text(stateBox(el, 'error'))).to.contain('The data for this widget could not be loaded.');
      expect(text(stateBox(el, 'error'))).to.contain('answered HTTP 500');
    });
  });

  describe('states', () => {
    it('is empty without a team', async () => {
      const el = await digest({}, { ...digestManifest(), team: undefined });
      expect(shadowText(el)).to.equal('There is no team to show yet.');
      await expect(el).to.be.accessible();
    });

    it('shows the loading state until the manifest arrives', async () => {
      const el = await fixture<PkTeamDigest>(html`<pk-team-digest .manifest=${new Promise(() => {})}></pk-team-digest>`);
      expect(stateBox(el, 'loading')).to.exist;
      await expect(el).to.be.accessible();
    });

    it('shows the manifest’s team problems', async () => {
      const manifest = digestManifest();
      manifest.team.members[0].completions[0].course = 'gdpr';
      const el = await quietly(() => digest({}, manifest));
      expect(text(stateBox(el, 'error'))).to.contain('team.members[0].completions[0].course: unknown course "gdpr"');
    });
  });

  describe('theming and language', () => {
    it('has its parts and takes the prompt colours from tokens', async () => {
      const el = await digest();
      for (const name of ['digest', 'title', 'sort', 'members', 'member', 'name', 'learning', 'completions', 'completion', 'takeaway', 'prompt', 'discuss']) {
        expect(part(el, name), name).to.exist;
      }
      el.style.setProperty('--pk-team-digest-prompt-background', 'rgb(1, 2, 3)');
      el.style.setProperty('--pk-team-digest-prompt-accent', 'rgb(4, 5, 6)');
      const prompt = getComputedStyle(part(el, 'prompt')!);
      expect(prompt.backgroundColor).to.equal('rgb(1, 2, 3)');
      expect(prompt.borderInlineStartColor).to.equal('rgb(4, 5, 6)');
    });

    it('speaks German, with the manifest’s German template', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="de"><pk-team-digest .manifest=${digestManifest()}></pk-team-digest></div>`);
      const el = await ready(wrapper.querySelector('pk-team-digest')!);
      await until(() => text(part(el, 'title')).startsWith('Was'), 'German messages');
      expect(promptsOf(card(el, 'Priya Raman'))).to.deep.equal([
        'Fragen Sie Priya, wie Data Privacy Essentials den Umgang mit Kundendaten verändert.',
        'Ask Priya which grid bottleneck Grid Basics helps clear (Speeds Up Grid Connections).',
        'Fragen Sie Priya, wie „Battery Storage“ die tägliche Arbeit verändert – der Kurs stärkt Operational Efficiency.',
      ]);
    });

    it('reads right to left in Arabic', async () => {
      const wrapper = await fixture<HTMLDivElement>(html`<div lang="ar" dir="rtl"><pk-team-digest .manifest=${digestManifest()}></pk-team-digest></div>`);
      const el = await ready(wrapper.querySelector('pk-team-digest')!);
      await until(() => text(part(el, 'title')).startsWith('ما'), 'Arabic messages');
      expect(part(el, 'base')!.getAttribute('dir')).to.equal('rtl');
      const prompt = getComputedStyle(part(el, 'prompt')!);
      expect(prompt.borderRightWidth).to.equal('4px');
      expect(prompt.borderLeftWidth).to.equal('0px');
      await expect(el).to.be.accessible();
    });
  });
});
