// Read-and-sign: a policy is assigned to roles and departments; each person attests to the version in force.
import { displayName } from '../../../shared/domain/names';
import { attestationDueOn, attestationStatus } from '../../../shared/domain/policy-lifecycle';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { policyAssignmentEntity, policyAttestationEntity } from './entities';
import { assignedStaffSql } from './library';
import { policyVersions } from './versions';

export function readAndSign(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const versions = policyVersions(ctx);
  const assignmentsOf = db.prepare('SELECT id, target_kind AS kind, target_id AS targetId FROM policy_assignments WHERE policy_id = ?');
  const targetExists = {
    role: db.prepare('SELECT 1 FROM roles WHERE id = ?').pluck(),
    department: db.prepare('SELECT 1 FROM departments WHERE id = ?').pluck(),
  };
  const retiredOf = db.prepare('SELECT retired_on FROM policies WHERE id = ?').pluck();
  const policyOfVersion = db.prepare('SELECT policy_id FROM policy_versions WHERE id = ?').pluck();
  const isAssigned = db.prepare(`SELECT 1 FROM (${assignedStaffSql}) WHERE policy_id = ? AND staff_id = ?`).pluck();
  const existing = db.prepare('SELECT id FROM policy_attestations WHERE version_id = ? AND staff_id = ?').pluck();
  const staffNames = db.prepare('SELECT given_name AS givenName, family_name AS familyName, degree FROM staff WHERE id = ?');
  const nameOf = (staffId: string) => {
    const row = staffNames.get(staffId) as { givenName: string; familyName: string; degree: string | null } | undefined;
    return row ? displayName(row) : 'Someone ticked';
  };
  // Everyone assigned, with the attestation that counts for the version in force (same words, this or an earlier version).
  const roster = db.prepare(`SELECT s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, d.name AS departmentName, r.name AS roleName,
      asg.status AS staffStatus, asg.assigned_on AS assignedOn, t.attested_on AS attestedOn, t.method, t.number AS versionNumber, t.recorded_by AS recordedBy,
      t.evidence_attachment_id AS evidenceId, ev.file_name AS evidenceFileName
    FROM (${assignedStaffSql}) asg JOIN staff s ON s.id = asg.staff_id JOIN departments d ON d.id = s.department_id JOIN roles r ON r.id = s.role_id
      LEFT JOIN (SELECT t.staff_id, t.attested_on, t.method, tv.number, t.recorded_by, t.evidence_attachment_id,
          row_number() OVER (PARTITION BY t.staff_id ORDER BY tv.number DESC) AS latest
        FROM policy_attestations t JOIN policy_versions tv ON tv.id = t.version_id JOIN policy_versions av ON av.id = @versionId
        WHERE tv.policy_id = @policyId AND tv.body_hash = av.body_hash AND tv.number <= av.number) t ON t.staff_id = s.id AND t.latest = 1
      LEFT JOIN attachments ev ON ev.id = t.evidence_attachment_id
    WHERE asg.policy_id = @policyId ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE`);
  const dueFacts = db.prepare('SELECT p.attestation_due_days AS dueDays, v.effective_on AS effectiveOn FROM policies p LEFT JOIN policy_versions v ON v.id = @versionId WHERE p.id = @policyId');
  const attachments = attachmentStore(ctx);

  function activeVersionId(policyId: string): string | null {
    const retiredOn = retiredOf.get(policyId) as string | null | undefined;
    if (retiredOn === undefined) throw notFound('This policy');
    return versions.inForce(versions.skeletonsOf(policyId), calendar.today(), retiredOn)?.id ?? null;
  }

  /** Compliance counts only those who must sign: staff on leave are left out of both figures. */
  function counts(policyId: string) {
    const { rows } = attestations(policyId, false);
    const mustSign = rows.filter((r) => r.staffStatus === 'active');
    return { assigned: mustSign.length, attested: mustSign.filter((r) => r.attestedOn).length };
  }

  function attestations(policyId: string, pendingOnly: boolean) {
    const versionId = activeVersionId(policyId);
    const today = calendar.today();
    const facts = dueFacts.get({ policyId, versionId }) as { dueDays: number; effectiveOn: string | null };
    type Row = {
      staffId: string; givenName: string; familyName: string; degree: string | null; departmentName: string; roleName: string; staffStatus: string; assignedOn: string;
      attestedOn: string | null; method: string | null; versionNumber: number | null; recordedBy: string | null; evidenceId: string | null; evidenceFileName: string | null;
    };
    const rows = (roster.all({ policyId, versionId }) as Row[]).map(({ givenName, familyName, degree, assignedOn, evidenceId, evidenceFileName, ...r }) => {
      const dueOn = facts.effectiveOn ? attestationDueOn(facts.effectiveOn, assignedOn, facts.dueDays) : null;
      return {
        ...r, staffName: displayName({ givenName, familyName, degree }), dueOn, status: attestationStatus({ staffStatus: r.staffStatus, attestedOn: r.attestedOn, dueOn }, today),
        evidence: evidenceId ? { id: evidenceId, fileName: evidenceFileName ?? 'Document' } : null,
      };
    });
    return { versionId, rows: pendingOnly ? rows.filter((r) => r.status === 'due' || r.status === 'overdue') : rows };
  }

  /**
   * A signed sheet: everyone ticked attested the same day the same way, recorded in one transaction or not at all.
   * Each names the director who entered it; the sheet, e-mail or export that shows it is kept with every one.
   */
  function attestMany(versionId: string, staffIds: readonly string[], attestedOn: string, method: string, evidence: { fileName: string; dataBase64: string } | null = null) {
    return store.transaction(() => {
      const policyId = policyOfVersion.get(versionId) as string | undefined;
      if (!policyId) throw notFound('This policy version');
      if (attestedOn > calendar.today()) throw new AppError('INVALID_INPUT', `An attestation is recorded once it is given: ${attestedOn} is after today.`);
      if (activeVersionId(policyId) !== versionId) throw new AppError('CONFLICT', 'Attestations are to the version in force; this one is not.');
      if (new Set(staffIds).size !== staffIds.length) throw new AppError('INVALID_INPUT', 'A name is ticked twice; each person attests once.');
      const single = staffIds.length === 1;
      const who = (staffId: string) => (single ? 'This person' : nameOf(staffId));
      for (const staffId of staffIds) {
        if (!isAssigned.get(policyId, staffId)) throw new AppError('INVALID_INPUT', `${who(staffId)} is not assigned this policy.`);
        if (existing.get(versionId, staffId)) throw new AppError('CONFLICT', `${who(staffId)} has already attested to this version.`);
      }
      // Kept only once every name is accepted: a refused sheet leaves no document behind.
      const evidenceAttachmentId = evidence ? attachments.put(evidence.fileName, decodeBase64(evidence.dataBase64)) : null;
      for (const staffId of staffIds) store.insert(policyAttestationEntity, { versionId, staffId, attestedOn, method, recordedBy: store.actor, evidenceAttachmentId });
      return counts(policyId);
    });
  }

  return {
    assign(policyId: string, targets: { kind: 'role' | 'department'; id: string }[]): void {
      store.transaction(() => {
        if (retiredOf.get(policyId) === undefined) throw notFound('This policy');
        for (const t of targets) if (!targetExists[t.kind].get(t.id)) throw new AppError('INVALID_INPUT', `That ${t.kind} does not exist.`);
        const current = assignmentsOf.all(policyId) as { id: string; kind: string; targetId: string }[];
        const wanted = new Set(targets.map((t) => `${t.kind}:${t.id}`));
        for (const a of current) if (!wanted.has(`${a.kind}:${a.targetId}`)) store.remove(policyAssignmentEntity, a.id);
        const have = new Set(current.map((a) => `${a.kind}:${a.targetId}`));
        for (const t of targets) if (!have.has(`${t.kind}:${t.id}`)) store.insert(policyAssignmentEntity, { policyId, targetKind: t.kind, targetId: t.id });
      });
    },

    attest: (versionId: string, staffId: string, attestedOn: string, method: string, evidence: { fileName: string; dataBase64: string } | null = null) =>
      attestMany(versionId, [staffId], attestedOn, method, evidence),

    attestMany,

    attestations,
  };
}
