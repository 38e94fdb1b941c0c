import core from './core.js';
import pillarNavigator from './pillar-navigator.js';
import impactBadge from './impact-badge.js';
import whyBanner from './why-banner.js';
import relevanceRater from './relevance-rater.js';
import dividendChart from './dividend-chart.js';
import dividendChartLens from './dividend-chart-lens.js';
import teamDigest from './team-digest.js';
import teamDigestSkills from './team-digest-skills.js';
import contentAudit from './content-audit.js';
import relevanceReport from './relevance-report.js';
import manifestStudio from './manifest-studio.js';

/** The English catalogue: the source of every message key. One file per element, merged here. */
export const en = {
  ...core,
  ...pillarNavigator,
  ...impactBadge,
  ...whyBanner,
  ...relevanceRater,
  ...dividendChart,
  ...dividendChartLens,
  ...teamDigest,
  ...teamDigestSkills,
  ...contentAudit,
  ...relevanceReport,
  ...manifestStudio,
} as const;

export type MessageKey = keyof typeof en;
