/**
 * Each element's `define` module, alone on a page, defines every `pk-*` tag the element renders:
 * a page that imports only `purpose-kit/why-banner/define` gets working badges in its banners
 * (loaded when the first banner shows one).
 * (lit-analyzer's `no-missing-import` rule is off, because element classes define nothing by
 * design; this is the check that replaces it.) Each element loads in a frame of its own, since a
 * page has one registry of custom elements.
 */
import { expect, waitUntil } from '@open-wc/testing';

const MANIFEST = '/demo/manifest.json';
/** The attributes each element needs to show its content with the demo manifest. */
const ATTRIBUTES: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'impact-badge': { course: 'data-privacy-essentials' },
  'why-banner': { course: 'data-privacy-essentials' },
  'relevance-rater': { course: 'data-privacy-essentials' },
  'team-digest': { learner: 'jonas.weber' },
};

/** The element folders, from the package's `./<name>/define` exports. */
async function elementNames(): Promise<string[]> {
  const { exports } = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
  return Object.keys(exports)
    .map((key) => /^\.\/([\w-]+)\/define$/.exec(key)?.[1])
    .filter((name): name is string => !!name && name !== 'config');
}

/** A frame whose page has imported only `src/elements/<name>/define.ts`. */
async function frameWith(name: string): Promise<HTMLIFrameElement> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><html lang="en"><body><script type="module">
    import '/src/elements/${name}/define.ts';
    window.parent.postMessage('${name} loaded', '*');
  </script></body></html>`;
  const loaded = new Promise<void>((resolve) => {
    const listen = (event: MessageEvent) => {
      if (event.data !== `${name} loaded`) return;
      window.removeEventListener('message', listen);
      resolve();
    };
    window.addEventListener('message', listen);
  });
  document.body.append(frame);
  await loaded;
  return frame;
}

/** Every `pk-*` tag in `root`, through the shadow roots of what it holds. */
function tagsIn(root: ParentNode, found = new Set<string>()): Set<string> {
  for (const element of root.querySelectorAll('*')) {
    if (element.localName.startsWith('pk-')) found.add(element.localName);
    if (element.shadowRoot) tagsIn(element.shadowRoot, found);
  }
  return found;
}

describe('each element define module', () => {
  it('defines the element and every pk-* element it renders, on a page of its own', async () => {
    const names = await elementNames();
    expect(names.length, 'element define entries in package.json').to.be.greaterThan(6);
    for (const name of names) {
      const frame = await frameWith(name);
      try {
        const page = frame.contentDocument!;
        const registry = frame.contentWindow!.customElements;
        const element = page.createElement(`pk-${name}`);
        element.setAttribute('manifest', MANIFEST);
        for (const [attribute, value] of Object.entries(ATTRIBUTES[name] ?? {})) element.setAttribute(attribute, value);
        page.body.append(element);
        await waitUntil(
          () => element.shadowRoot && !element.matches(':state(loading)') && element.shadowRoot.querySelector('[part~="base"] > *'),
          `<pk-${name}> renders its content`,
          { timeout: 10000 },
        );
        const rendered = tagsIn(page);
        expect(rendered.has(`pk-${name}`)).to.equal(true);
        // An element may load what it renders on first use (the why-banner's badge): give it time.
        await waitUntil(() => [...rendered].every((tag) => registry.get(tag)), `every pk-* tag in <pk-${name}> defined`, { timeout: 5000 }).catch(
          () => undefined,
        );
        for (const tag of rendered) expect(registry.get(tag), `<${tag}> in <pk-${name}>`).to.exist;
      } finally {
        frame.remove();
      }
    }
  }).timeout(90_000); // nine frames, each loading its element from source
});
