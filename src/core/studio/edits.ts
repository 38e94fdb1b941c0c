/**
 * The edits the studio makes to a draft manifest, as pure functions: each returns a new manifest
 * that shares every part it did not change, so the undo history holds versions cheaply and a
 * preview element given the new object sees a new manifest. Nothing here validates: the draft may
 * be invalid while the user types, and the validator says where.
 */
import { ID_PATTERN } from '../manifest/fields.js';
import type { Course, Endorsement, ImpactTag, Manifest, Pathway } from '../manifest/types.js';

export interface WhyDraft {
  statement: string;
  from: string;
  to: string;
}

type Entry = { readonly id: string };

function updated<T extends Entry>(list: readonly T[], id: string, change: (entry: T) => T): T[] {
  return list.map((entry) => (entry.id === id ? change(entry) : entry));
}

function withCourse(manifest: Manifest, id: string, change: (course: Course) => Course): Manifest {
  return { ...manifest, courses: updated(manifest.courses, id, change) };
}

/** The why framing as typed: all three empty removes it; a reframe exists when either side is typed. */
export function setWhy(manifest: Manifest, courseId: string, why: WhyDraft): Manifest {
  return withCourse(manifest, courseId, ({ why: _old, ...course }) => {
    if (!why.statement && !why.from && !why.to) return course;
    return { ...course, why: { statement: why.statement, ...((why.from || why.to) && { reframe: { from: why.from, to: why.to } }) } };
  });
}

/** The course's own pillar; `''` removes it (it then comes from its pathway or tags). */
export function setCoursePillar(manifest: Manifest, courseId: string, pillar: string): Manifest {
  return withCourse(manifest, courseId, ({ pillar: _old, ...course }) => (pillar ? { ...course, pillar } : course));
}

export function setImpactTag(manifest: Manifest, courseId: string, tagId: string, on: boolean): Manifest {
  return withCourse(manifest, courseId, (course) => {
    const has = course.impactTags.includes(tagId);
    if (has === on) return course;
    return { ...course, impactTags: on ? [...course.impactTags, tagId] : course.impactTags.filter((id) => id !== tagId) };
  });
}

/** An id made from `text` that no entry of `taken` has: `Protect client trust` → `protect-client-trust`. */
export function freshId(text: string, taken: Iterable<string>): string {
  const used = new Set(taken);
  const slug =
    text
      .normalize('NFKD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48) || 'item';
  let id = ID_PATTERN.test(slug) ? slug : `id-${slug}`;
  for (let n = 2; used.has(id); n++) id = `${slug}-${n}`;
  return id;
}

export type NewImpactTag = Omit<ImpactTag, 'id'>;

/** Adds a new impact tag and gives it to the course; returns the draft and the tag's id. */
export function createImpactTag(manifest: Manifest, courseId: string, tag: NewImpactTag): { manifest: Manifest; id: string } {
  const id = freshId(tag.label, manifest.impactTags.map((entry) => entry.id));
  const next = { ...manifest, impactTags: [...manifest.impactTags, { id, ...tag }] };
  return { manifest: setImpactTag(next, courseId, id, true), id };
}

export function addToPathway(manifest: Manifest, courseId: string, pathwayId: string): Manifest {
  return {
    ...manifest,
    pathways: updated(manifest.pathways, pathwayId, (pathway) => (pathway.courses.includes(courseId) ? pathway : { ...pathway, courses: [...pathway.courses, courseId] })),
  };
}

/** Takes the course out of the pathway; a pathway left without courses is removed (it must have one). */
export function removeFromPathway(manifest: Manifest, courseId: string, pathwayId: string): Manifest {
  const pathways = updated(manifest.pathways, pathwayId, (pathway) => ({ ...pathway, courses: pathway.courses.filter((id) => id !== courseId) }));
  return { ...manifest, pathways: pathways.filter((pathway) => pathway.courses.length > 0) };
}

export type NewPathway = Pick<Pathway, 'title' | 'department' | 'pillar'>;

/** A new pathway holding the course; returns the draft and the pathway's id. */
export function createPathway(manifest: Manifest, courseId: string, pathway: NewPathway): { manifest: Manifest; id: string } {
  const id = freshId(pathway.title, manifest.pathways.map((entry) => entry.id));
  return { manifest: { ...manifest, pathways: [...manifest.pathways, { id, ...pathway, courses: [courseId] }] }, id };
}

export function setHero(manifest: Manifest, pathwayId: string, hero: boolean): Manifest {
  return { ...manifest, pathways: updated(manifest.pathways, pathwayId, ({ hero: _old, ...pathway }) => (hero ? { ...pathway, hero } : pathway)) };
}

/** An endorsement from the inbox, curated into the manifest (replacing one with its id). */
export function acceptEndorsement(manifest: Manifest, endorsement: Endorsement): Manifest {
  const others = (manifest.endorsements ?? []).filter((entry) => entry.id !== endorsement.id);
  return { ...manifest, endorsements: [...others, endorsement] };
}
