import '../elements/content-audit/define.js';
import { PkContentAudit as PkContentAuditElement } from '../elements/content-audit/content-audit.js';
import { eventName, wrap } from './wrap.js';

/** `<pk-content-audit>` as a React component (React 17–19); registers the element. */
export const PkContentAudit = wrap('pk-content-audit', PkContentAuditElement, {
  onPkAuditExport: eventName('pk-audit-export'),
  onPkError: eventName('pk-error'),
});
