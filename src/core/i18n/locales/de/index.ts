import type { Catalogue } from '../../message.js';
import type { MessageKey } from '../en/index.js';
import core from './core.js';
import pillarNavigator from './pillar-navigator.js';
import impactBadge from './impact-badge.js';
import whyBanner from './why-banner.js';
import relevanceRater from './relevance-rater.js';
import dividendChart from './dividend-chart.js';
import teamDigest from './team-digest.js';
import contentAudit from './content-audit.js';
import relevanceReport from './relevance-report.js';
import manifestStudio from './manifest-studio.js';

export default {
  ...core,
  ...pillarNavigator,
  ...impactBadge,
  ...whyBanner,
  ...relevanceRater,
  ...dividendChart,
  ...teamDigest,
  ...contentAudit,
  ...relevanceReport,
  ...manifestStudio,
} satisfies Catalogue<MessageKey>;
