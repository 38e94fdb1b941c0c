import { expect } from '@open-wc/testing';
import { uuid } from '../../src/core/id.js';

describe('uuid', () => {
  it('makes RFC 4122 version 4 ids', () => {
    const id = uuid();
    expect(id).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it('never repeats itself in 10,000 draws', () => {
    const ids = new Set(Array.from({ length: 10_000 }, uuid));
    expect(ids.size).to.equal(10_000);
  });

  it('falls back to getRandomValues outside secure contexts', () => {
    const original = Object.getOwnPropertyDescriptor(globalThis, 'isSecureContext')!;
    Object.defineProperty(globalThis, 'isSecureContext', { value: false, configurable: true });
    try {
      expect(uuid()).to.match(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    } finally {
      Object.defineProperty(globalThis, 'isSecureContext', original);
    }
  });
});
