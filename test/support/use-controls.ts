/**
 * Uses an element the blunt way a curious learner would: focuses and clicks every control it has,
 * nested elements included, in document order. Whatever opens (a tooltip, a table view, an
 * expert's panel) is then on screen too, so a test sees every face of the element.
 */
import { deepQueryAll } from './deep-dom.js';
import { settled } from './show-element.js';

const CONTROLS = 'button, summary, [role="tab"], [role="radio"], [role="treeitem"], [role="option"], input[type="checkbox"]';

/**
 * Clicks every control once, calling `after` once the element has settled after each click;
 * returns how many it clicked.
 */
export async function useEveryControl(element: HTMLElement, after: (control: HTMLElement) => void = () => {}): Promise<number> {
  let clicked = 0;
  for (const control of deepQueryAll(element, CONTROLS) as HTMLElement[]) {
    // An earlier click may have replaced it (a dismissed banner, a view switched).
    if (!control.isConnected) continue;
    control.focus();
    control.click();
    clicked += 1;
    await settled(element);
    after(control);
  }
  return clicked;
}
