/**
 * The two functions of `react-dom/client` that test/frameworks/react.test.ts uses, with React 19's
 * signatures: the project depends on `@types/react` but not on `@types/react-dom`.
 */
declare module 'react-dom/client' {
  import type { ReactNode } from 'react';

  export interface Root {
    render(children: ReactNode): void;
    unmount(): void;
  }

  export function createRoot(container: Element | DocumentFragment): Root;
}
