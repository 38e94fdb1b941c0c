import { html, nothing, svg } from 'lit';
import { classMap } from 'lit/directives/class-map.js';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Pillar } from '../../core/manifest/types.js';
import { statusOf } from './progress.js';
import type { RenderContext } from './render-context.js';
import { renderPathwayProgress } from './render-progress.js';
import type { PathwayFilter } from './search.js';
import type { CourseView, LaneView, MoreView, PathwayView } from './tree-model.js';

/** Lanes are drawn side by side, converging on the pillar below, when there are this few of them. */
const MAX_COLUMNS = 4;

export interface TreeRender {
  ctx: RenderContext;
  pillar: Pillar;
  lanes: readonly LaneView[];
  filter: PathwayFilter;
  /** The one node in the tab order (roving tabindex). */
  tabStop?: string;
  selectedPathway?: string;
  on: { keydown(event: KeyboardEvent): void; click(event: MouseEvent): void; focusin(event: FocusEvent): void };
}

/**
 * The pillar's pathways as an APG tree (departments → pathways → courses), drawn as department
 * lanes converging on the pillar: side by side over an SVG funnel when there is room, else stacked
 * along one trunk line that ends at the pillar.
 *
 * Tree items are named from their own row (browsers leave a nested group out of the name); a
 * pathway's description is its accessible description, hidden from the name.
 */
export function renderConvergence(render: TreeRender) {
  const { ctx, pillar, lanes } = render;
  const columns = lanes.length > 1 && lanes.length <= MAX_COLUMNS;
  return html`<div class=${classMap({ converge: true, columns })}>
    <ul
      class="lanes"
      part="tree"
      role="tree"
      aria-label=${ctx.t('pillar-navigator.tree', { pillar: pillar.title })}
      @keydown=${render.on.keydown}
      @click=${render.on.click}
      @focusin=${render.on.focusin}
    >
      ${lanes.map((lane) => renderLane(render, lane))}
    </ul>
    ${columns ? renderFunnel(lanes.length) : nothing}
    <p class="target" part="target">
      <span class="target-mark" aria-hidden="true"></span>
      <span>${ctx.t('pillar-navigator.converge', { count: lanes.length, pillar: pillar.title })}</span>
    </p>
  </div>`;
}

/** One curve from the centre of each of `count` equal columns down to the middle. */
function renderFunnel(count: number) {
  const curves = Array.from({ length: count }, (_, index) => {
    const x = ((index + 0.5) * 100) / count;
    return svg`<path d=${`M ${x} 0 C ${x} 20, 50 20, 50 40`}></path>`;
  });
  return html`<svg class="funnel" viewBox="0 0 100 40" preserveAspectRatio="none" aria-hidden="true" focusable="false">
    ${curves}
  </svg>`;
}

const tabindex = (render: TreeRender, key: string) => (key === render.tabStop ? 0 : -1);

function renderLane(render: TreeRender, lane: LaneView) {
  return html`<li
    class="lane"
    part="department ${lane.open ? 'expanded' : ''}"
    role="treeitem"
    data-key=${lane.key}
    aria-expanded=${lane.open}
    tabindex=${tabindex(render, lane.key)}
  >
    <div class="row lane-head">
      <span class="twisty" aria-hidden="true"></span>
      <span class="lane-name">${lane.department}</span>
      <span class="count">${render.ctx.t('pillar-navigator.pathways', { count: lane.total })}</span>
    </div>
    ${lane.open
      ? html`<ul class="pathways" role="group">
          ${lane.pathways.map((pathway) => renderPathway(render, pathway))} ${renderMore(render, lane.more)}
        </ul>`
      : nothing}
  </li>`;
}

function renderPathway(render: TreeRender, view: PathwayView) {
  const { ctx, filter } = render;
  const { t } = ctx;
  const { pathway } = view;
  const description = view.open ? pathway.description : undefined;
  const descriptionId = `description-${pathway.id}`;
  const matching = filter.searching ? pathway.courses.filter((id) => filter.courseMatches(id)).length : 0;
  const selected = pathway.id === render.selectedPathway;
  const classes = { pathway: true, 'hero-pathway': pathway.hero === true, selected };
  return html`<li
    class=${classMap(classes)}
    part="pathway ${view.open ? 'expanded' : ''} ${selected ? 'selected' : ''}"
    role="treeitem"
    data-key=${view.key}
    aria-expanded=${view.open}
    aria-level="2"
    aria-posinset=${view.position}
    aria-setsize=${view.setSize}
    aria-describedby=${description ? descriptionId : nothing}
    aria-current=${ifDefined(selected ? 'true' : undefined)}
    tabindex=${tabindex(render, view.key)}
  >
    <div class="row pathway-head">
      <span class="twisty" aria-hidden="true"></span>
      <span class="pathway-title">${pathway.title}</span>
      <span class="pathway-meta">
        ${pathway.hero ? html`<span class="flag flag-hero" part="flag">${t('pillar-navigator.hero')}</span>` : nothing}
        ${pathway.mandatory ? html`<span class="flag flag-mandatory" part="flag">${t('pillar-navigator.mandatory')}</span>` : nothing}
        <span>${t('pillar-navigator.courses', { count: pathway.courses.length })}</span>
        ${matching > 0 ? html`<span class="matches">${t('pillar-navigator.course-matches', { count: matching })}</span>` : nothing}
        ${renderPathwayProgress(ctx, pathway)}
      </span>
    </div>
    ${view.open
      ? html`${description
            ? html`<p class="pathway-description" id=${descriptionId} aria-hidden="true">${description}</p>`
            : nothing}
          <ol class="courses" part="courses" role="group">
            ${view.courses.map((course) => renderCourse(render, course))} ${renderMore(render, view.more)}
          </ol>`
      : nothing}
  </li>`;
}

function renderCourse(render: TreeRender, view: CourseView) {
  const { ctx, filter } = render;
  const { t, catalog, progress } = ctx;
  const course = catalog.courses.get(view.courseId)!;
  const status = progress ? statusOf(progress, course.id) : undefined;
  const tags = course.impactTags.flatMap((id) => catalog.impactTags.get(id) ?? []);
  const match = filter.courseMatches(course.id);
  return html`<li
    class=${classMap({ row: true, course: true, match, [`status-${status}`]: status !== undefined })}
    part="course"
    role="treeitem"
    data-key=${view.key}
    aria-level="3"
    aria-posinset=${view.position}
    aria-setsize=${view.pathway.courses.length}
    tabindex=${tabindex(render, view.key)}
  >
    <span class="course-position" aria-hidden="true">${view.position}</span>
    <span class="course-title">${course.title}</span>
    <span class="course-meta">
      ${status ? html`<span class="course-status">${t(`pillar-navigator.status.${status}`)}</span>` : nothing}
      ${course.mandatory ? html`<span class="flag flag-mandatory" part="flag">${t('pillar-navigator.mandatory')}</span>` : nothing}
      ${match ? html`<span class="flag flag-match" part="flag">${t('pillar-navigator.match')}</span>` : nothing}
      ${tags.length
        ? html`<span class="tags">
            <span class="visually-hidden">${t('pillar-navigator.impact')}</span>
            ${tags.map((tag) => html`<span class="tag" part="impact-tag">${tag.label}</span> `)}
          </span>`
        : nothing}
    </span>
  </li>`;
}

function renderMore(render: TreeRender, more: MoreView | undefined) {
  if (!more) return nothing;
  return html`<li class="row more" part="more" role="treeitem" data-key=${more.key} tabindex=${tabindex(render, more.key)}>
    ${render.ctx.t('pillar-navigator.more', { count: more.hidden })}
  </li>`;
}
