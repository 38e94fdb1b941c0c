/**
 * The TypeScript types of the pathway manifest, inferred from `schema.ts` so they cannot drift from
 * what the validator accepts.
 */
import type * as v from 'valibot';
import type * as schema from './schema.js';

/** One JSON document that configures every element: pillars, pathways, courses and more. */
export type Manifest = v.InferOutput<typeof schema.ManifestSchema>;

/** The organisation the manifest describes. */
export type Organization = v.InferOutput<typeof schema.OrganizationSchema>;

/** A strategic pillar; `imperative` ranks the year's top three. */
export type Pillar = v.InferOutput<typeof schema.PillarSchema>;

/** 1, 2 or 3: the rank of one of the year's top strategic imperatives. */
export type ImperativeRank = v.InferOutput<typeof schema.ImperativeRankSchema>;

/** An ordered series of courses, owned by a department, advancing one pillar. */
export type Pathway = v.InferOutput<typeof schema.PathwaySchema>;

/** A course: what it teaches (`objectives`), why it matters (`why`) and what it advances (`impactTags`). */
export type Course = v.InferOutput<typeof schema.CourseSchema>;

/** Why a course matters, with an optional "from → to" reframing. */
export type WhyFraming = v.InferOutput<typeof schema.WhyFramingSchema>;

/** "Avoiding fines" → "protecting client trust as a competitive differentiator". */
export type Reframe = v.InferOutput<typeof schema.ReframeSchema>;

/** Enrolment and completion figures of a course, for the content audit. */
export type CourseUsage = v.InferOutput<typeof schema.CourseUsageSchema>;

/** Average relevance and clarity ratings (1 to 5) of a course. */
export type CourseRatings = v.InferOutput<typeof schema.CourseRatingsSchema>;

/** A badge tying a course to a pillar, an initiative and a target period. */
export type ImpactTag = v.InferOutput<typeof schema.ImpactTagSchema>;

/** A skill courses build; `transferable` marks one that is durable beyond the current role. */
export type Skill = v.InferOutput<typeof schema.SkillSchema>;

/** A skill's code in an external framework (ESCO, O*NET, …). */
export type SkillFramework = v.InferOutput<typeof schema.SkillFrameworkSchema>;

/** A subject-matter expert who vouches for a course. */
export type Expert = v.InferOutput<typeof schema.ExpertSchema>;

/** An expert's statement that a course helped solve a strategic problem. */
export type Endorsement = v.InferOutput<typeof schema.EndorsementSchema>;

/** One manager's team: members, what they learn, and the wording of 1:1 prompts. */
export type Team = v.InferOutput<typeof schema.TeamSchema>;

/** A team member: their current pathway and course, and recent completions. */
export type TeamMember = v.InferOutput<typeof schema.TeamMemberSchema>;

/** A course a team member completed, with their takeaway. */
export type TeamCompletion = v.InferOutput<typeof schema.TeamCompletionSchema>;

/** The wording of a 1:1 prompt, for a course, a pillar or a language. */
export type PromptTemplate = v.InferOutput<typeof schema.PromptTemplateSchema>;

/** A 1:1 prompt the manager marked as discussed, and when. */
export type DiscussedPrompt = v.InferOutput<typeof schema.DiscussedPromptSchema>;

/** The series and cost inputs of the Purpose Dividend chart. */
export type Metrics = v.InferOutput<typeof schema.MetricsSchema>;

/** The name of one of the dividend's series. */
export type SeriesName = keyof NonNullable<Metrics['series']>;

/** The aligned cohort and the baseline over time; `null` marks a period without data. */
export type CohortSeries = v.InferOutput<typeof schema.CohortSeriesSchema>;

/** The Human Sustainability series: future-proof share, breadth, wellbeing, employability. */
export type Sustainability = v.InferOutput<typeof schema.SustainabilitySchema>;

/** A series for everyone and, where published, per team. */
export type ByTeam = v.InferOutput<typeof schema.ByTeamSchema>;

/** The inputs of the attrition cost avoided. */
export type CostModel = v.InferOutput<typeof schema.CostModelSchema>;

/** Where and how learner events are delivered. */
export type Reporting = v.InferOutput<typeof schema.ReportingSchema>;

/** `json` (a batch of events) or `xapi` (xAPI 1.0.3 statements). */
export type ReportingFormat = NonNullable<Reporting['format']>;
