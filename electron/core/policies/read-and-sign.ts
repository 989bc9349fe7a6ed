// Read-and-sign: a policy is assigned to roles and departments; each person attests to the version in force.
import { displayName } from '../../../shared/domain/names';
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
      (SELECT t.attested_on FROM policy_attestations t JOIN policy_versions tv ON tv.id = t.version_id JOIN policy_versions av ON av.id = @versionId
        WHERE t.staff_id = s.id AND tv.policy_id = @policyId AND tv.body_hash = av.body_hash AND tv.number <= av.number ORDER BY tv.number DESC LIMIT 1) AS attestedOn,
      (SELECT t.method || '|' || tv.number FROM policy_attestations t JOIN policy_versions tv ON tv.id = t.version_id JOIN policy_versions av ON av.id = @versionId
        WHERE t.staff_id = s.id AND tv.policy_id = @policyId AND tv.body_hash = av.body_hash AND tv.number <= av.number ORDER BY tv.number DESC LIMIT 1) AS methodAndVersion
    FROM (${assignedStaffSql}) asg JOIN staff s ON s.id = asg.staff_id JOIN departments d ON d.id = s.department_id JOIN roles r ON r.id = s.role_id
    WHERE asg.policy_id = @policyId ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE`);

  function activeVersionId(policyId: string): string | null {
    const retiredOn = retiredOf.get(policyId) as string | null | undefined;
    if (retiredOn === undefined) throw notFound('This policy');
    return versions.inForce(versions.skeletonsOf(policyId), calendar.today(), retiredOn)?.id ?? null;
  }

  function counts(policyId: string) {
    const { rows } = attestations(policyId, false);
    return { assigned: rows.length, attested: rows.filter((r) => r.attestedOn).length };
  }

  function attestations(policyId: string, pendingOnly: boolean) {
    const versionId = activeVersionId(policyId);
    type Row = { staffId: string; givenName: string; familyName: string; degree: string | null; departmentName: string; roleName: string; attestedOn: string | null; methodAndVersion: string | null };
    const rows = (roster.all({ policyId, versionId }) as Row[]).map(({ givenName, familyName, degree, methodAndVersion, ...r }) => {
      const [method, number] = methodAndVersion?.split('|') ?? [null, null];
      return { ...r, staffName: displayName({ givenName, familyName, degree }), method: method ?? null, versionNumber: number ? Number(number) : null };
    });
    return { versionId, rows: pendingOnly ? rows.filter((r) => !r.attestedOn) : rows };
  }

  /** A signed sheet: everyone ticked attested the same day the same way, recorded in one transaction or not at all. */
  function attestMany(versionId: string, staffIds: readonly string[], attestedOn: string, method: string) {
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
        store.insert(policyAttestationEntity, { versionId, staffId, attestedOn, method });
      }
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

    attest: (versionId: string, staffId: string, attestedOn: string, method: string) => attestMany(versionId, [staffId], attestedOn, method),

    attestMany,

    attestations,
  };
}
