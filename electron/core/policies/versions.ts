// Reading policy versions and placing each in its lifecycle with the shared rule.
import { createHash } from 'node:crypto';
import type { ApprovalStep, PolicyVersion, PolicyVersionSummary } from '../../../shared/contract/policies';
import { versionInForce, versionState, type StoredVersion } from '../../../shared/domain/policy-lifecycle';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { notFound } from '../errors';

export const hashBody = (body: string) => createHash('sha256').update(body).digest('hex');

export interface VersionSkeleton extends StoredVersion {
  policyId: string;
}

type SummaryRow = Omit<PolicyVersionSummary, 'state' | 'authorName'> & {
  stage: StoredVersion['stage'];
  givenName: string;
  familyName: string;
  degree: string | null;
};

const summarySelect = `SELECT v.id, v.policy_id AS policyId, v.number, v.stage, v.change_summary AS changeSummary, v.author_id AS authorId,
    v.submitted_at AS submittedAt, v.approved_at AS approvedAt, v.effective_on AS effectiveOn, v.created_at AS createdAt, v.updated_at AS updatedAt,
    s.given_name AS givenName, s.family_name AS familyName, s.degree
  FROM policy_versions v JOIN staff s ON s.id = v.author_id`;

export function policyVersions(ctx: CoreContext) {
  const { db } = ctx;
  const skeletonsOf = db.prepare('SELECT id, policy_id AS policyId, number, stage, effective_on AS effectiveOn FROM policy_versions WHERE policy_id = ?');
  // Read as plain arrays: the whole library's versions are placed on every list and search, so this is a hot path.
  const allSkeletons = db.prepare('SELECT id, policy_id, number, stage, effective_on FROM policy_versions').raw();
  const retiredOf = db.prepare('SELECT retired_on FROM policies WHERE id = ?').pluck();
  const summariesOf = db.prepare(`${summarySelect} WHERE v.policy_id = ? ORDER BY v.number DESC`);
  const summaryById = db.prepare(`${summarySelect} WHERE v.id = ?`);
  const textOf = db.prepare('SELECT title, body, body_hash AS bodyHash FROM policy_versions WHERE id = ?');
  const approvalsOf = db.prepare(`SELECT pa.id, pa.version_id AS versionId, pa.position, pa.approver_kind AS approverKind, pa.staff_id AS staffId,
      pa.approver_name AS approverName, pa.decision, pa.comment, pa.decided_at AS decidedAt, pa.motion_id AS motionId, pa.recorded_by AS recordedBy,
      pa.evidence_method AS method, CASE WHEN ev.id IS NULL THEN NULL ELSE json_object('id', ev.id, 'fileName', ev.file_name) END AS evidence
    FROM policy_approvals pa LEFT JOIN attachments ev ON ev.id = pa.evidence_attachment_id
    WHERE pa.version_id = ? AND pa.round = (SELECT max(round) FROM policy_approvals WHERE version_id = ?) ORDER BY pa.position`);
  const autosaveOf = db.prepare('SELECT body FROM policy_autosaves WHERE version_id = ?').pluck();

  function summarize(row: SummaryRow, all: readonly StoredVersion[], today: string, retiredOn: string | null): PolicyVersionSummary {
    const { stage, givenName, familyName, degree, ...rest } = row;
    return { ...rest, state: versionState({ id: row.id, number: row.number, stage, effectiveOn: row.effectiveOn }, all, today, retiredOn), authorName: displayName({ givenName, familyName, degree }) };
  }

  return {
    /** Every version's lifecycle facts, grouped by policy: small rows, so the whole library is cheap to place. */
    skeletonsByPolicy(): Map<string, VersionSkeleton[]> {
      const byPolicy = new Map<string, VersionSkeleton[]>();
      for (const [id, policyId, number, stage, effectiveOn] of allSkeletons.all() as [string, string, number, VersionSkeleton['stage'], string | null][]) {
        const v: VersionSkeleton = { id, policyId, number, stage, effectiveOn };
        const list = byPolicy.get(policyId);
        if (list) list.push(v);
        else byPolicy.set(policyId, [v]);
      }
      return byPolicy;
    },
    skeletonsOf: (policyId: string) => skeletonsOf.all(policyId) as VersionSkeleton[],
    summariesOf(policyId: string, today: string): PolicyVersionSummary[] {
      const all = skeletonsOf.all(policyId) as VersionSkeleton[];
      const retiredOn = retiredOf.get(policyId) as string | null;
      return (summariesOf.all(policyId) as SummaryRow[]).map((r) => summarize(r, all, today, retiredOn));
    },
    summary(versionId: string, today: string): PolicyVersionSummary {
      const row = summaryById.get(versionId) as SummaryRow | undefined;
      if (!row) throw notFound('This policy version');
      return summarize(row, skeletonsOf.all(row.policyId) as VersionSkeleton[], today, retiredOf.get(row.policyId) as string | null);
    },
    text(versionId: string): { title: string; body: string; bodyHash: string } {
      const row = textOf.get(versionId) as { title: string; body: string; bodyHash: string } | undefined;
      if (!row) throw notFound('This policy version');
      return row;
    },
    full(versionId: string, today: string): PolicyVersion {
      const summary = this.summary(versionId, today);
      const { title, body } = this.text(versionId);
      const recovered = autosaveOf.get(versionId) as string | undefined;
      return {
        ...summary,
        title,
        body,
        approvals: (approvalsOf.all(versionId, versionId) as (Omit<ApprovalStep, 'evidence'> & { evidence: string | null })[]).map((a) => ({
          ...a, evidence: a.evidence ? (JSON.parse(a.evidence) as ApprovalStep['evidence']) : null,
        })),
        recoveredBody: recovered !== undefined && recovered !== body ? recovered : null,
      };
    },
    inForce: (versions: readonly VersionSkeleton[], date: string, retiredOn: string | null) => versionInForce(versions, date, retiredOn),
  };
}
