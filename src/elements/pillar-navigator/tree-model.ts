/**
 * The pathway tree of one pillar as data: lanes (departments) → pathways → courses, with only
 * what is expanded and inside its window. Long lists are drawn a page at a time ("Show more"),
 * so a pillar with hundreds of pathways or a pathway with hundreds of courses builds little DOM.
 * `tree-state.ts` keeps what the learner opened and focused; `render-convergence.ts` draws it.
 */
import type { Pathway } from '../../core/manifest/types.js';
import type { Lane } from './navigation.js';

/** How many pathways of a lane are drawn before "Show more", and how many courses of a pathway. */
export const PATHWAY_PAGE = 20;
export const COURSE_PAGE = 25;

/** What the learner opened, closed and asked to see more of. */
export interface TreeState {
  pillarId: string;
  /** Keys of lanes the learner closed (lanes start open). */
  closedLanes: ReadonlySet<string>;
  /** Ids of open pathways. */
  openPathways: ReadonlySet<string>;
  /** Node key → how many of its children are drawn, when more than a page. */
  shown: ReadonlyMap<string, number>;
  /** Always drawn, even beyond its lane's window. */
  selectedPathway?: string;
}

export interface MoreView {
  kind: 'more';
  key: string;
  parent: string;
  /** How many children are not drawn yet. */
  hidden: number;
  /** The key of the first child it reveals (focus moves there). */
  next: string;
  /** How many children are drawn once it is activated. */
  reveal: number;
}

export interface CourseView {
  kind: 'course';
  key: string;
  parent: string;
  courseId: string;
  pathway: Pathway;
  position: number;
}

export interface PathwayView {
  kind: 'pathway';
  key: string;
  parent: string;
  pathway: Pathway;
  position: number;
  setSize: number;
  open: boolean;
  courses: readonly CourseView[];
  more?: MoreView;
}

export interface LaneView {
  kind: 'lane';
  key: string;
  department: string;
  open: boolean;
  total: number;
  pathways: readonly PathwayView[];
  more?: MoreView;
}

export type TreeItem = LaneView | PathwayView | CourseView | MoreView;

export const laneKey = (pillarId: string, department: string) => `lane:${pillarId}:${department}`;
export const pathwayKey = (pathwayId: string) => `pathway:${pathwayId}`;
const courseKey = (pathwayId: string, index: number) => `course:${pathwayId}:${index}`;
const moreKey = (parent: string) => `more:${parent}`;

/** How many of `total` children are drawn: a page, more when asked, and always up to `include`. */
function windowSize(total: number, page: number, shown: number | undefined, include = -1): number {
  return Math.min(total, Math.max(shown ?? page, include + 1));
}

function moreOf(parent: string, total: number, drawn: number, page: number, childKey: (index: number) => string): MoreView | undefined {
  if (drawn >= total) return undefined;
  return { kind: 'more', key: moreKey(parent), parent, hidden: total - drawn, next: childKey(drawn), reveal: Math.min(total, drawn + page) };
}

function pathwayView(pathway: Pathway, lane: string, position: number, setSize: number, state: TreeState): PathwayView {
  const key = pathwayKey(pathway.id);
  const open = state.openPathways.has(pathway.id);
  const drawn = open ? windowSize(pathway.courses.length, COURSE_PAGE, state.shown.get(key)) : 0;
  const courses = pathway.courses.slice(0, drawn).map(
    (courseId, index): CourseView => ({ kind: 'course', key: courseKey(pathway.id, index), parent: key, courseId, pathway, position: index + 1 }),
  );
  const more = open ? moreOf(key, pathway.courses.length, drawn, COURSE_PAGE, (index) => courseKey(pathway.id, index)) : undefined;
  return { kind: 'pathway', key, parent: lane, pathway, position, setSize, open, courses, more };
}

/** The tree of a pillar's lanes as drawn right now. */
export function treeView(lanes: readonly Lane[], state: TreeState): LaneView[] {
  return lanes.map((lane) => {
    const key = laneKey(state.pillarId, lane.department);
    const open = !state.closedLanes.has(key);
    const total = lane.pathways.length;
    const selectedIndex = lane.pathways.findIndex((pathway) => pathway.id === state.selectedPathway);
    const drawn = open ? windowSize(total, PATHWAY_PAGE, state.shown.get(key), selectedIndex) : 0;
    const pathways = lane.pathways
      .slice(0, drawn)
      .map((pathway, index) => pathwayView(pathway, key, index + 1, total, state));
    const more = open ? moreOf(key, total, drawn, PATHWAY_PAGE, (index) => pathwayKey(lane.pathways[index]!.id)) : undefined;
    return { kind: 'lane', key, department: lane.department, open, total, pathways, more };
  });
}

/** Every drawn item by key, in display order (parents before their children). */
export function drawnItems(view: readonly LaneView[]): Map<string, TreeItem> {
  const items = new Map<string, TreeItem>();
  const add = (item: TreeItem | undefined) => item && items.set(item.key, item);
  for (const lane of view) {
    add(lane);
    for (const pathway of lane.pathways) {
      add(pathway);
      pathway.courses.forEach(add);
      add(pathway.more);
    }
    add(lane.more);
  }
  return items;
}
