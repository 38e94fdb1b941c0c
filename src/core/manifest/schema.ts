/**
 * The pathway manifest, version 1: the one source of truth. The TypeScript types (`types.ts`), the
 * published JSON Schema (`json-schema.ts`) and the validator (`validate.ts`) all come from it.
 * What no schema language expresses (references between lists, unique ids and ranks, series that
 * match the periods) is checked in `references.ts`.
 */
import * as v from 'valibot';
import {
  count,
  currency,
  date,
  dateTime,
  described,
  id,
  integerIn,
  languageTag,
  list,
  nonEmptyList,
  nonNegative,
  numberIn,
  reference,
  text,
  url,
} from './fields.js';
import * as limit from './limits.js';

const pillarRef = reference('a pillar', 'pillars');

export const OrganizationSchema = v.pipe(
  v.object({
    name: text(limit.MAX_NAME_LENGTH),
    mission: v.optional(described(text(limit.MAX_PARAGRAPH_LENGTH), 'The mission statement every pillar serves.')),
    fiscalYear: v.optional(described(text(limit.MAX_PERIOD_LENGTH), 'The fiscal year this manifest plans, e.g. "FY2027".')),
  }),
  v.title('Organization'),
);

export const ImperativeRankSchema = v.picklist([1, 2, 3]);

export const PillarSchema = v.pipe(
  v.object({
    id,
    title: text(limit.MAX_NAME_LENGTH),
    description: text(limit.MAX_PARAGRAPH_LENGTH),
    imperative: v.optional(
      described(ImperativeRankSchema, "Rank 1 to 3 marks one of the year's top strategic imperatives; each rank is held by one pillar at most."),
    ),
  }),
  v.title('Pillar'),
  v.description('A strategic pillar: the primary navigation layer of the catalogue.'),
);

export const PathwaySchema = v.pipe(
  v.object({
    id,
    title: text(limit.MAX_NAME_LENGTH),
    description: v.optional(text(limit.MAX_PARAGRAPH_LENGTH)),
    pillar: pillarRef,
    department: described(text(limit.MAX_DEPARTMENT_LENGTH), 'The owning department, free text: "Engineering", "Finance", "Marketing", …'),
    courses: described(
      nonEmptyList(reference('a course', 'courses'), limit.MAX_PATHWAY_COURSES),
      'The courses of the pathway, in the order a learner takes them.',
    ),
    hero: v.optional(described(v.boolean(), "Featured as a hero pathway of its pillar's imperative.")),
    mandatory: v.optional(v.boolean()),
  }),
  v.title('Pathway'),
  v.description('An ordered series of courses, owned by one department, advancing one pillar.'),
);

export const ReframeSchema = v.pipe(
  v.object({
    from: described(text(limit.MAX_SENTENCE_LENGTH), 'The usual framing, e.g. "avoiding fines".'),
    to: described(text(limit.MAX_SENTENCE_LENGTH), 'The purpose framing, e.g. "protecting client trust as a competitive differentiator".'),
  }),
  v.title('Reframe'),
);

export const WhyFramingSchema = v.pipe(
  v.object({
    statement: described(text(limit.MAX_PARAGRAPH_LENGTH), 'Why this course matters to the strategy.'),
    reframe: v.optional(ReframeSchema),
  }),
  v.title('WhyFraming'),
);

export const CourseUsageSchema = v.pipe(
  v.object({
    enrollments: v.optional(count),
    completions: v.optional(count),
    activeLearners: v.optional(count),
  }),
  v.title('CourseUsage'),
  v.description('Usage figures, for the audit of the most-used content.'),
);

export const CourseRatingsSchema = v.pipe(
  v.object({
    relevance: described(numberIn(limit.MIN_RATING, limit.MAX_RATING), 'Average relevance to the role, 1 to 5.'),
    clarity: described(numberIn(limit.MIN_RATING, limit.MAX_RATING), 'Average strategic clarity, 1 to 5.'),
    count: described(count, 'How many ratings the averages are made of.'),
  }),
  v.title('CourseRatings'),
);

export const CourseSchema = v.pipe(
  v.object({
    id,
    title: text(limit.MAX_COURSE_TITLE_LENGTH),
    description: v.optional(
      described(
        text(limit.MAX_PARAGRAPH_LENGTH),
        'What the course covers, as the catalogue describes it; `purpose-kit import catalogue` fills it in from the LMS export.',
      ),
    ),
    url: v.optional(url),
    xapiId: v.optional(
      described(
        text(limit.MAX_URL_LENGTH),
        "The xAPI activity id the LMS uses for this course in its statements, when it is not the course's `url`: the collector counts the LMS's registered / launched / completed / passed statements about it as this course's.",
      ),
    ),
    provider: v.optional(text(limit.MAX_NAME_LENGTH)),
    durationMinutes: v.optional(integerIn(0, limit.MAX_DURATION_MINUTES)),
    pillar: v.optional(
      described(pillarRef, "The course's primary pillar; when absent it comes from its first pathway, else its first impact tag."),
    ),
    objectives: described(list(text(limit.MAX_SENTENCE_LENGTH), limit.MAX_OBJECTIVES), 'What the learner will be able to do.'),
    impactTags: list(reference('an impact tag', 'impactTags'), limit.MAX_COURSE_IMPACT_TAGS),
    why: v.optional(WhyFramingSchema),
    mandatory: v.optional(v.boolean()),
    usage: v.optional(CourseUsageSchema),
    ratings: v.optional(CourseRatingsSchema),
  }),
  v.title('Course'),
);

export const ImpactTagSchema = v.pipe(
  v.object({
    id,
    label: described(text(limit.MAX_NAME_LENGTH), 'Shown on the badge, e.g. "Enables Automation for Q3 Efficiency Goals".'),
    pillar: pillarRef,
    initiative: text(limit.MAX_NAME_LENGTH),
    targetPeriod: described(text(limit.MAX_PERIOD_LENGTH), 'When the initiative should land, e.g. "Q3 FY2027".'),
    due: v.optional(date),
  }),
  v.title('ImpactTag'),
  v.description('Ties a course to the pillar and initiative it advances, and by when.'),
);

export const ExpertSchema = v.pipe(
  v.object({ name: text(limit.MAX_NAME_LENGTH), role: v.optional(text(limit.MAX_NAME_LENGTH)) }),
  v.title('Expert'),
);

export const EndorsementSchema = v.pipe(
  v.object({
    id,
    expert: ExpertSchema,
    course: reference('a course', 'courses'),
    pillar: pillarRef,
    problem: described(text(limit.MAX_PROBLEM_LENGTH), 'The strategic problem the course helped the expert solve.'),
    date,
  }),
  v.title('Endorsement'),
  v.description('A subject-matter expert vouching that a course helped solve a strategic problem.'),
);

export const TeamCompletionSchema = v.pipe(
  v.object({
    course: reference('a course', 'courses'),
    date: described(date, 'When the member completed the course.'),
    takeaway: v.optional(described(text(limit.MAX_TAKEAWAY_LENGTH), "What the member took away from it, in their own words.")),
  }),
  v.title('TeamCompletion'),
);

export const TeamMemberSchema = v.pipe(
  v.object({
    id: described(id, "The member's id, e.g. their learner id; unique within the team."),
    name: text(limit.MAX_NAME_LENGTH),
    shortName: v.optional(described(text(limit.MAX_NAME_LENGTH), 'How a 1:1 prompt addresses them, e.g. "Priya"; `name` when absent.')),
    role: v.optional(text(limit.MAX_NAME_LENGTH)),
    pathway: v.optional(described(reference('a pathway', 'pathways'), 'The pathway they are on now; its pillar says why.')),
    course: v.optional(described(reference('a course', 'courses'), 'The course they are taking now; its impact tags say what it advances.')),
    completions: described(
      list(TeamCompletionSchema, limit.MAX_MEMBER_COMPLETIONS),
      'Recent completions, in any order; the digest shows the newest first.',
    ),
  }),
  v.title('TeamMember'),
);

export const PromptTemplateSchema = v.pipe(
  v.object({
    text: described(
      text(limit.MAX_SENTENCE_LENGTH),
      'The prompt, with any of the placeholders {name}, {course}, {pillar}, {pathway} and {impact}: "Ask {name} how {course} changes how they handle client data — it advances {pillar}."',
    ),
    course: v.optional(described(reference('a course', 'courses'), 'Only for completions of this course.')),
    pillar: v.optional(described(pillarRef, 'Only for courses that serve this pillar.')),
    lang: v.optional(described(languageTag, 'Only in this language; in every language when absent.')),
  }),
  v.title('PromptTemplate'),
  v.description(
    "A manager's 1:1 prompt wording, replacing the built-in one. The most specific template wins: one for the course over one for its pillar over a general one, then one in the reader's language over one without `lang`, then the first listed.",
  ),
);

export const DiscussedPromptSchema = v.pipe(
  v.object({
    prompt: described(text(limit.MAX_PROMPT_ID_LENGTH), 'The id of the prompt, as its `prompt-discussed` event names it (`data.promptId`).'),
    at: described(dateTime, 'When the manager marked it as discussed.'),
  }),
  v.title('DiscussedPrompt'),
);

export const TeamSchema = v.pipe(
  v.object({
    name: described(text(limit.MAX_NAME_LENGTH), 'The team, e.g. "Commercial & Industrial Accounts, North".'),
    members: described(list(TeamMemberSchema, limit.MAX_TEAM_MEMBERS), 'The people who report to the manager.'),
    prompts: v.optional(list(PromptTemplateSchema, limit.MAX_PROMPT_TEMPLATES)),
    discussed: v.optional(
      described(
        list(DiscussedPromptSchema, limit.MAX_DISCUSSED_PROMPTS),
        'The prompts the manager has marked as discussed, on any device: a collector fills it in from their `prompt-discussed` events.',
      ),
    ),
  }),
  v.title('Team'),
  v.description(
    "One manager's team, for <pk-team-digest>: what each member is learning and why, their recent completions with takeaways, and the wording of the 1:1 prompts. The same shape can be served on its own from the digest's `src` URL.",
  ),
);

const seriesValues = list(v.union([v.number(), v.null()]), limit.MAX_PERIODS);

export const CohortSeriesSchema = v.pipe(
  v.object({
    aligned: described(seriesValues, 'The purpose-aligned cohort, one value (or null) per period.'),
    baseline: described(seriesValues, 'Everyone else, one value (or null) per period.'),
  }),
  v.title('CohortSeries'),
  v.description('Two cohorts over time; when `periods` is given, each list has one value per period.'),
);

export const CostModelSchema = v.pipe(
  v.object({
    currency,
    averageSalary: described(nonNegative, 'Average annual salary of the aligned cohort, in `currency`.'),
    replacementFactor: described(
      numberIn(0, limit.MAX_REPLACEMENT_FACTOR),
      'Cost of replacing a leaver, as a multiple of annual salary (published estimates run from about 0.2 to 2).',
    ),
    alignedHeadcount: count,
  }),
  v.title('CostModel'),
  v.description('Inputs of the attrition cost avoided.'),
);

export const MetricsSchema = v.pipe(
  v.object({
    src: v.optional(described(url, 'Fetch the metrics from this URL instead (http:, https: or relative to the page).')),
    periods: v.optional(described(list(text(limit.MAX_PERIOD_LENGTH), limit.MAX_PERIODS), 'Period labels, oldest first.')),
    series: v.optional(
      v.object({
        retention: v.optional(CohortSeriesSchema),
        mobility: v.optional(CohortSeriesSchema),
        latency: v.optional(CohortSeriesSchema),
        alignment: v.optional(CohortSeriesSchema),
      }),
    ),
    cost: v.optional(CostModelSchema),
  }),
  v.title('Metrics'),
  v.description('Series for the Purpose Dividend chart.'),
);

export const ReportingSchema = v.pipe(
  v.object({
    endpoint: described(url, 'Where learner events are sent: an http: or https: URL, or one relative to the page.'),
    format: v.optional(described(v.picklist(['json', 'xapi']), '"json" (the default) or "xapi" (xAPI 1.0.3 statements).')),
    batchSize: v.optional(integerIn(1, limit.MAX_BATCH_SIZE)),
    flushIntervalMs: v.optional(integerIn(0, limit.MAX_FLUSH_INTERVAL_MS)),
  }),
  v.title('Reporting'),
);

export const ManifestSchema = v.object({
  $schema: v.optional(described(v.string(), 'Ignored; lets editors find this JSON Schema.')),
  version: described(v.literal(1), 'The manifest format version.'),
  organization: OrganizationSchema,
  pillars: described(nonEmptyList(PillarSchema, limit.MAX_PILLARS), 'The strategic pillars; ranks 1 to 3 mark the imperatives.'),
  pathways: described(list(PathwaySchema, limit.MAX_PATHWAYS), 'Pathways from every department, each converging on one pillar.'),
  courses: list(CourseSchema, limit.MAX_COURSES),
  impactTags: described(list(ImpactTagSchema, limit.MAX_IMPACT_TAGS), 'The impact tags courses refer to by id.'),
  endorsements: v.optional(list(EndorsementSchema, limit.MAX_ENDORSEMENTS)),
  team: v.optional(TeamSchema),
  metrics: v.optional(MetricsSchema),
  reporting: v.optional(ReportingSchema),
});
