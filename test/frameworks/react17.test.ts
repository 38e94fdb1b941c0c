/**
 * `purpose-kit/react` in a React 17 app (mounted with ReactDOM.render, as SharePoint Framework web parts are): see react-wrappers.ts.
 */
import { describeReactWrappers } from './react-wrappers.js';

describeReactWrappers(17);
