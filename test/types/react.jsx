// React 19 fixture for the generated dist/types/jsx.d.ts: tags, properties and pk-* events type-check,
// and wrong values do not (each @ts-expect-error fails the check if the error disappears).
import '../../dist/types/jsx.js';

export function Pathways() {
  return (
    <>
      <pk-why-banner
        course="data-privacy-essentials"
        variant="compact"
        headingLevel={3}
        onpk-why-dismiss={(event) => event.detail.course.toUpperCase()}
      />
      <pk-pillar-navigator
        progress={{ 'data-privacy-essentials': 'done' }}
        onpk-course-select={(event) => event.detail.course.title.toUpperCase()}
      />
      <pk-relevance-rater course="x" onpk-rate={(event) => event.detail.course} onpk-error={(event) => event.detail.code} />
      {/* @ts-expect-error variant is 'full' or 'compact' */}
      <pk-why-banner variant="wide" />
      {/* @ts-expect-error headingLevel is a number */}
      <pk-why-banner headingLevel="3" />
      {/* @ts-expect-error the detail of pk-why-dismiss has no score */}
      <pk-why-banner onpk-why-dismiss={(event) => event.detail.score} />
      {/* @ts-expect-error no such element */}
      <pk-no-such-element />
    </>
  );
}
