import { defineElement } from '../../core/base/define.js';
import { PkTeamDigest } from './team-digest.js';

defineElement('pk-team-digest', PkTeamDigest);

declare global {
  interface HTMLElementTagNameMap {
    'pk-team-digest': PkTeamDigest;
  }
}
