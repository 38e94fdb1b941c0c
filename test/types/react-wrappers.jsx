// Fixture for purpose-kit/react's declarations (dist/types/react/): each wrapper's props are its
// element's properties, each on… prop gets its event with the typed detail, and wrong values do not
// type-check (each @ts-expect-error fails the check if the error disappears).
import { useRef } from 'react';
import { PkConfig, PkPillarNavigator, PkRelevanceRater, PkWhyBanner } from '../../dist/types/react/index.js';

export function Course() {
  /** @type {import('react').RefObject<import('../../dist/types/index.js').PkRelevanceRater | null>} */
  const rater = useRef(null);
  return (
    <>
      <PkConfig manifest={{ version: 1 }} locale="de-DE" headers={async () => ({ Authorization: 'Bearer x' })} />
      <PkWhyBanner course="grid-101" variant="compact" headingLevel={3} onPkWhyDismiss={(event) => event.detail.course.toUpperCase()} />
      <PkPillarNavigator progress={{ 'grid-101': 'done' }} onPkCourseSelect={(event) => event.detail.course.title.toUpperCase()} />
      <PkRelevanceRater
        ref={rater}
        course="grid-101"
        className="rater"
        onPkRate={(event) => event.detail.relevance.toFixed()}
        onPkError={(event) => event.detail.code}
      />
      {/* @ts-expect-error variant is 'full' or 'compact' */}
      <PkWhyBanner variant="wide" />
      {/* @ts-expect-error headingLevel is a number */}
      <PkWhyBanner headingLevel="3" />
      {/* @ts-expect-error the detail of pk-rate has no score */}
      <PkRelevanceRater onPkRate={(event) => event.detail.score} />
      {/* @ts-expect-error the rater fires no pk-course-select */}
      <PkRelevanceRater onPkCourseSelect={() => {}} />
    </>
  );
}

export function NotProps() {
  return (
    <>
      {/* @ts-expect-error Lit's API is not a prop */}
      <PkRelevanceRater requestUpdate={() => {}} />
      {/* @ts-expect-error nor is the element's render() */}
      <PkRelevanceRater render={() => null} />
      {/* @ts-expect-error value is read-only (a getter) */}
      <PkRelevanceRater value={{ relevance: 1, clarity: 1 }} />
      {/* @ts-expect-error a lifecycle callback is not a prop */}
      <PkRelevanceRater formResetCallback={() => {}} />
      {/* @ts-expect-error relevance is a number */}
      <PkRelevanceRater relevance="4" />
    </>
  );
}
