import { expect } from '@open-wc/testing';
import { dividendData } from '../../../src/core/metrics/from-manifest.js';
import { validateMetrics } from '../../../src/core/metrics/validate.js';

const valid = {
  periods: ['Q1', 'Q2'],
  series: { retention: { aligned: [0.9, null], baseline: [0.85, 0.86] } },
  cost: { currency: 'EUR', averageSalary: 68500, replacementFactor: 0.5, alignedHeadcount: 1240 },
};

describe('validateMetrics', () => {
  it('accepts a metrics document, as text or as a value', () => {
    for (const input of [valid, JSON.stringify(valid)]) {
      const result = validateMetrics(input);
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.data).to.deep.equal(valid);
    }
  });

  it('reports every problem with its path, as the manifest validator words it', () => {
    const result = validateMetrics({
      periods: ['Q1', 'Q2'],
      series: { retention: { aligned: [0.9], baseline: [0.85, 'high'] }, mobility: [] },
      cost: { currency: 'euro', averageSalary: -1, replacementFactor: 0.5, alignedHeadcount: 1240 },
    });
    expect(result.ok).to.equal(false);
    if (result.ok) return;
    const lines = result.errors.map((issue) => `${issue.path}: ${issue.message}`);
    expect(lines).to.include('metrics.series.retention.baseline[1]: expected a number or null, got a string');
    expect(lines).to.include('metrics.series.retention.aligned: expected 2 values (one per period), got 1');
    expect(lines).to.include('metrics.series.mobility: expected an object, got an array');
    expect(lines).to.include('metrics.cost.currency: expected a 3-letter currency code (ISO 4217), got "euro"');
    expect(lines).to.include('metrics.cost.averageSalary: expected at least 0, got -1');
  });

  it('refuses what is not a metrics document', () => {
    for (const input of ['<!doctype html><p>Sign in</p>', '{"periods": [', [], null]) {
      expect(validateMetrics(input).ok, JSON.stringify(input)).to.equal(false);
    }
  });

  it('warns about unknown keys and drops them', () => {
    const result = validateMetrics({ ...valid, owner: 'HR analytics' });
    expect(result.ok).to.equal(true);
    expect(result.warnings.map((issue) => issue.path)).to.deep.equal(['metrics.owner']);
    if (result.ok) expect(result.data).to.not.have.property('owner');
  });
});

describe('dividendData', () => {
  it('numbers the periods when the metrics do not name them', () => {
    const data = dividendData({ series: { latency: { aligned: [30, 28, 26], baseline: [50, 49] } } });
    expect(data.periods).to.deep.equal(['1', '2', '3']);
  });

  it('has no periods without series', () => {
    expect(dividendData({})).to.deep.equal({ periods: [], series: {} });
  });
});
