/**
 * `purpose-kit/react`: every `pk-*` element as a React component for React 17, 18 and 19, made with
 * `@lit/react`. Properties are set as properties (a manifest object stays an object), and each
 * `pk-*` event has an `on…` prop typed with its detail: `onPkRate`, `onPkCourseSelect`, `onPkError`.
 * Importing a component registers its element. The other entry points never import React.
 */
export { PkConfig } from './config.js';
export { PkContentAudit } from './content-audit.js';
export { PkDividendChart } from './dividend-chart.js';
export { PkImpactBadge } from './impact-badge.js';
export { PkManifestStudio } from './manifest-studio.js';
export { PkPillarNavigator } from './pillar-navigator.js';
export { PkRelevanceRater } from './relevance-rater.js';
export { PkRelevanceReport } from './relevance-report.js';
export { PkTeamDigest } from './team-digest.js';
export { PkWhyBanner } from './why-banner.js';
