/** What each part of the course editor reads: the course, its draft, its issues, and the studio's actions. */
import type { FieldIssues } from '../../core/studio/field-issues.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Course, Manifest } from '../../core/manifest/types.js';
import type { StudioEnv } from './environment.js';

/** What the "create" forms hold while they are being filled in. */
export interface Forms {
  tag: { label: string; initiative: string; targetPeriod: string; pillar: string; open?: boolean; problem?: string };
  pathway: { title: string; department: string; pillar: string; add: string; open?: boolean; problem?: string };
}

export function emptyForms(pillar = ''): Forms {
  return { tag: { label: '', initiative: '', targetPeriod: '', pillar }, pathway: { title: '', department: '', pillar, add: '' } };
}

export interface EditorContext {
  readonly env: StudioEnv;
  readonly draft: Manifest;
  readonly catalog: Catalog;
  readonly course: Course;
  readonly issues: FieldIssues;
  readonly forms: Forms;
  /** The draft now: an event handler reads it rather than the draft it was drawn with. */
  latest(): Manifest;
  /** Replaces the draft; `group` makes a run of typing into one field one undo step. */
  edit(next: Manifest, group?: string): void;
  /** Ends a run of typing. */
  seal(): void;
  /** Redraws (a form field changed). */
  refresh(): void;
  /** Moves focus to the element with this id once the studio has drawn. */
  focus(id: string): void;
}
