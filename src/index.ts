/**
 * The public API of Purpose Kit: the element classes with their property and event types, page
 * configuration, the manifest, delivery, languages, the base element for your own elements, and
 * the headless metrics, audit and report functions. How an element does its work stays in its own
 * modules. Importing this module defines no element; import `purpose-kit/define` (or one
 * element's `/define` entry) for that.
 */
export { VERSION } from './version.js';

// Errors
export { formatIssue, ManifestError, PkError, type ManifestIssue, type PkErrorCode } from './core/errors.js';

// Page configuration
export {
  configure,
  getPageConfig,
  onConfigChange,
  resetConfig,
  type ManifestSetting,
  type PageConfig,
  type ReportingFormat,
  type ThemeName,
} from './core/config/config.js';

// The pathway manifest
export type * from './core/manifest/types.js';
export { validateManifest, type ManifestValidation } from './core/manifest/validate.js';
export { clearManifestCache, loadManifest, type LoadedManifest, type LoadOptions, type ManifestSource } from './core/manifest/load.js';
export { catalogOf, type Catalog } from './core/manifest/catalog.js';

// Delivery of learner events
export * from './core/delivery/index.js';

// Languages and formatting
export { availableLocales, directionOf, loadLocale, matchLocale, registerMessages, type Direction, type MessageKey } from './core/i18n/i18n.js';
export type { Message, MessageParams, PluralMessage } from './core/i18n/message.js';

// The base element and its helpers, for building your own pk-style elements
export { PkElement, type ManifestState, type ReadyManifest } from './core/base/pk-element.js';
export { DeliveryController, type ElementEventInput } from './core/base/delivery-controller.js';
export { defineElement, type VersionedElement } from './core/base/define.js';
export type { PkErrorDetail, PkErrorEvent } from './core/base/events/pk-error.js';

// Elements
export { PkConfig } from './elements/config/config.js';

export { PkPillarNavigator } from './elements/pillar-navigator/pillar-navigator.js';
export type { PkPillarSelectDetail, PkPillarSelectEvent } from './elements/pillar-navigator/events/pk-pillar-select.js';
export type {
  PathwaySelectSource,
  PkPathwaySelectDetail,
  PkPathwaySelectEvent,
} from './elements/pillar-navigator/events/pk-pathway-select.js';
export type { PkCourseSelectDetail, PkCourseSelectEvent } from './elements/pillar-navigator/events/pk-course-select.js';
export type { CourseStatus, LearnerProgress } from './elements/pillar-navigator/progress.js';

export { PkImpactBadge } from './elements/impact-badge/impact-badge.js';
export type { PkPillarRequestDetail, PkPillarRequestEvent } from './elements/impact-badge/events/pk-pillar-request.js';
export { PkWhyBanner, type WhyBannerVariant } from './elements/why-banner/why-banner.js';
export type { PkWhyDismissDetail, PkWhyDismissEvent } from './elements/why-banner/events/pk-why-dismiss.js';

export { PkRelevanceRater } from './elements/relevance-rater/relevance-rater.js';
export type { RatingValue } from './elements/relevance-rater/rating-value.js';
export type { PkRateDetail, PkRateEvent } from './elements/relevance-rater/events/pk-rate.js';
export type { PkEndorseDetail, PkEndorseEvent } from './elements/relevance-rater/events/pk-endorse.js';

export { PkDividendChart, type DividendMetric, type DividendView } from './elements/dividend-chart/dividend-chart.js';

// The Purpose Dividend metrics: pure functions, no DOM
export {
  METRIC_NAMES,
  type DividendData,
  type EmployeeRecord,
  type MetricName,
  type ReportingPeriod,
  type RoleFill,
  type SkillEvent,
  type TeamSurvey,
  type WorkforceRecords,
} from './core/metrics/types.js';
export { headcount, retention, turnover } from './core/metrics/workforce.js';
export { internalMobilityRate } from './core/metrics/mobility.js';
export { skillApplicationLatency } from './core/metrics/latency.js';
export { MIN_TEAM_SIZE, sentimentAlignment } from './core/metrics/alignment.js';
export { median, spearman } from './core/metrics/statistics.js';
export { attritionCostAvoided, attritionCostSeries, dividend, type AttritionCostInputs } from './core/metrics/dividend.js';
export { cohortSeries } from './core/metrics/cohort-series.js';
export { validateMetrics, type MetricsValidation } from './core/metrics/validate.js';
export { dividendData } from './core/metrics/from-manifest.js';

// Content audit and procurement feedback
export * from './core/audit/index.js';
export * from './core/procurement/index.js';
// Placement suggestions for the catalogue (pillars and impact tags for a course)
export * from './core/suggest/index.js';
export { validateTeam } from './core/manifest/validate-team.js';
export { validateEndorsements } from './core/manifest/validate-endorsements.js';
export type { DocumentValidation } from './core/manifest/validate-document.js';

export { PkTeamDigest } from './elements/team-digest/team-digest.js';
export type { PkPromptDiscussDetail, PkPromptDiscussEvent } from './elements/team-digest/events/pk-prompt-discuss.js';
export type { DigestSort } from './elements/team-digest/members.js';
export { PkContentAudit } from './elements/content-audit/content-audit.js';
export type { PkAuditExportDetail, PkAuditExportEvent } from './elements/content-audit/events/pk-audit-export.js';
export { PkRelevanceReport } from './elements/relevance-report/relevance-report.js';
export { preloadRelevanceReport } from './elements/relevance-report/report-data.js';
export { PkManifestStudio } from './elements/manifest-studio/manifest-studio.js';
export type { PkManifestSavedDetail, PkManifestSavedEvent } from './elements/manifest-studio/events/pk-manifest-saved.js';
export type { PkManifestConflictDetail, PkManifestConflictEvent } from './elements/manifest-studio/events/pk-manifest-conflict.js';
// The studio's pure parts: draft history, diff, three-way rebase, edits, the collector's manifest and inbox
export { DraftHistory } from './core/studio/history.js';
export { diffManifests, type Change } from './core/studio/diff.js';
export { rebase, type Conflict, type Merge } from './core/studio/rebase.js';
export { pathText, type Path, type Step } from './core/studio/json.js';
export { issuesOfCourse, type FieldIssues, type StudioField } from './core/studio/field-issues.js';
export { forgetAllDrafts } from './core/studio/draft-store.js';
export { readManifest, saveManifest, readInbox, dismissEndorsement, type SaveResult, type InboxEndorsement, type VersionTag } from './core/studio/collector-client.js';
