// The words each stored value is shown with, and the badge tone that goes with it: one place, so every view says the same.
import type { OutputOf } from '../../../../shared/contract';
import type { BadgeTone } from '../../ui';

export { appointmentCategoryLabels } from '../../../../shared/domain/appointment-categories';

type Credential = OutputOf<'credentials.forStaff'>[number];
type Verification = OutputOf<'verifications.forCredential'>[number];
type QueueRow = OutputOf<'verifications.needed'>['rows'][number];
type Privilege = OutputOf<'privileges.forStaff'>[number];
type Evaluation = OutputOf<'evaluations.forStaff'>[number];

export interface Label {
  label: string;
  tone: BadgeTone;
}

export const verificationKindLabels: Record<Verification['kind'], string> = {
  initial: 'Initial',
  periodic: 'Periodic',
  renewal: 'Renewal',
};

export const verificationMethodLabels: Record<Verification['method'], string> = {
  online: 'Online (primary source website)',
  letter: 'Letter',
  phone: 'Phone',
  email: 'Email',
  'in-person': 'In person',
};

export const verificationResultLabels: Record<NonNullable<Credential['lastVerificationResult']>, Label> = {
  verified: { label: 'Verified', tone: 'success' },
  discrepancy: { label: 'Discrepancy', tone: 'danger' },
  'unable-to-verify': { label: 'Unable to verify', tone: 'warning' },
};

export const verificationReasonLabels: Record<QueueRow['reason'], Label> = {
  'never-verified': { label: 'Never verified', tone: 'warning' },
  'expiry-past-verified': { label: 'Expiry moved past what was verified', tone: 'info' },
  'last-check-failed': { label: 'Last check did not verify', tone: 'danger' },
  'reappointment-due': { label: 'Verify again for reappointment', tone: 'info' },
};

export const privilegeStatusLabels: Record<Privilege['status'], Label> = {
  requested: { label: 'Requested', tone: 'info' },
  granted: { label: 'Granted', tone: 'success' },
  provisional: { label: 'Provisional', tone: 'warning' },
  suspended: { label: 'Suspended', tone: 'danger' },
  relinquished: { label: 'Relinquished', tone: 'neutral' },
  denied: { label: 'Denied', tone: 'neutral' },
};

export const privilegeKindLabels: Record<Privilege['kind'], string> = {
  regular: 'Regular',
  temporary: 'Temporary (at most 120 days)',
  disaster: 'Disaster',
  telemedicine: 'Telemedicine',
};

/** The kind in a badge or a table cell. */
export const privilegeKindShort: Record<Privilege['kind'], string> = { regular: 'Regular', temporary: 'Temporary', disaster: 'Disaster', telemedicine: 'Telemedicine' };

export const fppeDecisionLabels: Record<NonNullable<Evaluation['decision']>, Label> = {
  confirm: { label: 'Confirmed', tone: 'success' },
  extend: { label: 'Extended', tone: 'warning' },
  limit: { label: 'Limited', tone: 'danger' },
};

/** The decision as the director chooses it. */
export const fppeDecisionChoices: Record<NonNullable<Evaluation['decision']>, string> = {
  confirm: 'Confirm the privilege',
  extend: 'Extend the FPPE',
  limit: 'Limit the privilege',
};

export const evaluationKindLabels: Record<Evaluation['kind'], string> = {
  fppe: 'FPPE — focused evaluation',
  oppe: 'OPPE — ongoing evaluation',
};

export const evaluationOutcomeLabels: Record<Evaluation['outcome'], Label> = {
  pending: { label: 'Pending', tone: 'neutral' },
  satisfactory: { label: 'Satisfactory', tone: 'success' },
  'needs-improvement': { label: 'Needs improvement', tone: 'warning' },
  extended: { label: 'Extended', tone: 'warning' },
  'privileges-revised': { label: 'Privileges revised', tone: 'danger' },
};

/** Options for a select, in the order the labels were written. */
export function optionsOf<K extends string>(labels: Record<K, string | Label>): { value: K; label: string }[] {
  return (Object.entries(labels) as [K, string | Label][]).map(([value, label]) => ({ value, label: typeof label === 'string' ? label : label.label }));
}
