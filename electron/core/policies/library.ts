// The policy library as a director reads it: each policy with the version in force, its open draft, its review
// status and read-and-sign compliance — placed for the whole library in a few set-based queries.
import type { z } from 'zod';
import { policyLibraryFilters, type Policy, type PolicyLibraryFilter, type PolicyListQuery, type PolicyRow } from '../../../shared/contract/policies';
import { displayName } from '../../../shared/domain/names';
import { reviewStatus } from '../../../shared/domain/policy-lifecycle';
import type { CoreContext } from '../context';
import { notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { policyVersions, type VersionSkeleton } from './versions';
import { standardColumns, standardStandings, type StandardSqlRow } from './standard-standing';

interface PolicySqlRow {
  id: string; reference: string; title: string; category: string; departmentId: string | null; departmentName: string | null;
  ownerId: string; givenName: string; familyName: string; degree: string | null; keywords: string; reviewIntervalMonths: number;
  reviewWarningDays: number; lastReviewedOn: string | null; retiredOn: string | null; attestationDueDays: number;
}

const policySelect = `SELECT p.id, p.reference, p.title, p.category, p.department_id AS departmentId, d.name AS departmentName, p.owner_id AS ownerId,
    s.given_name AS givenName, s.family_name AS familyName, s.degree, p.keywords, p.review_interval_months AS reviewIntervalMonths,
    p.review_warning_days AS reviewWarningDays, p.last_reviewed_on AS lastReviewedOn, p.retired_on AS retiredOn,
    p.attestation_due_days AS attestationDueDays
  FROM policies p JOIN staff s ON s.id = p.owner_id LEFT JOIN departments d ON d.id = p.department_id`;

/**
 * Staff a policy is assigned to: active or on leave, in an assigned role or department, with the day they were first
 * assigned it (the stamp's UTC day: close enough for a due date counted in weeks). Those on leave are shown but not
 * asked to sign: compliance counts only `status = 'active'`.
 */
export const assignedStaffSql = `SELECT a.policy_id, s.id AS staff_id, s.status, min(substr(a.created_at, 1, 10)) AS assigned_on FROM policy_assignments a
  JOIN staff s ON s.status <> 'inactive' AND ((a.target_kind = 'role' AND s.role_id = a.target_id) OR (a.target_kind = 'department' AND s.department_id = a.target_id))
  GROUP BY a.policy_id, s.id`;

/** An attestation counts for the version in force when it was given to that version or to an earlier one with the same words. */
export const attestedSql = (staff: string, policy: string, activeVersion: string) => `EXISTS (SELECT 1 FROM policy_attestations t
  JOIN policy_versions tv ON tv.id = t.version_id JOIN policy_versions av ON av.id = ${activeVersion}
  WHERE t.staff_id = ${staff} AND tv.policy_id = ${policy} AND tv.body_hash = av.body_hash AND tv.number <= av.number)`;

export function policyLibrary(ctx: CoreContext) {
  const { db } = ctx;
  const calendar = organisationCalendar(ctx);
  const versions = policyVersions(ctx);
  const allPolicies = db.prepare(`${policySelect} ORDER BY p.reference`);
  const onePolicy = db.prepare(`${policySelect} WHERE p.id = ?`);
  // The versions in force are decided by the shared rule in JavaScript; a temporary table hands them to SQL with an
  // index, so compliance for the whole library is one join (a JSON list would be scanned once per assigned person).
  db.exec('CREATE TEMP TABLE IF NOT EXISTS policy_in_force (policy_id TEXT PRIMARY KEY, version_id TEXT NOT NULL)');
  const clearInForce = db.prepare('DELETE FROM temp.policy_in_force');
  const addInForce = db.prepare('INSERT INTO temp.policy_in_force (policy_id, version_id) VALUES (?, ?)');
  // Only those who must sign count (staff on leave do not); overdue is the shared rule (attestationDueOn) in SQL.
  const compliance = db.prepare(`WITH assigned AS (${assignedStaffSql}),
    placed AS (SELECT asg.policy_id, act.version_id IS NOT NULL AND ${attestedSql('asg.staff_id', 'asg.policy_id', 'act.version_id')} AS attested,
        CASE WHEN av.effective_on IS NULL THEN NULL ELSE date(max(av.effective_on, asg.assigned_on), '+' || p.attestation_due_days || ' days') END AS due_on
      FROM assigned asg JOIN policies p ON p.id = asg.policy_id LEFT JOIN temp.policy_in_force act ON act.policy_id = asg.policy_id
        LEFT JOIN policy_versions av ON av.id = act.version_id
      WHERE asg.status = 'active' AND (@only IS NULL OR asg.policy_id = @only))
    SELECT policy_id AS policyId, count(*) AS assigned, sum(attested) AS attested, coalesce(sum(NOT attested AND due_on < @today), 0) AS overdue
    FROM placed GROUP BY policy_id`);
  const standardsOf = db.prepare(`SELECT ${standardColumns('st')} FROM policy_standards ps JOIN standards st ON st.id = ps.standard_id WHERE ps.policy_id = ? ORDER BY st.body, st.code`);
  const withStanding = standardStandings(ctx);
  const assignmentsOf = db.prepare(`SELECT a.target_kind AS kind, a.target_id AS id, coalesce(r.name, d.name, '(removed)') AS name FROM policy_assignments a
    LEFT JOIN roles r ON a.target_kind = 'role' AND r.id = a.target_id LEFT JOIN departments d ON a.target_kind = 'department' AND d.id = a.target_id
    WHERE a.policy_id = ? ORDER BY a.target_kind, name`);
  const attachmentsOf = db.prepare('SELECT a.id, a.file_name AS fileName, a.media_type AS mediaType FROM policy_attachments pa JOIN attachments a ON a.id = pa.attachment_id WHERE pa.policy_id = ?');
  const evidenceOf = (table: string) => `CASE WHEN ev.id IS NULL THEN NULL ELSE json_object('id', ev.id, 'fileName', ev.file_name) END AS evidence
    FROM ${table} x LEFT JOIN attachments ev ON ev.id = x.evidence_attachment_id`;
  const reviewsOf = db.prepare(`SELECT x.reviewed_on AS reviewedOn, x.note, x.reviewer, x.recorded_by AS recordedBy, x.evidence_method AS method, x.motion_id AS motionId,
      ${evidenceOf('policy_reviews')} WHERE x.policy_id = ? ORDER BY x.reviewed_on DESC, x.created_at DESC`);
  const retirementsOf = db.prepare(`SELECT x.id, x.decided_on AS decidedOn, x.effective_on AS effectiveOn, x.reason, x.approver_name AS approverName,
      x.recorded_by AS recordedBy, x.evidence_method AS method, x.motion_id AS motionId, ${evidenceOf('policy_retirements')}
    WHERE x.policy_id = ? ORDER BY x.created_at DESC`);
  const withEvidence = <T extends { evidence: unknown }>(rows: unknown[]) =>
    (rows as (T & { evidence: string | null })[]).map((r) => ({ ...r, evidence: r.evidence ? (JSON.parse(r.evidence) as { id: string; fileName: string }) : null }));

  function place(row: PolicySqlRow, skeletons: readonly VersionSkeleton[], today: string, counts: Map<string, { assigned: number; attested: number; overdue: number }>): PolicyRow {
    const active = versions.inForce(skeletons, today, row.retiredOn);
    const open = skeletons.find((v) => v.stage !== 'approved');
    return {
      id: row.id,
      reference: row.reference,
      title: row.title,
      category: row.category,
      departmentId: row.departmentId,
      departmentName: row.departmentName,
      ownerId: row.ownerId,
      ownerName: displayName(row),
      retiredOn: row.retiredOn,
      activeVersion: active ? { id: active.id, number: active.number, effectiveOn: active.effectiveOn! } : null,
      openVersion: open ? { id: open.id, number: open.number, state: open.stage } : null,
      review: reviewStatus(row, active?.effectiveOn ?? null, today),
      attestation: counts.get(row.id) ?? { assigned: 0, attested: 0, overdue: 0 },
    };
  }

  function complianceFor(byPolicy: Map<string, VersionSkeleton[]>, retired: Map<string, string | null>, today: string, only: string | null) {
    const rows = db.transaction(() => {
      clearInForce.run();
      for (const [policyId, list] of byPolicy) {
        const v = versions.inForce(list, today, retired.get(policyId) ?? null);
        if (v) addInForce.run(policyId, v.id);
      }
      return compliance.all({ only, today }) as { policyId: string; assigned: number; attested: number; overdue: number }[];
    })();
    return new Map(rows.map((r) => [r.policyId, { assigned: r.assigned, attested: r.attested, overdue: r.overdue }]));
  }

  return {
    list(query: z.output<typeof PolicyListQuery>): { total: number; rows: PolicyRow[]; counts: Record<PolicyLibraryFilter, number> } {
      const today = calendar.today();
      const byPolicy = versions.skeletonsByPolicy();
      const policies = allPolicies.all() as PolicySqlRow[];
      const counts = complianceFor(byPolicy, new Map(policies.map((p) => [p.id, p.retiredOn])), today, null);
      const words = query.search?.toLowerCase().split(/\s+/).filter(Boolean) ?? [];
      const inScope = policies
        .filter((p) => !query.departmentId || p.departmentId === query.departmentId)
        .filter((p) => words.every((w) => `${p.reference} ${p.title} ${p.category} ${p.keywords}`.toLowerCase().includes(w)))
        .map((p) => place(p, byPolicy.get(p.id) ?? [], today, counts));
      const rows = inScope.filter((p) => shownBy(query.filter, p, today));
      const filterCounts = Object.fromEntries(policyLibraryFilters.map((f) => [f, inScope.filter((p) => shownBy(f, p, today)).length])) as Record<PolicyLibraryFilter, number>;
      return { total: rows.length, rows: rows.slice(query.offset, query.offset + query.limit), counts: filterCounts };
    },

    get(id: string): Policy {
      const row = onePolicy.get(id) as PolicySqlRow | undefined;
      if (!row) throw notFound('This policy');
      const today = calendar.today();
      const skeletons = versions.skeletonsOf(id);
      const counts = complianceFor(new Map([[id, skeletons]]), new Map([[id, row.retiredOn]]), today, id);
      return {
        ...place(row, skeletons, today, counts),
        keywords: JSON.parse(row.keywords) as string[],
        reviewIntervalMonths: row.reviewIntervalMonths,
        reviewWarningDays: row.reviewWarningDays,
        lastReviewedOn: row.lastReviewedOn,
        versions: versions.summariesOf(id, today),
        standards: withStanding(standardsOf.all(id) as StandardSqlRow[]),
        assignments: assignmentsOf.all(id) as Policy['assignments'],
        attachments: attachmentsOf.all(id) as Policy['attachments'],
        reviews: withEvidence<Policy['reviews'][number]>(reviewsOf.all(id)),
        retirements: withEvidence<Policy['retirements'][number]>(retirementsOf.all(id)),
        attestationDueDays: row.attestationDueDays,
      };
    },
  };
}

/** Which policies a library filter shows. */
function shownBy(filter: PolicyLibraryFilter, p: PolicyRow, today: string): boolean {
  switch (filter) {
    case 'active': return p.activeVersion !== null;
    case 'drafts': return p.openVersion?.state === 'draft';
    case 'in-review': return p.openVersion?.state === 'in-review';
    case 'review-due': return p.review.state === 'due-soon' || p.review.state === 'overdue';
    case 'overdue': return p.review.state === 'overdue';
    case 'retired': return p.retiredOn !== null && p.retiredOn <= today;
    case 'all': return true;
  }
}
