/**
 * The limits of a pathway manifest, version 1. The validator refuses a document beyond any of them
 * and says which one, so a typo or a hostile document cannot stall the page that loads it.
 */

/** Longest manifest text, in UTF-16 code units (10 MiB), checked before parsing. */
export const MAX_DOCUMENT_CHARS = 10 * 1024 * 1024;
/** Most JSON values (objects, arrays, strings, numbers, …) in one document. */
export const MAX_VALUES = 2_000_000;
/** Deepest nesting of objects and arrays; the document itself is level 1. */
export const MAX_DEPTH = 32;

/** Longest text per kind of field, in UTF-16 code units. */
export const MAX_ID_LENGTH = 100;
export const MAX_URL_LENGTH = 2048;
/** Titles, names, labels, providers, initiatives, roles. */
export const MAX_NAME_LENGTH = 200;
export const MAX_COURSE_TITLE_LENGTH = 300;
/** Descriptions, the mission statement, why statements. */
export const MAX_PARAGRAPH_LENGTH = 2000;
/** Fiscal years, target periods, period labels. */
export const MAX_PERIOD_LENGTH = 50;
export const MAX_DEPARTMENT_LENGTH = 100;
/** Learning objectives and both sides of a reframe. */
export const MAX_SENTENCE_LENGTH = 500;
export const MAX_PROBLEM_LENGTH = 1000;
/** A learner's takeaway from a course, in their own words. */
export const MAX_TAKEAWAY_LENGTH = 1000;
/** A 1:1 prompt's id ("member:course:date"), as long as a `prompt-discussed` event may name it. */
export const MAX_PROMPT_ID_LENGTH = 256;
/** BCP 47 language tags of prompt templates. */
export const MAX_LANGUAGE_TAG_LENGTH = 35;

/** Most items per list. */
export const MAX_PILLARS = 100;
export const MAX_PATHWAYS = 5000;
export const MAX_COURSES = 50_000;
export const MAX_IMPACT_TAGS = 20_000;
export const MAX_ENDORSEMENTS = 50_000;
export const MAX_PATHWAY_COURSES = 500;
export const MAX_OBJECTIVES = 50;
export const MAX_COURSE_IMPACT_TAGS = 50;
export const MAX_SKILLS = 20_000;
export const MAX_COURSE_SKILLS = 50;
/** Reporting periods, and values per cohort series. */
export const MAX_PERIODS = 1000;
export const MAX_TEAM_MEMBERS = 500;
export const MAX_MEMBER_COMPLETIONS = 200;
export const MAX_PROMPT_TEMPLATES = 1000;
/** One mark per prompt a team can have: a prompt per completion of each member. */
export const MAX_DISCUSSED_PROMPTS = MAX_TEAM_MEMBERS * MAX_MEMBER_COMPLETIONS;

/** Ranges of numbers. */
export const MAX_DURATION_MINUTES = 100_000;
export const MIN_RATING = 1;
export const MAX_RATING = 5;
export const MAX_REPLACEMENT_FACTOR = 5;
export const MAX_SKILL_THRESHOLD = 1000;
export const MAX_BATCH_SIZE = 500;
export const MAX_FLUSH_INTERVAL_MS = 600_000;
