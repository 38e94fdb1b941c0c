/**
 * A catalogue page with many badges stays light: no positioning code is requested and no listener
 * exists outside the badges until a tooltip opens, and closing or removing it takes them away.
 * This file must be the only one in its page to load the element, so it imports nothing that
 * imports floating-ui.
 */
import { expect, fixtureSync, html } from '@open-wc/testing';
import { repeat } from 'lit/directives/repeat.js';
import '../../../src/elements/impact-badge/define.js';
import type { PkImpactBadge } from '../../../src/elements/impact-badge/impact-badge.js';
import { settled } from '../../support/probe.js';
import { manifest } from './manifest.js';
import { badges, placedTooltip } from './support.js';

interface Entry {
  target: EventTarget;
  type: string;
  listener: unknown;
}

/** Records which listeners are attached from now on, and which of them are still attached. */
function trackListeners() {
  const proto = EventTarget.prototype;
  const { addEventListener: add, removeEventListener: remove } = proto;
  const active = new Set<Entry>();
  proto.addEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | AddEventListenerOptions) {
    const entry = { target: this, type, listener };
    active.add(entry);
    if (typeof options === 'object' && options.signal) add.call(options.signal, 'abort', () => active.delete(entry));
    return add.call(this, type, listener as EventListener, options);
  } as typeof add;
  proto.removeEventListener = function (this: EventTarget, type: string, listener: unknown, options?: boolean | EventListenerOptions) {
    for (const entry of active) if (entry.target === this && entry.type === type && entry.listener === listener) active.delete(entry);
    return remove.call(this, type, listener as EventListener, options);
  } as typeof remove;
  return {
    /** Listener types still attached to `target`, sorted. */
    on: (target: EventTarget) => [...active].filter((entry) => entry.target === target).map((entry) => entry.type).sort(),
    /**
     * Still-attached listeners outside the given elements' shadow roots; nodes that left the
     * document (a closed tooltip) are skipped, their listeners go with them.
     */
    outside: (hosts: readonly Element[]) =>
      [...active].filter(
        ({ target }) => !(target instanceof Node && (!target.isConnected || hosts.some((host) => host.shadowRoot!.contains(target)))),
      ),
    restore() {
      proto.addEventListener = add;
      proto.removeEventListener = remove;
    },
  };
}

function floatingUiRequests(): string[] {
  return performance
    .getEntriesByType('resource')
    .map((entry) => entry.name)
    .filter((name) => name.includes('floating-ui') || name.includes('impact-badge/position'));
}

describe('pk-impact-badge on a large catalogue', () => {
  it('does no positioning work and adds no outside listeners until a tooltip opens', async () => {
    const listeners = trackListeners();
    try {
      const ids = Array.from({ length: 300 }, (_, i) => ['meters', 'renewals', 'automation'][i % 3]!);
      const page = fixtureSync<HTMLDivElement>(html`<div>
        ${repeat(ids, (id) => html`<pk-impact-badge .manifest=${manifest} tag=${id}></pk-impact-badge>`)}
      </div>`);
      const all = [...page.querySelectorAll('pk-impact-badge')] as PkImpactBadge[];
      for (const el of all) await settled(el);
      await new Promise((resolve) => setTimeout(resolve, 100));

      expect(floatingUiRequests()).to.deep.equal([]);
      expect(listeners.outside(all)).to.deep.equal([]);

      const el = all[150]!;
      badges(el)[0]!.click();
      await placedTooltip(el);
      expect(floatingUiRequests()).to.have.length.greaterThan(0);
      expect(listeners.on(document)).to.deep.equal(['keydown', 'pointerdown']);
      expect(listeners.on(window)).to.include('scroll');

      badges(el)[0]!.click();
      await el.updateComplete;
      expect(listeners.outside(all)).to.deep.equal([]);

      badges(el)[0]!.click();
      await placedTooltip(el);
      expect(listeners.outside(all)).to.not.deep.equal([]);
      el.remove();
      expect(listeners.outside(all)).to.deep.equal([]);
    } finally {
      listeners.restore();
    }
  });
});
