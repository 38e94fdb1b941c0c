import { expect } from '@open-wc/testing';
import { errorsOf, manifestFixture, type Doc } from './fixtures.js';

interface Rule {
  title: string;
  change(doc: Doc): void;
  path: string;
  code: string;
  message: string;
}

const times = <T>(count: number, item: T): T[] => Array.from({ length: count }, () => item);

const rules: Rule[] = [
  // missing fields
  { title: 'a missing version', change: (d) => delete d.version, path: 'version', code: 'required', message: 'required' },
  { title: 'a missing organization name', change: (d) => delete d.organization.name, path: 'organization.name', code: 'required', message: 'required' },
  { title: 'a missing list of objectives', change: (d) => delete d.courses[3].objectives, path: 'courses[3].objectives', code: 'required', message: 'required' },
  { title: 'a missing endorsement date', change: (d) => delete d.endorsements[1].date, path: 'endorsements[1].date', code: 'required', message: 'required' },

  // wrong types, named the way authors think of JSON
  { title: 'a number for a string', change: (d) => (d.pillars[0].title = 5), path: 'pillars[0].title', code: 'wrong-type', message: 'expected a string, got a number' },
  { title: 'null for a string', change: (d) => (d.pillars[0].title = null), path: 'pillars[0].title', code: 'wrong-type', message: 'expected a string, got null' },
  { title: 'a list for a string', change: (d) => (d.pillars[0].title = ['x']), path: 'pillars[0].title', code: 'wrong-type', message: 'expected a string, got an array' },
  { title: 'an object for a string', change: (d) => (d.pillars[0].title = {}), path: 'pillars[0].title', code: 'wrong-type', message: 'expected a string, got an object' },
  { title: 'a boolean for a string', change: (d) => (d.pillars[0].title = true), path: 'pillars[0].title', code: 'wrong-type', message: 'expected a string, got a boolean' },
  { title: 'a list for an object', change: (d) => (d.organization = []), path: 'organization', code: 'wrong-type', message: 'expected an object, got an array' },
  { title: 'an object for a list', change: (d) => (d.endorsements = {}), path: 'endorsements', code: 'wrong-type', message: 'expected an array, got an object' },
  { title: 'a string for a boolean', change: (d) => (d.pathways[0].hero = 'yes'), path: 'pathways[0].hero', code: 'wrong-type', message: 'expected a boolean, got a string' },
  { title: 'a string for a number', change: (d) => (d.courses[0].durationMinutes = '90'), path: 'courses[0].durationMinutes', code: 'wrong-type', message: 'expected a number, got a string' },
  { title: 'a string in a cohort series', change: (d) => (d.metrics.series.retention.aligned[3] = 'n/a'), path: 'metrics.series.retention.aligned[3]', code: 'wrong-type', message: 'expected a number or null, got a string' },

  // version
  { title: 'an unsupported version', change: (d) => (d.version = 2), path: 'version', code: 'unsupported-version', message: 'unsupported manifest version 2 (this library reads version 1)' },
  { title: 'a version given as text', change: (d) => (d.version = '1'), path: 'version', code: 'wrong-type', message: 'expected a number, got a string' },

  // fixed choices
  { title: 'an unknown reporting format', change: (d) => (d.reporting.format = 'csv'), path: 'reporting.format', code: 'not-allowed', message: 'expected one of "json", "xapi", got "csv"' },
  { title: 'an imperative rank out of 1..3', change: (d) => (d.pillars[2].imperative = 4), path: 'pillars[2].imperative', code: 'not-allowed', message: 'expected one of 1, 2, 3, got 4' },

  // text lengths
  { title: 'a name longer than 200', change: (d) => (d.organization.name = 'x'.repeat(251)), path: 'organization.name', code: 'too-long', message: 'longer than 200 characters (251)' },
  { title: 'a course title longer than 300', change: (d) => (d.courses[1].title = 'x'.repeat(301)), path: 'courses[1].title', code: 'too-long', message: 'longer than 300 characters (301)' },
  { title: 'an objective longer than 500', change: (d) => (d.courses[0].objectives[1] = 'x'.repeat(501)), path: 'courses[0].objectives[1]', code: 'too-long', message: 'longer than 500 characters (501)' },
  { title: 'a target period longer than 50', change: (d) => (d.impactTags[1].targetPeriod = 'x'.repeat(51)), path: 'impactTags[1].targetPeriod', code: 'too-long', message: 'longer than 50 characters (51)' },
  { title: 'a URL longer than 2048', change: (d) => (d.courses[0].url = `https://lms.example.com/${'a'.repeat(2048)}`), path: 'courses[0].url', code: 'too-long', message: 'longer than 2048 characters (2072)' },
  { title: 'empty text', change: (d) => (d.pillars[0].description = ''), path: 'pillars[0].description', code: 'empty', message: 'must not be empty' },

  // list lengths
  { title: 'a pathway of more than 500 courses', change: (d) => (d.pathways[0].courses = times(612, 'grid-101')), path: 'pathways[0].courses', code: 'too-many', message: 'more than 500 items (612)' },
  { title: 'more than 50 objectives', change: (d) => (d.courses[0].objectives = times(51, 'Do it')), path: 'courses[0].objectives', code: 'too-many', message: 'more than 50 items (51)' },
  { title: 'a pathway without courses', change: (d) => (d.pathways[4].courses = []), path: 'pathways[4].courses', code: 'too-few', message: 'at least 1 item required' },

  // numbers
  { title: 'a rating above 5', change: (d) => (d.courses[0].ratings.relevance = 7), path: 'courses[0].ratings.relevance', code: 'out-of-range', message: 'expected at most 5, got 7' },
  { title: 'a rating below 1', change: (d) => (d.courses[0].ratings.clarity = 0.5), path: 'courses[0].ratings.clarity', code: 'out-of-range', message: 'expected at least 1, got 0.5' },
  { title: 'a negative count', change: (d) => (d.courses[0].usage.completions = -1), path: 'courses[0].usage.completions', code: 'out-of-range', message: 'expected at least 0, got -1' },
  { title: 'a replacement factor above 5', change: (d) => (d.metrics.cost.replacementFactor = 6), path: 'metrics.cost.replacementFactor', code: 'out-of-range', message: 'expected at most 5, got 6' },
  { title: 'a batch size of 0', change: (d) => (d.reporting.batchSize = 0), path: 'reporting.batchSize', code: 'out-of-range', message: 'expected at least 1, got 0' },
  { title: 'a fractional duration', change: (d) => (d.courses[0].durationMinutes = 2.5), path: 'courses[0].durationMinutes', code: 'not-integer', message: 'expected an integer, got 2.5' },
  { title: 'a fractional headcount', change: (d) => (d.metrics.cost.alignedHeadcount = 420.5), path: 'metrics.cost.alignedHeadcount', code: 'not-integer', message: 'expected an integer, got 420.5' },

  // formats
  { title: 'an id with a space', change: (d) => (d.courses[8].id = 'has space'), path: 'courses[8].id', code: 'invalid-id', message: 'not a valid id (letters, digits, . _ : - ; at most 100 characters)' },
  { title: 'an id starting with a dash', change: (d) => (d.courses[8].id = '-orphan'), path: 'courses[8].id', code: 'invalid-id', message: 'not a valid id (letters, digits, . _ : - ; at most 100 characters)' },
  { title: 'an id of 101 characters', change: (d) => (d.courses[8].id = 'a'.repeat(101)), path: 'courses[8].id', code: 'invalid-id', message: 'not a valid id (letters, digits, . _ : - ; at most 100 characters)' },
  { title: 'a date that does not exist', change: (d) => (d.impactTags[0].due = '2026-13-40'), path: 'impactTags[0].due', code: 'invalid-date', message: 'expected a date as YYYY-MM-DD, got "2026-13-40"' },
  { title: '29 February of a common year', change: (d) => (d.impactTags[0].due = '2027-02-29'), path: 'impactTags[0].due', code: 'invalid-date', message: 'expected a date as YYYY-MM-DD, got "2027-02-29"' },
  { title: 'a date in another format', change: (d) => (d.endorsements[0].date = '14/05/2026'), path: 'endorsements[0].date', code: 'invalid-date', message: 'expected a date as YYYY-MM-DD, got "14/05/2026"' },
  { title: 'a lowercase currency', change: (d) => (d.metrics.cost.currency = 'eur'), path: 'metrics.cost.currency', code: 'invalid-currency', message: 'expected a 3-letter currency code (ISO 4217), got "eur"' },
];

describe('validateManifest: fields', () => {
  it('accepts the rich fixture as it is', async () => {
    expect(errorsOf(await manifestFixture('rich.json'))).to.deep.equal([]);
  });

  for (const rule of rules) {
    it(`reports ${rule.title}`, async () => {
      const doc = await manifestFixture('rich.json');
      rule.change(doc);
      expect(errorsOf(doc)).to.deep.equal([{ path: rule.path, code: rule.code, message: rule.message }]);
    });
  }

  it('reports a pillar list that is empty', async () => {
    const doc = await manifestFixture('minimal.json');
    doc.pillars = [];
    doc.pathways = [];
    expect(errorsOf(doc)).to.deep.equal([{ path: 'pillars', code: 'too-few', message: 'at least 1 item required' }]);
  });

  it('accepts 29 February of a leap year, and text kept exactly as written', async () => {
    const doc = await manifestFixture('rich.json');
    doc.impactTags[0].due = '2028-02-29';
    doc.pillars[0].title = '  Client Trust  ';
    expect(errorsOf(doc)).to.deep.equal([]);
  });

  it('quotes a long value only in part', async () => {
    const doc = await manifestFixture('rich.json');
    doc.impactTags[0].due = 'x'.repeat(5000);
    const [issue] = errorsOf(doc);
    expect(issue!.message).to.equal(`expected a date as YYYY-MM-DD, got "${'x'.repeat(80)}…"`);
  });
});
