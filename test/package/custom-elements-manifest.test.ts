import { expect } from '@open-wc/testing';
import type { Attribute, CustomElement, CustomElementDeclaration as ClassDeclaration, Package } from 'custom-elements-manifest/schema';

/** The schema types a defined element as a class declaration with the custom-element fields. */
type CustomElementDeclaration = ClassDeclaration & CustomElement;

/**
 * dist/custom-elements.json (written by `npm run build`) against the elements as the browser
 * defines them: every defined `pk-*` tag is described, with exactly the attributes it observes,
 * and with the shared tokens, parts and `pk-error` event it inherits.
 */
async function described(): Promise<[CustomElementDeclaration, string][]> {
  const response = await fetch('/dist/custom-elements.json');
  expect(response.ok, 'dist/custom-elements.json exists: run `npm run build` first').to.equal(true);
  const manifest = (await response.json()) as Package;
  return manifest.modules.flatMap((m) =>
    (m.declarations ?? [])
      .filter((d): d is CustomElementDeclaration => 'tagName' in d && !!d.tagName)
      .map((d): [CustomElementDeclaration, string] => [d, m.path]),
  );
}

/** The package's element folders, from its `./<name>/define` exports: `pk-<name>` each. */
async function exportedTags(): Promise<string[]> {
  const { exports } = (await (await fetch('/package.json')).json()) as { exports: Record<string, unknown> };
  return Object.keys(exports)
    .map((key) => /^\.\/([\w-]+)\/define$/.exec(key)?.[1])
    .filter((name): name is string => !!name)
    .map((name) => `pk-${name}`)
    .sort();
}

/** Defines the element the way an app does, through its folder's define module. */
async function defined(declaration: CustomElementDeclaration, path: string): Promise<CustomElementConstructor> {
  await import(/* @vite-ignore */ `/${path.replace(/^dist\//, 'src/').replace(/[^/]+\.js$/, 'define.ts')}`);
  return customElements.get(declaration.tagName!)!;
}

describe('custom-elements.json', () => {
  it('describes every element the package exports', async () => {
    const tags = (await described()).map(([d]) => d.tagName).sort();
    expect(tags).to.deep.equal(await exportedTags());
  });

  it('points every module and reference at a file the package ships', async () => {
    const manifest = (await (await fetch('/dist/custom-elements.json')).json()) as Package;
    const text = JSON.stringify(manifest);
    const paths = [...text.matchAll(/"(?:path|module)":"([^"]+)"/g)].map((match) => match[1]);
    expect(paths.length).to.be.above(manifest.modules.length);
    for (const path of new Set(paths)) {
      expect(path, 'a built file under dist/, not a source file').to.match(/^dist\/.+\.js$/);
      expect((await fetch(`/${path}`, { method: 'HEAD' })).ok, `${path} exists`).to.equal(true);
    }
  });

  it("lists exactly each element's observed attributes", async () => {
    for (const [declaration, path] of await described()) {
      const constructor = (await defined(declaration, path)) as unknown as { observedAttributes: string[] };
      const names = (declaration.attributes ?? []).map((a: Attribute) => a.name).sort();
      expect(names, declaration.tagName).to.deep.equal([...constructor.observedAttributes].sort());
    }
  });

  it('gives every rendering element the shared tokens, parts, states and pk-error, with descriptions', async () => {
    for (const [declaration] of (await described()).filter(([d]) => d.tagName !== 'pk-config')) {
      const tokens = (declaration.cssProperties ?? []).map((p) => p.name);
      expect(tokens, declaration.tagName).to.include.members(['--pk-color-accent', '--pk-color-text', '--pk-font-family', '--pk-radius']);
      expect((declaration.cssParts ?? []).map((p) => p.name), declaration.tagName).to.include.members(['base', 'state']);
      // `cssStates` came after schema 1.0.0 (the analyzer writes it from `@cssstate`).
      const { cssStates = [] } = declaration as { cssStates?: { name: string; description?: string }[] };
      expect(cssStates.map((state) => state.name), declaration.tagName).to.include.members(['loading', 'ready', 'error', 'empty']);
      const error = (declaration.events ?? []).find((e) => e.name === 'pk-error');
      expect(error?.type?.text, declaration.tagName).to.equal('CustomEvent<PkErrorDetail>');
      for (const item of [...(declaration.cssProperties ?? []), ...(declaration.cssParts ?? []), ...cssStates, ...(declaration.events ?? [])]) {
        expect(item.description, `${declaration.tagName} ${item.name}`).to.be.a('string').and.not.equal('');
      }
    }
  });

  it('gives every element a summary, the version it came in, a default for each of its own custom properties, and the pk elements it draws', async () => {
    const elements = await described();
    const tags = elements.map(([d]) => d.tagName);
    for (const [declaration] of elements) {
      const { since, dependencies = [] } = declaration as { since?: string; dependencies?: string[] };
      expect(declaration.summary, declaration.tagName).to.be.a('string').and.not.equal('');
      expect(since, declaration.tagName).to.match(/^\d+\.\d+\.\d+$/);
      expect(tags, `${declaration.tagName} @dependency`).to.include.members(dependencies);
      for (const property of (declaration.cssProperties ?? []).filter((p) => p.name.startsWith(`--${declaration.tagName}-`))) {
        expect(property.default, `${declaration.tagName} ${property.name}`).to.be.a('string').and.not.equal('');
      }
    }
    const banner = elements.find(([d]) => d.tagName === 'pk-why-banner')![0] as { dependencies?: string[] };
    expect(banner.dependencies).to.deep.equal(['pk-impact-badge']);
  });
});
