import type { Course } from '../../../core/manifest/types.js';

/**
 * Detail of `pk-course-select`: the learner chose a course in a pathway. The event is cancelable;
 * when it is not cancelled and the element has `navigate`, the page goes to `url`.
 */
export interface PkCourseSelectDetail {
  courseId: string;
  pathwayId: string;
  pillarId: string;
  course: Course;
  /** The course URL, resolved and allowed by `safeUrl`; absent when the course has none. */
  url?: string;
}

export type PkCourseSelectEvent = CustomEvent<PkCourseSelectDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-course-select': PkCourseSelectEvent;
  }
}
