import { expect } from '@open-wc/testing';
import { manifestJsonSchema, MANIFEST_SCHEMA_ID } from '../../../src/core/manifest/json-schema.js';
import { ManifestSchema } from '../../../src/core/manifest/schema.js';
import { ID_PATTERN } from '../../../src/core/manifest/fields.js';

// The generated schema is plain JSON; `any` lets the test walk it.
type Json = any;

describe('manifestJsonSchema', () => {
  const schema: Json = manifestJsonSchema();
  const item = (list: string): Json => schema.properties[list].items;

  it('is a draft 2020-12 schema with an id, a title and a description', () => {
    expect(schema.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(schema.$id).to.equal(MANIFEST_SCHEMA_ID);
    expect(schema.title).to.equal('Purpose Kit pathway manifest');
    expect(schema.description).to.contain('every reference resolves');
    expect(schema.description).to.contain('each imperative rank');
  });

  it('is plain JSON', () => {
    expect(JSON.parse(JSON.stringify(schema))).to.deep.equal(schema);
  });

  it('has the fields of the valibot schema, and requires the same ones', () => {
    expect(Object.keys(schema.properties)).to.deep.equal(Object.keys(ManifestSchema.entries));
    expect(schema.required).to.deep.equal(['version', 'organization', 'pillars', 'pathways', 'courses', 'impactTags']);
    expect(item('pathways').required).to.deep.equal(['id', 'title', 'pillar', 'department', 'courses']);
    expect(item('courses').required).to.deep.equal(['id', 'title', 'objectives', 'impactTags']);
  });

  it('carries the limits and formats editors can check', () => {
    expect(schema.properties.version).to.include({ const: 1 });
    expect(schema.properties.pillars).to.include({ minItems: 1, maxItems: 100 });
    expect(item('pillars').properties.imperative.enum).to.deep.equal([1, 2, 3]);
    expect(item('pillars').properties.id.pattern).to.equal(ID_PATTERN.source);
    expect(item('courses').properties.title).to.include({ type: 'string', minLength: 1, maxLength: 300 });
    expect(item('courses').properties.durationMinutes).to.include({ type: 'integer', minimum: 0, maximum: 100000 });
    expect(item('endorsements').properties.date).to.include({ type: 'string', format: 'date' });
    expect(schema.properties.reporting.properties.format.enum).to.deep.equal(['json', 'xapi']);
    expect(schema.properties.metrics.properties.series.properties.retention.properties.aligned.items.anyOf).to.deep.equal([
      { type: 'number' },
      { type: 'null' },
    ]);
  });

  it('describes what JSON Schema cannot check', () => {
    expect(item('courses').properties.url.description).to.contain('Any other scheme (javascript:, data:, …) is refused');
    expect(item('pathways').properties.pillar.description).to.equal('The id of a pillar in `pillars` (checked by the validator).');
    expect(item('pillars').title).to.equal('Pillar');
  });
});
