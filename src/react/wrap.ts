import { createComponent, type EventName } from '@lit/react';
import type { LitElement } from 'lit';
import * as React from 'react';

/** `'pk-rate'` typed as the event the element fires under that name (`CustomEvent<PkRateDetail>`). */
export const eventName = <K extends keyof GlobalEventHandlersEventMap>(name: K) => name as EventName<GlobalEventHandlersEventMap[K]>;

type Props = Record<string, unknown>;

/** The keys of `T` that can be assigned: not `readonly`, not a getter without a setter. */
type WritableKeys<T> = {
  [K in keyof T]-?: (<U>() => U extends { [Q in K]: T[K] } ? 1 : 2) extends <U>() => U extends { -readonly [Q in K]: T[K] } ? 1 : 2 ? K : never;
}[keyof T];

/** An element's own properties a React app may set: not Lit's or the DOM's API, not a lifecycle callback. */
export type ElementProperties<E extends HTMLElement> = Partial<Pick<E, Exclude<WritableKeys<E>, keyof LitElement | `${string}Callback`>>>;

/** Each `on…` prop: a handler for its event, typed as the element fires it. */
export type EventProps<Events extends Record<string, EventName>> = {
  [Prop in keyof Events]?: (event: Events[Prop]['__eventType']) => void;
};

/** A wrapper's props: React's for any element (`className`, `aria-*`, `children`), the element's properties, its event props. */
export type PkComponent<E extends HTMLElement, Events extends Record<string, EventName>> = React.ForwardRefExoticComponent<
  Omit<React.HTMLAttributes<E>, keyof Events | keyof ElementProperties<E>> & ElementProperties<E> & EventProps<Events> & React.RefAttributes<E>
>;

// Effects never run on the server; this keeps React 17 and 18 from warning there about layout effects.
const useLayoutEffect = typeof document === 'undefined' ? React.useEffect : React.useLayoutEffect;

/**
 * A React component for a defined `pk-*` element, with the React the app imports. `@lit/react`
 * renders the element: a prop named like one of its properties is set as that property (objects
 * stay objects, on React 17 and 18 too), any other prop goes to React as usual. Each `on…` prop in
 * `events` is called for its event; the listeners are attached here rather than by `@lit/react`,
 * which never removes them, so that unmounting leaves no app handler on the element.
 */
export function wrap<E extends HTMLElement, Events extends Record<string, EventName>>(
  tagName: `pk-${string}`,
  elementClass: new () => E,
  events: Events,
): PkComponent<E, Events> {
  const displayName = tagName.replace(/(?:^|-)(\w)/g, (_, letter: string) => letter.toUpperCase());
  const Element = createComponent({ react: React, tagName, elementClass, displayName: `${displayName}Element` });
  const Component = React.forwardRef<E, Props>((props, ref) => {
    const element = React.useRef<E | null>(null);
    const latest = React.useRef(props);
    useLayoutEffect(() => {
      latest.current = props;
    });
    useLayoutEffect(() => {
      const node = element.current!;
      const listeners = Object.entries(events).map(([prop, type]) => [type, (event: Event) => (latest.current[prop] as ((event: Event) => void) | undefined)?.(event)] as const);
      for (const [type, listener] of listeners) node.addEventListener(type, listener);
      return () => listeners.forEach(([type, listener]) => node.removeEventListener(type, listener));
    }, []);
    const setRef = React.useCallback(
      (node: E | null) => {
        element.current = node;
        if (typeof ref === 'function') ref(node);
        else if (ref) ref.current = node;
      },
      [ref],
    );
    const elementProps = Object.fromEntries(Object.entries(props).filter(([prop]) => !(prop in events)));
    // Typed for the app's props below; here the props are only passed on.
    return React.createElement(Element as React.ElementType, { ...elementProps, ref: setRef });
  });
  Component.displayName = displayName;
  return Component as unknown as PkComponent<E, Events>;
}
