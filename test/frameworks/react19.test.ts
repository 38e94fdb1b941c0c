/**
 * `purpose-kit/react` in a React 19 app: see react-wrappers.ts.
 */
import { describeReactWrappers } from './react-wrappers.js';

describeReactWrappers(19);
