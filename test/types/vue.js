// Vue 3 fixture for the generated dist/types/vue.d.ts, checked the way vue-tsc checks a template:
// a tag's attributes and `:prop` bindings against `$props` of its GlobalComponents entry, its
// `@pk-…` listeners against `$emit`, and a template ref as the element itself. Each expected
// error (@ts-expect-error) fails the check if the error under it disappears.
import '../../dist/types/vue.js';

/** @typedef {import('vue').GlobalComponents} Components */
/**
 * What a template ref to `<Tag>` holds, as Vue's types see it.
 * @template {keyof Components} Tag
 * @typedef {Components[Tag] extends new () => infer Instance ? Instance : never} Ref
 */

/**
 * What vue-tsc checks a template's bindings on `<Tag>` against.
 * @template {keyof Components} Tag
 * @typedef {Components[Tag] extends new () => { $props: infer Props } ? Props : never} Props
 */

/**
 * A template's bindings on `<Tag>`.
 * @template {keyof Components} Tag
 * @param {Tag} tag
 * @param {Props<Tag>} props
 */
export function bind(tag, props) {
  return { tag, props };
}

bind('pk-why-banner', { course: 'data-privacy-essentials', variant: 'compact', headingLevel: 3, class: 'why', key: 1 });
bind('pk-pillar-navigator', { progress: { 'data-privacy-essentials': 'done' }, heroOnly: true });
bind('pk-relevance-rater', { course: 'x', commentLimit: 200, manifest: { version: 1 } });
// @ts-expect-error variant is 'full' or 'compact'
bind('pk-why-banner', { variant: 'wide' });
// @ts-expect-error headingLevel is a number
bind('pk-why-banner', { headingLevel: '3' });
// @ts-expect-error the banner has no relevance
bind('pk-why-banner', { relevance: 4 });
// @ts-expect-error no such element
bind('pk-no-such-element', {});

/**
 * `@pk-…` listeners, as vue-tsc types them from `$emit`, and a template ref.
 * @param {Ref<'pk-why-banner'>} banner
 * @param {Ref<'pk-relevance-rater'>} rater
 * @param {import('../../dist/types/elements/why-banner/events/pk-why-dismiss.js').PkWhyDismissEvent} dismiss
 * @param {import('../../dist/types/elements/relevance-rater/events/pk-rate.js').PkRateEvent} rate
 * @param {import('../../dist/types/core/base/events/pk-error.js').PkErrorEvent} error
 */
export function listen(banner, rater, dismiss, rate, error) {
  banner.$emit('pk-why-dismiss', dismiss);
  banner.$emit('pk-error', error);
  rater.$emit('pk-rate', rate);
  // @ts-expect-error pk-why-dismiss carries a PkWhyDismissEvent
  banner.$emit('pk-why-dismiss', error);
  // @ts-expect-error pk-rate carries a PkRateEvent
  rater.$emit('pk-rate', dismiss);
  // @ts-expect-error the banner fires no pk-rate
  banner.$emit('pk-rate', rate);

  /** @type {import('../../dist/types/elements/why-banner/why-banner.js').PkWhyBanner} */
  const element = banner;
  element.variant = 'compact';
  // @ts-expect-error a ref is the element: its variant is 'full' or 'compact'
  banner.variant = 'wide';
}
