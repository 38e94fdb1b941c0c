/**
 * Scenarios 1 and 2: the pillar navigator on the large catalogue, first render and one filter
 * keystroke, against a hand-written navigator drawing the same DOM.
 */
import type { Manifest } from '../../../src/core/manifest/types.js';
import { NavigatorBaseline } from '../baselines/navigator.js';
import { largeManifest } from '../data.js';
import { clearStage, settled, stage, timed, type UpdatingElement } from '../harness.js';
import type { Scenario } from './scenario.js';

const TAG = 'pk-pillar-navigator';
/** The keystrokes of scenario 2: the first letter of a word the catalogue uses, then the second. */
const FIRST_KEY = 'b';
const SECOND_KEY = 'a';

async function renderNavigator(manifest: Manifest): Promise<UpdatingElement> {
  const element = Object.assign(document.createElement(TAG), { manifest }) as unknown as UpdatingElement;
  stage().append(element);
  await settled([element]);
  return element;
}

/** Types one character into the navigator's search field, as the browser reports a keystroke. */
function typeInto(root: ShadowRoot, key: string): void {
  const search = root.querySelector<HTMLInputElement>('input[type="search"]')!;
  search.value += key;
  search.dispatchEvent(new InputEvent('input', { bubbles: true, composed: true, data: key, inputType: 'insertText' }));
}

/**
 * 1: the first render, with the manifest already validated (it was given to an element before, as
 * on a page whose `<pk-config>` has loaded it): the render compared with hand-written DOM.
 * Validation is scenario 4; `cold` includes it (a fresh manifest object per run) and is reported
 * beside.
 */
export function navigatorFirstRender({ cold }: { cold: boolean }): Scenario {
  let shared: Manifest;
  let manifest: Manifest;
  return {
    id: cold ? '1-cold' : '1',
    title: cold ? 'navigator first render, validating a fresh manifest' : 'navigator first render',
    needs: [TAG],
    informational: cold,
    dom: 'exact',
    async prepare() {
      shared = largeManifest();
      await renderNavigator(shared);
    },
    async before() {
      clearStage();
      manifest = cold ? structuredClone(shared) : shared;
    },
    async element() {
      return { ms: await timed(() => renderNavigator(manifest)) };
    },
    async baseline() {
      return { ms: await timed(() => new NavigatorBaseline(manifest).mount(stage())) };
    },
  };
}

/** Longer than the navigators wait before announcing the result count. */
const TYPING_PAUSE_MS = 450;
const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * 2: one keystroke in the search field of a navigator just drawn. Each run draws the element for
 * a fresh manifest object first (untimed), so the keystroke finds no search index yet, as a
 * learner's first keystroke does. `next` times the next keystroke, typed after a pause (the
 * result count announced), on a manifest whose search index is built.
 */
export function navigatorKeystroke({ next }: { next: boolean }): Scenario {
  let shared: Manifest;
  let element: UpdatingElement;
  let baseline: NavigatorBaseline;
  const key = next ? SECOND_KEY : FIRST_KEY;
  return {
    id: next ? '2-next' : '2',
    title: next ? 'navigator: the next filter keystroke' : 'navigator: one filter keystroke (the first)',
    needs: [TAG],
    informational: next,
    dom: 'exact',
    async prepare() {
      shared = largeManifest();
    },
    async before(side) {
      clearStage();
      let root: ShadowRoot;
      if (side === 'element') {
        element = await renderNavigator(next ? shared : structuredClone(shared));
        root = element.shadowRoot!;
      } else {
        // The baseline keeps its search text per navigator, so the shared manifest finds none built.
        baseline = new NavigatorBaseline(shared);
        baseline.mount(stage());
        root = baseline.root;
      }
      if (!next) return;
      typeInto(root, FIRST_KEY);
      await pause(TYPING_PAUSE_MS);
      if (side === 'element') await settled([element]);
    },
    async element() {
      return {
        ms: await timed(async () => {
          typeInto(element.shadowRoot!, key);
          await settled([element]);
        }),
      };
    },
    async baseline() {
      return { ms: await timed(() => typeInto(baseline.root, key)) };
    },
  };
}
