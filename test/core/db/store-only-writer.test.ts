// Only the store (and sync's own projection) writes the tables other laptops receive: no SQL elsewhere names one,
// and after a working session through the handlers, the change log alone rebuilds every such table exactly. A row
// written or removed behind the log (an ON DELETE rule, a stray UPDATE) makes one of these fail.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Database } from 'better-sqlite3';
import { columnOf, encode, type EntityDef, type FieldKind, type FieldValue } from '../../../electron/core/db/entity';
import { entities, entityNamed } from '../../../electron/core/db/entity-registry';
import { meetingEntity } from '../../../electron/core/meetings/entities';
import { policyEntity } from '../../../electron/core/policies/entities';
import { staffEntity } from '../../../electron/core/staff/entities';
import { canonicalDump, firstDifference } from '../sync/support/canonical-dump';
import { committeeWithMembers, meetingWithBusiness } from '../../support/meeting-fixtures';
import { smallOrganisation } from '../../support/staff-fixtures';
import { openTempCore, type TempCore } from '../../support/temp-core';

const electronDir = path.resolve(__dirname, '../../../electron');
/** The writers allowed: the store, sync (its projection of merged changes) and the migrations that make the tables. */
const allowed = [path.join('core', 'db', 'store.ts'), path.join('core', 'sync') + path.sep, path.join('core', 'db', 'migrations') + path.sep];
const entityTables = new Set(entities.map((e) => e.table));

/** The entity tables a source text writes with SQL of its own; `${…}` stands for a table named at run time. */
function entityTablesWritten(source: string): string[] {
  const writes = /\b(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`[]?(?:main\.)?(\$\{|\w+)/gi;
  const out: string[] = [];
  for (const m of source.matchAll(writes)) {
    const table = m[1]!;
    if (table === '${' || entityTables.has(table.toLowerCase())) out.push(table === '${' ? '${…}' : table.toLowerCase());
  }
  return out;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(p);
    return /\.tsx?$/.test(e.name) ? [p] : [];
  });
}

describe('no SQL outside the store writes a synced table', () => {
  it('recognises a write to an entity table, and only that', () => {
    expect(entityTablesWritten("db.prepare('UPDATE action_items SET agenda_item_id = NULL WHERE agenda_item_id = ?')")).toEqual(['action_items']);
    expect(entityTablesWritten('DELETE FROM staff WHERE id = ?; INSERT OR REPLACE INTO "votes" (id) VALUES (?)')).toEqual(['staff', 'votes']);
    expect(entityTablesWritten('db.prepare(`DELETE FROM ${entity.table} WHERE id = ?`)')).toEqual(['${…}']);
    expect(entityTablesWritten("INSERT INTO access_log (at) VALUES (?); DELETE FROM policy_autosaves; SELECT * FROM staff; UPDATE sync_conflicts SET x = 1")).toEqual([]);
  });

  it('finds none in electron/ outside the store, sync and the migrations', () => {
    const found: string[] = [];
    for (const file of sourceFiles(electronDir)) {
      const relative = path.relative(electronDir, file);
      if (allowed.some((a) => relative === a || relative.startsWith(a))) continue;
      for (const table of entityTablesWritten(fs.readFileSync(file, 'utf8'))) found.push(`${relative} writes ${table}`);
    }
    expect(found, 'write these through the store (electron/core/db/store.ts) so the change is logged and synced').toEqual([]);
  });
});

let core: TempCore | null = null;
let blank: TempCore | null = null;
afterEach(() => {
  core?.dispose();
  blank?.dispose();
  core = blank = null;
});

/** Every entity table as the change log alone says it should be: the log replayed, in order, into an empty schema. */
function rebuiltFromChangeLog(source: Database, target: Database): void {
  const records = new Map<string, Map<string, Record<string, FieldValue>>>();
  const log = source.prepare('SELECT entity, record_id AS id, field, new_value AS value FROM change_log ORDER BY seq').all() as { entity: string; id: string; field: string; value: string }[];
  for (const { entity, id, field, value } of log) {
    if (!entityNamed(entity)) continue;
    let byId = records.get(entity);
    if (!byId) records.set(entity, (byId = new Map()));
    if (field === '_deleted') {
      if (JSON.parse(value) === true) byId.delete(id);
      continue;
    }
    byId.set(id, { ...byId.get(id), [field]: JSON.parse(value) as FieldValue });
  }
  target.pragma('foreign_keys = OFF');
  target.transaction(() => {
    for (const e of entities) target.prepare(`DELETE FROM ${e.table}`).run();
    for (const e of entities) for (const [id, values] of records.get(e.name) ?? []) insertRow(target, e, id, values);
  })();
}

function insertRow(db: Database, entity: EntityDef, id: string, values: Record<string, FieldValue>): void {
  const kinds = entity.fields as Record<string, FieldKind>;
  // Fields logged as null are left to the column's default, as a laptop receiving the record leaves them.
  const fields = Object.keys(values).filter((f) => values[f] !== null);
  const columns = ['id', ...fields.map(columnOf), 'created_at', 'updated_at'];
  db.prepare(`INSERT INTO ${entity.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`).run(id, ...fields.map((f) => encode(kinds[f]!, values[f])), '', '');
}

/** A morning's work across every feature, deletes included, through the handlers (and the store, for deletes no screen offers yet). */
async function workingSession(c: TempCore) {
  const { store } = c.context;
  const { cardiology, practitioner } = await smallOrganisation(c);
  const leaving = await c.call('staff.create', { givenName: 'Hal', familyName: 'Westbrook', degree: 'DO', roleId: 'role-np', departmentId: cardiology.id });
  const chair = await c.call('staff.create', { givenName: 'Ben', familyName: 'Ashford', degree: 'MD', roleId: 'role-attending', departmentId: cardiology.id });

  // Credentials with verifications; one removed (its verification with it), and the leaving practitioner's kept to go with him.
  for (const who of [practitioner.id, leaving.id]) {
    for (const number of ['MD60001', 'MD60002']) {
      const credential = await c.call('credentials.create', { staffId: who, type: 'state-license', issuer: 'WA Medical Commission', number, expiresOn: '2028-01-31' });
      await c.call('verifications.record', { credentialId: credential.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2026-11-02', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
      // Renewed: the term it ended is kept, and goes with the credential.
      await c.call('credentials.renew', { id: credential.id, expiresOn: '2030-01-31' });
    }
  }
  const [firstCredential] = await c.call('credentials.forStaff', { staffId: practitioner.id });
  await c.call('credentials.remove', { id: firstCredential!.id });

  // Privileges with evaluations for both: the grant opens the FPPE; an OPPE opened beside it.
  for (const who of [practitioner.id, leaving.id]) {
    await c.call('privileges.grant', { staffId: who, name: 'Cardiac catheterisation', fppeRequired: true, grantedOn: '2026-10-01' });
    await c.call('evaluations.create', { staffId: who, kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-09-30', dueOn: '2026-11-15' });
  }

  // Policies: one approved and read by both, cited and assigned; a rejected draft discarded with its approval rounds.
  const standard = await c.call('standards.create', { body: 'TJC', code: 'IC.01.04.01', title: 'Infection prevention goals' });
  const other = await c.call('standards.create', { body: 'TJC', code: 'IC.02.01.01', title: 'Infection prevention activities' });
  const policies: string[] = [];
  for (const reference of ['IC-001', 'IC-002']) {
    const policy = await c.call('policies.create', { reference, title: `Hand hygiene ${reference}`, category: 'Infection control', ownerId: practitioner.id, body: '# Hand hygiene\n\nClean hands.' });
    const first = policy.versions[0]!.id;
    const submitted = await c.call('policies.submit', { versionId: first, approvers: [{ kind: 'person', staffId: chair.id }] });
    await c.call('policies.decide', { stepId: submitted.approvals[0]!.id, decision: 'approved' });
    await c.call('policies.setStandards', { policyId: policy.id, standardIds: [standard.id, other.id] });
    await c.call('policies.setStandards', { policyId: policy.id, standardIds: [standard.id] });
    await c.call('policies.assign', { policyId: policy.id, targets: [{ kind: 'department', id: cardiology.id }, { kind: 'role', id: 'role-np' }] });
    for (const who of [practitioner.id, leaving.id]) await c.call('policies.attest', { versionId: first, staffId: who, attestedOn: '2026-11-23', method: 'electronic' });
    await c.call('policies.assign', { policyId: policy.id, targets: [{ kind: 'department', id: cardiology.id }] });
    const draft = await c.call('policies.newVersion', { fromVersionId: first, changeSummary: 'Gel at every door' });
    await c.call('policies.saveDraft', { versionId: draft.id, body: '# Hand hygiene\n\nClean hands. Gel at every door.' });
    const again = await c.call('policies.submit', { versionId: draft.id, approvers: [{ kind: 'person', staffId: chair.id }] });
    await c.call('policies.decide', { stepId: again.approvals[0]!.id, decision: 'rejected', comment: 'Name the gel' });
    await c.call('policies.discardDraft', { versionId: draft.id });
    policies.push(policy.id);
  }

  // Meetings: an agenda item with a PDF, a motion, votes and action items removed; a whole meeting removed; guests changed.
  const committee = await committeeWithMembers(c);
  const kept = await meetingWithBusiness(c, committee, 'December MEC', '2026-12-08T15:30:00Z');
  const gone = await meetingWithBusiness(c, committee, 'January MEC', '2027-01-12T15:30:00Z');
  await c.call('agenda.attach', { agendaItemId: kept.agendaItemId, fileName: 'audit.pdf', dataBase64: Buffer.from('%PDF-1.7 audit tool').toString('base64') });
  await c.call('agenda.remove', { id: kept.agendaItemId });
  await c.call('attendance.set', { meetingId: kept.meetingId, members: committee.members.map((memberId) => ({ memberId, status: 'present' as const })), guests: ['Sam Observer'] });
  store.remove(meetingEntity, gone.meetingId);

  // A practitioner leaves with everything that was only his; a policy is withdrawn with its versions and links.
  store.remove(staffEntity, leaving.id);
  store.remove(policyEntity, policies[1]!);
  return { kept };
}

describe('the change log alone rebuilds every synced table', () => {
  it('after creating and deleting across every feature', async () => {
    core = openTempCore({ now: () => new Date('2026-11-23T12:00:00Z') });
    blank = openTempCore();
    const { kept } = await workingSession(core);
    const { db } = core.context;
    // The session did what it should have: links cleared, dependants gone with what they depended on.
    expect(db.prepare('SELECT agenda_item_id FROM action_items WHERE meeting_id = ?').pluck().all(kept.meetingId)).toEqual([null, null]);
    const tombstones = new Set(db.prepare("SELECT DISTINCT entity FROM change_log WHERE field = '_deleted'").pluck().all() as string[]);
    for (const entity of ['credential', 'credentialTerm', 'verification', 'privilege', 'evaluation', 'policyVersion', 'policyApproval', 'policyAttestation', 'policyStandard', 'policyAssignment', 'agendaItem', 'agendaAttachment', 'attendance', 'motion', 'vote', 'actionItem', 'meeting', 'staff', 'policy']) {
      expect(tombstones, `a ${entity} was deleted`).toContain(entity);
    }

    rebuiltFromChangeLog(db, blank.context.db);
    const real = canonicalDump(db);
    const rebuilt = canonicalDump(blank.context.db);
    expect(firstDifference(real, rebuilt), 'a row differs from what the change log says').toBeNull();
    expect(Object.keys(rebuilt).sort()).toEqual(Object.keys(real).sort());
  }, 60_000);
});
