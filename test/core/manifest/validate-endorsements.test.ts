import { expect } from '@open-wc/testing';
import { validateEndorsements } from '../../../src/core/manifest/validate-endorsements.js';

const endorsement = {
  id: 'c1',
  expert: { name: 'Lena Park', role: 'Grid Planner' },
  course: 'grid-101',
  pillar: 'energy',
  problem: 'Cut connection queues by a third.',
  date: '2026-06-01',
};

describe('validateEndorsements', () => {
  it("accepts the collector's endorsements, as JSON text or a value", () => {
    for (const input of [{ endorsements: [endorsement] }, JSON.stringify({ endorsements: [endorsement] })]) {
      const result = validateEndorsements(input);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.deep.equal({ endorsements: [endorsement] });
    }
  });

  it("checks each exactly as the manifest's, with its path", () => {
    const result = validateEndorsements({ endorsements: [endorsement, { ...endorsement, id: 'c 2', date: '2026-02-30', expert: {} }] });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    expect(result.errors).to.deep.equal([
      { path: 'endorsements[1].id', code: 'invalid-id', message: 'not a valid id (letters, digits, . _ : - ; at most 100 characters)' },
      { path: 'endorsements[1].expert.name', code: 'required', message: 'required' },
      { path: 'endorsements[1].date', code: 'invalid-date', message: 'expected a date as YYYY-MM-DD, got "2026-02-30"' },
    ]);
  });

  it('refuses a document that is not the list', () => {
    const result = validateEndorsements('<!doctype html><title>Sign in</title>');
    expect(result.ok).to.equal(false);
    if (!result.ok) expect(result.errors).to.deep.equal([{ path: '', code: 'invalid-json', message: 'expected JSON but got HTML' }]);
  });
});
