/**
 * Defines every `pk-*` element. Import it once per page (`import 'purpose-kit/define'`); loading
 * it twice, or next to the CDN file, is harmless. `<pk-config>` comes first so that elements
 * find their configuration on their first render.
 */
import './elements/config/define.js';
import './elements/pillar-navigator/define.js';
import './elements/impact-badge/define.js';
import './elements/why-banner/define.js';
import './elements/relevance-rater/define.js';
import './elements/dividend-chart/define.js';
import './elements/team-digest/define.js';
import './elements/content-audit/define.js';
import './elements/relevance-report/define.js';
import './elements/manifest-studio/define.js';
