/**
 * The manifests of test/fixtures/manifests, served by the test runner from the repository root.
 * Each call to `manifestFixture` parses a fresh copy, so a test may change it freely.
 */
import type { ManifestIssue } from '../../../src/core/errors.js';
import { validateManifest } from '../../../src/core/manifest/validate.js';

// A JSON document a test takes apart; `any` lets it reach into nested fields without casts.
export type Doc = any;

export const fixtureUrl = (name: string): string => `/test/fixtures/manifests/${name}`;

const texts = new Map<string, Promise<string>>();

export function fixtureText(name: string): Promise<string> {
  let text = texts.get(name);
  if (!text) {
    text = fetch(fixtureUrl(name)).then((response) => {
      if (!response.ok) throw new Error(`fixture ${name}: ${response.status}`);
      return response.text();
    });
    texts.set(name, text);
  }
  return text;
}

export async function manifestFixture(name: string): Promise<Doc> {
  return JSON.parse(await fixtureText(name));
}

/** The errors of a validation; none when it passed. */
export function errorsOf(input: unknown): readonly ManifestIssue[] {
  const result = validateManifest(input);
  return result.ok ? [] : result.errors;
}
