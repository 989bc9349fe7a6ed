// What the stats count and what the CLI can list. Each feature adds its tables and lists here as it lands.
import type { ChannelName } from '../../../shared/contract';

/** Record kinds counted by app.stats: the key in the answer, and the table behind it. */
export const countedKinds: readonly { kind: string; table: string }[] = [
  { kind: 'departments', table: 'departments' },
  { kind: 'roles', table: 'roles' },
  { kind: 'staff', table: 'staff' },
  { kind: 'credentials', table: 'credentials' },
  { kind: 'verifications', table: 'verifications' },
  { kind: 'privileges', table: 'privileges' },
  { kind: 'evaluations', table: 'evaluations' },
  { kind: 'attachments', table: 'attachments' },
  { kind: 'policies', table: 'policies' },
  { kind: 'policyVersions', table: 'policy_versions' },
  { kind: 'attestations', table: 'policy_attestations' },
  { kind: 'standards', table: 'standards' },
  { kind: 'committees', table: 'committees' },
  { kind: 'meetings', table: 'meetings' },
  { kind: 'motions', table: 'motions' },
  { kind: 'actionItems', table: 'action_items' },
];

export interface ListKind {
  /** The word used on the command line. */
  kind: string;
  channel: ChannelName;
  /** The input that lists every record of the kind. */
  input: Record<string, unknown>;
}

export const listKinds: readonly ListKind[] = [
  { kind: 'departments', channel: 'departments.list', input: {} },
  { kind: 'roles', channel: 'roles.list', input: {} },
  { kind: 'staff', channel: 'staff.list', input: { limit: 50_000 } },
  { kind: 'expirations', channel: 'credentials.expirations', input: { withinDays: 90, includeExpired: true } },
  { kind: 'verification-queue', channel: 'verifications.needed', input: { limit: 20_000 } },
  { kind: 'reappointments', channel: 'staff.reappointments', input: { withinDays: 90 } },
  { kind: 'evaluations-due', channel: 'evaluations.due', input: { withinDays: 60 } },
  { kind: 'policies', channel: 'policies.list', input: { limit: 5000 } },
  { kind: 'standards', channel: 'standards.list', input: {} },
  { kind: 'committees', channel: 'committees.list', input: {} },
  { kind: 'meetings', channel: 'meetings.list', input: {} },
];
