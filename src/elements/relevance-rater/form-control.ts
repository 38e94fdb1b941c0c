import { property, state } from 'lit/decorators.js';
import { PkElement } from '../../core/base/pk-element.js';

/**
 * The form-control half of the rater: a form-associated custom element with the API of native
 * controls (`form`, `validity`, `checkValidity()`…), `name`, `required`, and `disabled` either
 * on itself or from a disabled `<fieldset>`. Subclasses set the value and validity through
 * `internals` and hear about their form being submitted.
 */
export abstract class FormControlElement extends PkElement {
  static formAssociated = true;

  /** The prefix of the element's entries in its form's data. */
  @property({ reflect: true }) name = '';

  /** Inside a form: the form does not submit until the element has a complete value. */
  @property({ type: Boolean, reflect: true }) required = false;

  @property({ type: Boolean, reflect: true }) disabled = false;

  /** The form the element belongs to, as the browser last told it. */
  @state() protected owner: HTMLFormElement | null = null;
  /** What the browser last said: disabled by the attribute or by a disabled fieldset around it. */
  @state() private formDisabled = false;

  get form(): HTMLFormElement | null {
    return this.internals.form;
  }

  get validity(): ValidityState {
    return this.internals.validity;
  }

  get validationMessage(): string {
    return this.internals.validationMessage;
  }

  get willValidate(): boolean {
    return this.internals.willValidate;
  }

  checkValidity(): boolean {
    return this.internals.checkValidity();
  }

  reportValidity(): boolean {
    return this.internals.reportValidity();
  }

  formAssociatedCallback(form: HTMLFormElement | null): void {
    this.owner?.removeEventListener('submit', this.#onOwnerSubmit);
    this.owner = form;
    form?.addEventListener('submit', this.#onOwnerSubmit);
  }

  formDisabledCallback(disabled: boolean): void {
    this.formDisabled = disabled;
  }

  /** Disabled, by its own attribute or by a fieldset. */
  protected get isDisabled(): boolean {
    return this.disabled || this.formDisabled;
  }

  /** The form submitted (it was valid); its data, the element's value with it, is on its way. */
  protected abstract formSubmitted(): void;

  readonly #onOwnerSubmit = (): void => this.formSubmitted();
}
