/**
 * The corpus suite: each hostile manifest given to every element. No script from the input runs
 * (the canary global stays untouched), nothing throws into the page, and the element either
 * refuses the input (an error state that names the problem, and `pk-error`) or shows it as text,
 * however its controls are used.
 */
import { expect } from '@open-wc/testing';
import { translate } from '../../src/core/i18n/i18n.js';
import { clearManifestCache } from '../../src/core/manifest/load.js';
import type { HostileManifest, Prepared, Refused, Shown } from '../fixtures/hostile/corpus.js';
import { MARKER } from '../fixtures/hostile/payloads.js';
import { deepQueryAll, deepText, unsafeLinks } from './deep-dom.js';
import { setupOf } from './element-setup.js';
import { PageWatch } from './page-watch.js';
import { showElement, type ShownElement } from './show-element.js';
import { useEveryControl } from './use-controls.js';

const fold = (text: string) => text.replace(/\s+/g, ' ');

function expectRefused(tag: string, shown: ShownElement, verdict: Refused, prepared: Prepared): void {
  const state = shown.errorState();
  expect(state, 'an error state').to.exist;
  const said = fold(state!.textContent ?? '');
  const lines = setupOf(tag).compactError ? [translate('en', `error.${verdict.code}`)] : verdict.shows;
  for (const line of lines) expect(said, 'what the error state says').to.contain(fold(line));

  expect(shown.errors.length, 'pk-error events').to.be.greaterThan(0);
  const [detail] = shown.errors;
  expect(detail!.code).to.equal(verdict.code);
  const reported = detail!.issues.map((issue) => issue.path);
  for (const path of prepared.paths ?? []) expect(reported, 'the paths pk-error names').to.include(path);
}

async function expectShownAsText(shown: ShownElement, verdict: Shown): Promise<void> {
  const { element } = shown;
  const check = (moment: string) => {
    expect(shown.errorState(), `an error state ${moment}`).to.equal(null);
    expect(shown.errors.map((error) => error.message), `pk-error ${moment}`).to.deep.equal([]);
    expect(deepQueryAll(element, `[${MARKER}]`).map((node) => node.outerHTML), `markup from the input ${moment}`).to.deep.equal([]);
    expect(unsafeLinks(element), `links ${moment}`).to.deep.equal([]);
  };
  check('as rendered');
  if (verdict.literal) expect(deepText(element), 'its text').to.contain(verdict.literal);
  const used = await useEveryControl(element, (control) => check(`after a click on ${control.outerHTML.slice(0, 80)}`));
  expect(used, 'controls used').to.be.greaterThan(0);
}

export function describeCorpus(title: string, tags: readonly string[], corpus: readonly HostileManifest[]): void {
  describe(title, () => {
    /** One bucket of the test endpoint: events the elements send while used land there. */
    const endpoint = `/__endpoint/hostile-corpus-${crypto.randomUUID()}`;
    const quiet = { error: console.error, warn: console.warn };
    let watch: PageWatch;

    beforeEach(() => {
      clearManifestCache();
      watch = new PageWatch();
      // Every refusal is logged by design; the logs would drown the runner's output.
      console.error = () => {};
      console.warn = () => {};
    });

    afterEach(() => {
      Object.assign(console, quiet);
      watch.stop();
    });

    for (const input of corpus) {
      const { verdict } = input;
      describe(input.name, () => {
        // Built once for every element (some are tens of megabytes), dropped when done.
        let prepared: Prepared | undefined;
        before(async () => {
          prepared = await input.prepare();
        });
        after(() => {
          prepared = undefined;
        });

        for (const tag of tags) {
          it(`<${tag}> ${verdict.kind === 'refused' ? 'refuses it, naming the problem' : 'shows it as text'}`, async () => {
            const shown = await showElement(tag, {
              manifest: prepared!.given,
              learner: `learner-${crypto.randomUUID()}`,
              endpoint,
            });
            try {
              if (verdict.kind === 'refused') expectRefused(tag, shown, verdict, prepared!);
              else await expectShownAsText(shown, verdict);
              expect(watch.problems()).to.deep.equal([]);
            } finally {
              shown.remove();
            }
          });
        }
      });
    }
  });
}
