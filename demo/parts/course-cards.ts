import { html, type TemplateResult } from 'lit';

/** Course cards as the LMS lists them: its own titles, links and durations. */
const courses = [
  { id: 'data-privacy-essentials', title: 'Data Privacy Essentials', url: 'https://learn.example.com/courses/data-privacy-essentials', meta: 'Ostara Compliance · 45 min · mandatory' },
  { id: 'renewables-grid-integration', title: 'Integrating Renewables into the Distribution Grid', url: 'https://learn.example.com/courses/renewables-grid-integration', meta: '3 h' },
  { id: 'python-for-automation', title: 'Python for Automation', url: 'https://learn.example.com/courses/python-for-automation', meta: '6 h' },
  { id: 'dashboard-design', title: 'Dashboard Design for Operational Data', url: 'https://learn.example.com/courses/dashboard-design', meta: '2 h' },
  { id: 'cyber-security-awareness', title: 'Cyber Security Awareness', url: 'https://learn.example.com/courses/cyber-security-awareness', meta: '40 min · mandatory' },
  { id: 'field-safety-induction', title: 'Field Safety Induction', url: 'https://learn.example.com/courses/field-safety-induction', meta: '90 min' },
  { id: 'anti-bribery-refresher', title: 'Anti-Bribery and Corruption Annual Refresher', url: 'https://learn.example.com/courses/anti-bribery-refresher', meta: '30 min · mandatory' },
  { id: 'career-conversations', title: 'Owning Your Career at Aurelis', url: 'https://learn.example.com/courses/career-conversations', meta: '1 h' },
];

/**
 * The course catalogue: the course of the week with its full why-banner, then a grid of course
 * cards, each with its impact badges (hover or focus one to see the pillar, initiative and due
 * date) and a compact why-banner. Every element reads the page's one `<pk-config>`.
 */
export function template(): TemplateResult {
  return html`<section aria-labelledby="catalogue-title">
    <h2 id="catalogue-title">Courses for you</h2>
    <p>Course of the week:</p>
    <pk-why-banner course="data-privacy-essentials" heading-level="3"></pk-why-banner>

    <p>From the pathways of every pillar:</p>
    <div class="card-grid">
      ${courses.map(
        (course) => html`<article class="card">
          <h3><a href=${course.url}>${course.title}</a></h3>
          <p>${course.meta}</p>
          <pk-impact-badge course=${course.id}></pk-impact-badge>
          <pk-why-banner course=${course.id} variant="compact" heading-level="4"></pk-why-banner>
        </article>`,
      )}
    </div>
  </section>`;
}
