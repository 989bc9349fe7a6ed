// Whose turn it is in an approval chain: the first pending step, while the version is in review.
import type { PolicyVersion } from './store';

export type ApprovalStep = PolicyVersion['approvals'][number];

export function stepWhoseTurnItIs(version: PolicyVersion): ApprovalStep | null {
  if (version.state !== 'in-review') return null;
  return [...version.approvals].sort((a, b) => a.position - b.position).find((s) => s.decision === 'pending') ?? null;
}
