/**
 * The 1:1 prompts a manager marked as discussed: marking one (the cancelable `pk-prompt-discuss`,
 * then the mark remembered on the device and sent as a `prompt-discussed` event), the marks made
 * on this device, recalled whenever the manager or the prompts change, and those the team document
 * brings from other devices. Remembering and sending come in a chunk of their own
 * (`discussion.ts`), loaded when the digest first shows a prompt: marks made before it arrives are
 * kept, and saved once it is here.
 */
import { isServer, nothing, type ReactiveControllerHost } from 'lit';
import type { DeliveryController } from '../../core/base/delivery-controller.js';
import { emit } from '../../core/base/events/emit.js';
import { LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import type { Catalog } from '../../core/manifest/catalog.js';
import type { Team, TeamMember } from '../../core/manifest/types.js';
import './events/pk-prompt-discuss.js';
import type { SkillsContext } from './member-skills.js';
import type { CompletionView, MemberView } from './members.js';
import { discussionModule } from './parts.js';

type Discussion = typeof import('./discussion.js');

/** A prompt marked as discussed, to remember on the device and send to the endpoint. */
interface Mark {
  view: MemberView;
  item: CompletionView;
  catalog: Catalog;
  /** The manager who marked it. */
  learner: string | undefined;
  at: string;
}

export class DiscussionMarks {
  /** Prompt id → when it was marked as discussed on this device (ISO time). */
  private here: ReadonlyMap<string, string> = new Map();
  /** Prompt id → when the team document says it was marked as discussed, on any device. */
  private inTeam: ReadonlyMap<string, string> = new Map();
  private readonly discussion: LazyPart<Discussion>;
  /** Marks made before the discussion part arrived: remembered and sent once it is here. */
  private unsaved: Mark[] = [];
  /** The prompt marked last while the discussion part was missing. */
  private waitingPrompt?: string;
  /** Where the discussion part is drawn (nothing, or its failure): beside `waitingPrompt`, else the first prompt. */
  private partPrompt?: string;
  private memoryKey?: string;
  private memoryLearner?: string;

  /** @param delivery sends the marks; `options` say how the part's failure is reported and said */
  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly delivery: DeliveryController,
    options: LazyPartOptions,
  ) {
    this.discussion = new LazyPart(host, discussionModule, options);
  }

  /**
   * The manager and the prompts shown, from `willUpdate`. Once the discussion part is here: saves
   * the marks made before it came, and recalls which prompts were discussed on this device.
   */
  use(learner: string | undefined, team: Team | undefined, views: readonly MemberView[]): void {
    this.inTeam = new Map(team?.discussed?.map(({ prompt, at }) => [prompt, at]));
    const promptIds = views.flatMap((view) => view.completions.map(({ prompt }) => prompt.id));
    this.partPrompt = this.waitingPrompt !== undefined && promptIds.includes(this.waitingPrompt) ? this.waitingPrompt : promptIds[0];
    // Another manager's marks are theirs, not this one's.
    if (learner !== this.memoryLearner) this.here = new Map();
    this.memoryLearner = learner;
    const discussion = this.discussion.value;
    // Marks made on this device are in the browser's storage, not on the server.
    if (!discussion || isServer) return;
    this.waitingPrompt = undefined;
    for (const mark of this.unsaved.splice(0)) this.save(discussion, mark);
    const ids = [...promptIds].sort();
    const key = JSON.stringify([learner, ids]);
    if (key === this.memoryKey || ids.length === 0) return;
    this.memoryKey = key;
    void discussion.recallDiscussed(learner, ids).then((discussed) => {
      if (key !== this.memoryKey) return;
      this.here = new Map([...discussed, ...this.here]);
      this.host.requestUpdate();
    });
  }

  /** When the prompt was marked as discussed, here or on another device; `undefined` while it is open. */
  at(promptId: string): string | undefined {
    return this.here.get(promptId) ?? this.inTeam.get(promptId);
  }

  /** The manager marks a prompt as discussed (unless it is, or the host cancels `pk-prompt-discuss`). */
  mark(view: MemberView, item: CompletionView, catalog: Catalog, learner: string | undefined): void {
    const { course, pillar, prompt } = item;
    if (this.at(prompt.id)) return;
    const detail = {
      member: view.member.id,
      course: course.id,
      ...(pillar && { pillar: pillar.id }),
      promptId: prompt.id,
      prompt: prompt.text,
      ...(learner !== undefined && { learner }),
    };
    if (!emit(this.host, 'pk-prompt-discuss', detail, { cancelable: true })) return;
    const at = new Date().toISOString();
    this.here = new Map(this.here).set(prompt.id, at);
    this.host.requestUpdate();
    const mark = { view, item, catalog, learner, at };
    const discussion = this.discussion.value;
    if (discussion) {
      this.save(discussion, mark);
    } else {
      // The digest updates when the part comes, and saves the mark then.
      this.unsaved.push(mark);
      this.waitingPrompt = prompt.id;
    }
  }

  /** A member's transferable skills of this year, once the part is here (see `member-skills.ts`). */
  skills(member: TeamMember, ctx: SkillsContext): unknown {
    return this.discussion.value?.renderSkills(member, ctx);
  }

  /** The discussion part beside a prompt: nothing once it is here, or its failure; beside one prompt only. */
  renderPart(promptId: string): unknown {
    return promptId === this.partPrompt ? this.discussion.render(() => nothing) : nothing;
  }

  private save(discussion: Discussion, { view, item, catalog, learner, at }: Mark): void {
    void discussion.rememberDiscussed(learner, item.prompt.id, at);
    this.delivery.deliver(discussion.discussedEvent(view, item, catalog)).catch(() => {
      // deliver() has already reported the failure (console and pk-error); the mark stands.
    });
  }
}
