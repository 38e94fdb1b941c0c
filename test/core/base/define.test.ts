import { expect } from '@open-wc/testing';
import { defineElement } from '../../../src/core/base/define.js';
import { VERSION } from '../../../src/version.js';

function captureWarnings(run: () => void): unknown[][] {
  const warnings: unknown[][] = [];
  const original = console.warn;
  console.warn = (...args: unknown[]) => warnings.push(args);
  try {
    run();
  } finally {
    console.warn = original;
  }
  return warnings;
}

describe('defineElement', () => {
  it('defines a new tag', () => {
    class A extends HTMLElement {
      static pkVersion = VERSION;
    }
    defineElement('pk-define-a', A);
    expect(customElements.get('pk-define-a')).to.equal(A);
  });

  it('is silent when the same version is defined again by another copy of the library', () => {
    class First extends HTMLElement {
      static pkVersion = VERSION;
    }
    class Second extends HTMLElement {
      static pkVersion = VERSION;
    }
    const warnings = captureWarnings(() => {
      defineElement('pk-define-b', First);
      defineElement('pk-define-b', Second);
      defineElement('pk-define-b', First);
    });
    expect(warnings).to.have.length(0);
    expect(customElements.get('pk-define-b')).to.equal(First);
  });

  it('warns once, and throws nothing, when another version or another script owns the tag', () => {
    class Old extends HTMLElement {
      static pkVersion = '0.0.1';
    }
    class Current extends HTMLElement {
      static pkVersion = VERSION;
    }
    customElements.define('pk-define-c', Old);
    const warnings = captureWarnings(() => defineElement('pk-define-c', Current));
    expect(warnings).to.have.length(1);
    expect(String(warnings[0]![0])).to.contain('<pk-define-c> is already defined by purpose-kit 0.0.1');

    customElements.define('pk-define-d', class extends HTMLElement {});
    const foreign = captureWarnings(() => defineElement('pk-define-d', Current));
    expect(String(foreign[0]![0])).to.contain('already defined by another script');
  });

  it('loading the define entry twice, as two module instances, throws nothing and warns nothing', async () => {
    const errors: ErrorEvent[] = [];
    const onError = (event: ErrorEvent) => errors.push(event);
    window.addEventListener('error', onError);
    try {
      const warnings: unknown[][] = [];
      const original = console.warn;
      console.warn = (...args: unknown[]) => warnings.push(args);
      try {
        await import('../../../src/define.js');
        // A query string makes the dev server hand out a second, independent module instance.
        await import(/* @vite-ignore */ `${new URL('../../../src/define.ts', import.meta.url).pathname}?copy=2`);
      } finally {
        console.warn = original;
      }
      expect(warnings.filter((args) => String(args[0]).includes('already defined'))).to.have.length(0);
      expect(errors).to.have.length(0);
      expect(customElements.get('pk-config')).to.exist;
    } finally {
      window.removeEventListener('error', onError);
    }
  });

  it('VERSION matches package.json', async () => {
    const pkg = (await (await fetch('/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(pkg.version);
  });
});
