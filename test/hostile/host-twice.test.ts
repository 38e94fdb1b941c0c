/**
 * A page that loads the library twice, as two independent copies (an npm build and the CDN file,
 * each with its own Lit): the repository is served a second time under /__copy/ by
 * test/support/library-copy.mjs, so every module of the second copy is a module of its own.
 *
 * What happens, and what the README promises:
 * - the copy that loads first defines every element; the second throws nothing and, being the same
 *   version, warns nothing (another version would warn once per tag);
 * - `<pk-config>` configures the elements whichever copy the page script imported;
 * - `configure()` belongs to its copy: the one from the copy that defined the elements works,
 *   the other copy's reaches no element;
 * - both copies' outboxes for one endpoint are one IndexedDB store behind one Web Lock: every event
 *   is delivered exactly once.
 */
import { expect } from '@open-wc/testing';
import { PkElement } from '../../src/core/base/pk-element.js';
import { configure, resetConfig } from '../../src/core/config/config.js';
import type { Delivery } from '../../src/core/delivery/delivery.js';
import { getDelivery } from '../../src/core/delivery/get-delivery.js';
import { rating, TestEndpoint, until } from '../core/delivery/support.js';
import { fixtureUrl } from '../fixtures/hostile/generate.js';
import { loadLibrary } from '../support/defined-elements.js';
import { PageWatch } from '../support/page-watch.js';
import { showElement } from '../support/show-element.js';

type ConfigModule = typeof import('../../src/core/config/config.js');
type DeliveryModule = typeof import('../../src/core/delivery/get-delivery.js');
type ElementModule = typeof import('../../src/core/base/pk-element.js');

async function copyOf<T>(path: string): Promise<T> {
  try {
    return (await import(/* @vite-ignore */ `/__copy/${path}`)) as T;
  } catch (error) {
    throw new Error(`/__copy/${path} is not served: add libraryCopy() from test/support/library-copy.mjs to the middleware of web-test-runner.config.mjs (${String(error)})`);
  }
}

const watch = new PageWatch();
const tags = await loadLibrary();
const warnings: string[] = [];
const warn = console.warn;
console.warn = (...args: unknown[]) => warnings.push(args.map(String).join(' '));
try {
  await copyOf('src/define.ts');
} finally {
  console.warn = warn;
}
const second = {
  config: await copyOf<ConfigModule>('src/core/config/config.ts'),
  delivery: await copyOf<DeliveryModule>('src/core/delivery/get-delivery.ts'),
  element: await copyOf<ElementModule>('src/core/base/pk-element.ts'),
};

describe('A page that loads the library twice', () => {
  after(() => watch.stop());

  afterEach(() => {
    resetConfig();
    second.config.resetConfig();
  });

  it('is a second copy indeed: its classes are not the first copy’s', () => {
    expect(second.element.PkElement).not.to.equal(PkElement);
  });

  it('the second copy throws nothing and, being the same version, warns nothing', () => {
    expect(warnings.filter((warning) => warning.startsWith('[purpose-kit]'))).to.deep.equal([]);
    expect(watch.problems()).to.deep.equal([]);
  });

  it('every element stays the first copy’s', () => {
    for (const tag of tags) {
      const defined = customElements.get(tag)!;
      expect(defined.prototype, tag).to.be.an.instanceof(PkElement);
      expect(defined.prototype instanceof second.element.PkElement, tag).to.equal(false);
    }
  });

  it('<pk-config> configures every element', async () => {
    const config = document.createElement('pk-config');
    config.setAttribute('manifest', fixtureUrl('base.json'));
    document.body.append(config);
    try {
      for (const tag of tags) {
        const shown = await showElement(tag);
        try {
          expect(shown.errorState(), tag).to.equal(null);
        } finally {
          shown.remove();
        }
      }
    } finally {
      config.remove();
    }
  });

  it('configure() of the copy that defined the elements reaches them; the other copy’s does not', async () => {
    const [tag] = tags;
    second.config.configure({ manifest: fixtureUrl('base.json') });
    const unconfigured = await quietly(() => showElement(tag!));
    try {
      expect(unconfigured.errors.map((error) => error.code)).to.deep.equal(['manifest-missing']);
    } finally {
      unconfigured.remove();
    }
    configure({ manifest: fixtureUrl('base.json') });
    const configured = await showElement(tag!);
    try {
      expect(configured.errorState()).to.equal(null);
    } finally {
      configured.remove();
    }
  });

  it('both copies’ outboxes for one endpoint deliver every event exactly once', async () => {
    const endpoint = new TestEndpoint();
    const options = { endpoint: endpoint.url, format: 'json' as const, batchSize: 5, flushIntervalMs: 0 };
    const deliveries: Delivery[] = [getDelivery(options), second.delivery.getDelivery(options) as unknown as Delivery];
    try {
      const queued = await Promise.all(
        deliveries.map(async (delivery, copy) => {
          const ids: string[] = [];
          for (let n = 0; n < 20; n++) ids.push((await delivery.enqueue(rating(copy * 100 + n))).id);
          return ids;
        }),
      );
      const all = queued.flat();
      await until(async () => (await endpoint.deliveredIds()).length >= all.length, 'every event');
      const sent = (await endpoint.received()).flatMap((request) => request.ids);
      expect(sent).to.have.length(all.length);
      expect(new Set(sent)).to.deep.equal(new Set(all));
    } finally {
      await Promise.all(deliveries.map((delivery) => delivery.dispose()));
    }
  });
});

async function quietly<T>(run: () => Promise<T>): Promise<T> {
  const error = console.error;
  console.error = () => {};
  try {
    return await run();
  } finally {
    console.error = error;
  }
}
