/** Detail of `pk-prompt-discuss`: the manager marked a 1:1 prompt as discussed. Cancel it to keep it open. */
export interface PkPromptDiscussDetail {
  /** The team member's id. */
  member: string;
  /** The completed course the prompt is about. */
  course: string;
  /** The course's pillar, when it has one. */
  pillar?: string;
  /** The prompt's stable id (`member:course:date`). */
  promptId: string;
  /** The prompt as shown. */
  prompt: string;
  /** The manager's id (the configured learner), when one is configured. */
  learner?: string;
}

export type PkPromptDiscussEvent = CustomEvent<PkPromptDiscussDetail>;

declare global {
  interface GlobalEventHandlersEventMap {
    'pk-prompt-discuss': PkPromptDiscussEvent;
  }
}
