/**
 * The labels, counts and states of what <pk-pillar-navigator> draws (English, the source
 * catalogue): heroes, pillar tabs, filter controls, the pathway tree, progress, empty and not
 * found. What it says about filter results is in `pillar-navigator-filter-results.ts`.
 */
export default {
  'pillar-navigator.heroes.title': 'Hero pathways',
  'pillar-navigator.heroes.title-year': 'Hero pathways {year}',
  'pillar-navigator.heroes.intro': 'One pathway for each of the year’s top strategic imperatives.',
  'pillar-navigator.imperative': 'Imperative {rank}',
  'pillar-navigator.pillars': 'Strategic pillars',
  'pillar-navigator.filters': 'Filter pathways',
  'pillar-navigator.search': 'Search',
  'pillar-navigator.search.placeholder': 'Titles, objectives, impact tags',
  'pillar-navigator.department': 'Department',
  'pillar-navigator.department.all': 'All departments',
  'pillar-navigator.hero-only': 'Hero pathways only',
  'pillar-navigator.mandatory-only': 'Mandatory only',
  'pillar-navigator.clear': 'Clear filters',
  'pillar-navigator.results.none': 'No pathway matches your filters.',
  'pillar-navigator.no-match.elsewhere': {
    one: 'No pathway in this pillar matches your filters; 1 matches in another pillar.',
    other: 'No pathway in this pillar matches your filters; {count} match in other pillars.',
  },
  'pillar-navigator.pathways': { one: '1 pathway', other: '{count} pathways' },
  'pillar-navigator.courses': { one: '1 course', other: '{count} courses' },
  'pillar-navigator.tree': 'Pathways of {pillar}',
  'pillar-navigator.converge': {
    one: '1 department leads to {pillar}',
    other: '{count} departments converge on {pillar}',
  },
  'pillar-navigator.hero': 'Hero pathway',
  'pillar-navigator.mandatory': 'Mandatory',
  'pillar-navigator.impact': 'Impact:',
  'pillar-navigator.progress': '{done} of {total} done',
  'pillar-navigator.progress.label': 'Progress in {pathway}',
  'pillar-navigator.status.not-started': 'Not started',
  'pillar-navigator.status.in-progress': 'In progress',
  'pillar-navigator.status.done': 'Done',
  'pillar-navigator.more': { one: 'Show 1 more', other: 'Show more ({count} not shown)' },
  'pillar-navigator.empty': 'There are no pathways in this manifest yet.',
  'pillar-navigator.not-found.pillar': 'There is no pillar “{id}” in the pathway manifest.',
  'pillar-navigator.not-found.pathway': 'There is no pathway “{id}” in the pathway manifest.',
} as const;
