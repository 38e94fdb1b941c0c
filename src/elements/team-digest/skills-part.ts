import { nothing, type ReactiveControllerHost } from 'lit';
import { LazyModule, LazyPart, type LazyPartOptions } from '../../core/base/lazy-part.js';
import { useSourceMessages } from '../../core/i18n/i18n.js';
import type { Manifest, TeamMember } from '../../core/manifest/types.js';
import type { MemberContext } from './render-member.js';

type MemberSkills = typeof import('./member-skills.js');

const skillsModule = new LazyModule<MemberSkills>('transferable skills', () =>
  import('./member-skills.js').then((chunk) => {
    useSourceMessages(chunk.messages);
    return chunk;
  }),
);

/**
 * The digest's handle on each member's transferable skills of this year: nothing for a manifest
 * that names no transferable skill; otherwise the line, once its chunk is here.
 */
export class SkillsPart {
  private readonly part: LazyPart<MemberSkills>;

  constructor(host: ReactiveControllerHost & Element, options: LazyPartOptions) {
    this.part = new LazyPart(host, skillsModule, { ...options, when: 'shown' });
  }

  render(member: TeamMember, manifest: Manifest, ctx: Pick<MemberContext, 't' | 'locale'>): unknown {
    if (!manifest.skills?.some((skill) => skill.transferable)) return nothing;
    return this.part.render((chunk) => chunk.renderSkills(member, manifest, new Date().getFullYear(), ctx), nothing);
  }
}
