// Every channel the contract declares as writing leaves its changes in the change log, naming the record it wrote, so
// each record's History panel (and undo, and sync) sees them. Enumerated from the contract: a new writing channel
// without a recipe here, or without a reason it logs nothing, fails this test by name.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, contract, type ChannelName, type InputOf, type OutputOf } from '../../shared/contract';
import { committeeWithMembers, meetingWithBusiness } from '../support/meeting-fixtures';
import { npiFor } from '../support/staff-fixtures';
import { openTempCore, type TempCore } from '../support/temp-core';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './sync/support/shared-folder-pair';

process.env.CHARTROOM_AUTO_SYNC = '0';

/** Writing channels that legitimately leave nothing in the change log, each with why. */
const logsNothing: Partial<Record<ChannelName, string>> = {
  'app.setDirector': 'who uses this laptop is this laptop’s own identity, kept beside the database, never a shared record',
  'credentials.revealNumber': 'a reveal writes only to this computer’s access log (who saw a licence number, when), not a record',
  'policies.autosave': 'the editor’s crash-recovery copy stays on this computer until saved as a draft; policies.saveDraft is what logs',
  'sync.configure': 'the shared folder and this laptop’s name are local sync settings, not records',
  'sync.now': 'a sync applies other laptops’ changes (logged as theirs, tested by the sync tests) and sends this one’s',
  'sync.join': 'joining loads the team’s records as other laptops wrote them, into an empty database (tested by the sync tests)',
  'sync.revealConflict': 'like a licence number’s reveal, it writes only to this computer’s access log, not a record',
  'backup.restore': 'the database is replaced whole by a verified backup that carries its own history; what sync does next is tested in sync/restore-from-backup.test.ts',
  'recovery.restore': 'as backup.restore, for a database found damaged at startup (tested in backup/recovery.test.ts)',
  'lock.configure': 'the lock passphrase and idle minutes belong to this laptop (its local meta table), never a shared record',
};

/** A practitioner other than the sample's first, who owns the policies made here: an author never approves their own draft. */
const notTheOwner = 'SELECT id FROM staff ORDER BY id DESC';
/** The department of someone still on staff: an inactive practitioner is assigned nothing, and ids are random. */
const firstDepartment = "SELECT department_id FROM staff WHERE status <> 'inactive' ORDER BY id";
const inFirstDepartment = `SELECT id FROM staff WHERE department_id = (${firstDepartment}) AND status <> 'inactive' ORDER BY id`;
/** A practitioner holding an appointment, with no reappointment under way. */
const reappointable = "SELECT id FROM staff WHERE appointment_start IS NOT NULL AND status != 'inactive' AND id NOT IN (SELECT staff_id FROM reappointments)";
const pdf = Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n').toString('base64');
const b64 = (text: string) => Buffer.from(text).toString('base64');

interface Kit {
  core: TempCore;
  /** The first id a query finds in the sample hospital. */
  id(sql: string, ...params: unknown[]): string;
  call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>>;
  /** A fresh committee with three voting members, and a held meeting of it with business on one agenda item. */
  meeting(): Promise<{ committeeId: string; members: string[]; meetingId: string; agendaItemId: string; actionItemIds: string[]; motionIds: string[] }>;
  /** A new draft policy owned by a sample practitioner. */
  draftPolicy(): Promise<{ policyId: string; versionId: string }>;
  /** Another core, disposed after the test, for a channel that needs a database of its own. */
  otherCore(): TempCore;
  /** Approved by a practitioner other than its author, in force since 2026-01-01. */
  approvedPolicy(): Promise<{ policyId: string; versionId: string }>;
  /** Approved, and assigned for read-and-sign to the department of `inFirstDepartment`. */
  assignedPolicy(): Promise<{ policyId: string; versionId: string }>;
  today(): string;
  /** Two laptops on one folder whose concurrent edits of a practitioner's family name left Bob a conflict. */
  conflictingLaptops(): Promise<{ alice: TestLaptop; bob: TestLaptop; practitionerId: string }>;
}

/** What a call is expected to have logged: rows for this kind of record, and for this record when its id is known. */
interface Expected<C extends ChannelName> {
  input: InputOf<C>;
  entity: string;
  id?: string | ((output: OutputOf<C>) => string);
  /** The core the call goes to, when not the shared sample. */
  core?: TempCore;
  /** Why the record has no History panel to check (it is logged all the same). */
  noPanel?: string;
}

type Recipe<C extends ChannelName> = (kit: Kit) => Promise<Expected<C>>;
type Recipes = { [C in ChannelName]?: Recipe<C> };

let n = 0;
const unique = () => ++n;

const recipes: Recipes = {
  'app.seedSample': async (k) => ({ core: k.otherCore(), input: { staff: 10, seed: 2 }, entity: 'staff' }),
  'settings.update': async () => ({ input: { organisationName: `Lantern Bay ${unique()}` }, entity: 'setting' }),
  'history.undo': async (k) => {
    const d = await k.call('departments.create', { code: `UNDO${unique()}`, name: `Undo ${n}` });
    const [change] = await k.call('history.forRecord', { entity: 'department', id: d.id });
    return { input: { entity: 'department', id: d.id, txId: change!.txId }, entity: 'department', id: d.id };
  },
  'departments.create': async () => ({ input: { code: `NEW${unique()}`, name: `New department ${n}` }, entity: 'department', id: (o) => o.id }),
  'departments.update': async (k) => {
    const id = k.id("SELECT id FROM departments WHERE retired_on IS NULL ORDER BY name");
    return { input: { id, patch: { name: `Renamed ${unique()}` } }, entity: 'department', id };
  },
  'departments.retire': async (k) => {
    const d = await k.call('departments.create', { code: `RET${unique()}`, name: `To retire ${n}` });
    return { input: { id: d.id, retired: true }, entity: 'department', id: d.id };
  },
  'departments.remove': async (k) => {
    const d = await k.call('departments.create', { code: `DEL${unique()}`, name: `To delete ${n}` });
    return { input: { id: d.id }, entity: 'department', id: d.id };
  },
  'roles.create': async () => ({ input: { name: `Role ${unique()}`, kind: 'nursing' }, entity: 'role', id: (o) => o.id }),
  'roles.update': async (k) => {
    const r = await k.call('roles.create', { name: `Role ${unique()}`, kind: 'nursing' });
    return { input: { id: r.id, patch: { name: `Role renamed ${n}` } }, entity: 'role', id: r.id };
  },
  'roles.retire': async (k) => {
    const r = await k.call('roles.create', { name: `Role ${unique()}`, kind: 'nursing' });
    return { input: { id: r.id, retired: true }, entity: 'role', id: r.id };
  },
  'roles.remove': async (k) => {
    const r = await k.call('roles.create', { name: `Role ${unique()}`, kind: 'nursing' });
    return { input: { id: r.id }, entity: 'role', id: r.id };
  },
  'staff.create': async (k) => ({
    input: { givenName: 'Wren', familyName: `Halloway ${unique()}`, roleId: k.id('SELECT id FROM roles WHERE retired_on IS NULL'), departmentId: k.id('SELECT id FROM departments WHERE retired_on IS NULL') },
    entity: 'staff', id: (o) => o.id,
  }),
  'staff.update': async (k) => {
    const id = k.id('SELECT id FROM staff ORDER BY family_name');
    return { input: { id, patch: { specialty: `Specialty ${unique()}` } }, entity: 'staff', id };
  },
  'staff.endAppointment': async (k) => {
    const s = await k.call('staff.create', { givenName: 'Leaving', familyName: `Soon ${unique()}`, roleId: k.id('SELECT id FROM roles WHERE retired_on IS NULL'), departmentId: k.id('SELECT id FROM departments WHERE retired_on IS NULL'), hireDate: '2020-01-01' });
    return { input: { id: s.id, endedOn: '2026-06-30', reason: 'Resigned: moved out of state' }, entity: 'staff', id: s.id };
  },
  'staff.importCommit': async (k) => {
    const role = k.id('SELECT name FROM roles WHERE retired_on IS NULL');
    const department = k.id('SELECT code FROM departments WHERE retired_on IS NULL');
    const csv = `First Name,Last Name,NPI,Role,Department\nImported,Person${unique()},${npiFor(900 + n)},${role},${department}\n`;
    return { input: { fileName: 'roster.csv', dataBase64: b64(csv) }, entity: 'staff' };
  },
  'credentials.create': async (k) => {
    const staffId = k.id('SELECT id FROM staff');
    return { input: { staffId, type: 'bls', issuedOn: '2026-01-10', expiresOn: '2028-01-10' }, entity: 'credential', id: (o) => o.id };
  },
  'credentials.update': async (k) => {
    const c = await k.call('credentials.create', { staffId: k.id('SELECT id FROM staff'), type: 'bls', issuedOn: '2026-01-10', expiresOn: '2028-01-10' });
    return { input: { id: c.id, patch: { expiresOn: '2028-02-10' } }, entity: 'credential', id: c.id };
  },
  'credentials.renew': async (k) => {
    const c = await k.call('credentials.create', { staffId: k.id('SELECT id FROM staff'), type: 'state-license', number: `MD${unique()}0001`, jurisdiction: 'WA', issuedOn: '2024-12-01', expiresOn: '2026-12-31' });
    return { input: { id: c.id, expiresOn: '2028-12-31' }, entity: 'credential', id: c.id };
  },
  'credentials.remove': async (k) => {
    const c = await k.call('credentials.create', { staffId: k.id('SELECT id FROM staff'), type: 'bls', issuedOn: '2026-01-10', expiresOn: '2028-01-10' });
    return { input: { id: c.id }, entity: 'credential', id: c.id };
  },
  'credentials.attachDocument': async (k) => {
    const c = await k.call('credentials.create', { staffId: k.id('SELECT id FROM staff'), type: 'bls', issuedOn: '2026-01-10', expiresOn: '2028-01-10' });
    return { input: { credentialId: c.id, fileName: 'card.pdf', dataBase64: pdf }, entity: 'credential', id: c.id };
  },
  'verifications.record': async (k) => {
    const c = await k.call('credentials.create', { staffId: k.id('SELECT id FROM staff'), type: 'state-license', number: `MD${unique()}0002`, jurisdiction: 'WA', issuedOn: '2024-12-01', expiresOn: '2027-12-31' });
    return {
      input: { credentialId: c.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2024-12-05', verifier: 'M. Quillmere', method: 'online', result: 'verified' },
      entity: 'verification',
    };
  },
  'privileges.grant': async (k) => ({ input: { staffId: k.id('SELECT id FROM staff'), name: `Procedure ${unique()}`, grantedOn: '2026-10-01' }, entity: 'privilege', id: (o) => o.id }),
  'privileges.update': async (k) => {
    const p = await k.call('privileges.grant', { staffId: k.id('SELECT id FROM staff'), name: `Procedure ${unique()}`, grantedOn: '2026-10-01' });
    return { input: { id: p.id, patch: { conditions: 'Proctored for 5 cases' } }, entity: 'privilege', id: p.id };
  },
  'evaluations.create': async (k) => ({
    input: { staffId: k.id('SELECT id FROM staff'), kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-09-30', dueOn: '2026-11-15' }, entity: 'evaluation', id: (o) => o.id,
  }),
  'evaluations.update': async (k) => {
    const e = await k.call('evaluations.create', { staffId: k.id('SELECT id FROM staff'), kind: 'oppe', periodStart: '2026-04-01', periodEnd: '2026-09-30', dueOn: '2026-11-15' });
    return { input: { id: e.id, patch: { reviewer: 'Dr. Ashcombe' } }, entity: 'evaluation', id: e.id };
  },
  'evaluations.complete': async (k) => {
    const p = await k.call('privileges.grant', { staffId: k.id('SELECT id FROM staff'), name: `Procedure ${unique()}`, grantedOn: '2026-10-01' });
    const id = k.id("SELECT id FROM evaluations WHERE privilege_id = ? AND kind = 'fppe'", p.id);
    return { input: { id, decision: 'confirm', completedOn: '2026-11-20' }, entity: 'evaluation', id };
  },
  'policies.create': async (k) => ({
    input: { reference: `HX-${unique()}`, title: `History policy ${n}`, category: 'Medical staff', ownerId: k.id('SELECT id FROM staff'), body: 'Text' }, entity: 'policy', id: (o) => o.id,
  }),
  'policies.update': async (k) => {
    const { policyId } = await k.draftPolicy();
    return { input: { id: policyId, patch: { reviewIntervalMonths: 12 } }, entity: 'policy', id: policyId };
  },
  'policies.saveDraft': async (k) => {
    const { versionId } = await k.draftPolicy();
    return { input: { versionId, body: 'Text, amended' }, entity: 'policyVersion', id: versionId };
  },
  'policies.discardDraft': async (k) => {
    const { policyId, versionId } = await k.approvedPolicy();
    const v2 = await k.call('policies.newVersion', { fromVersionId: versionId, changeSummary: 'To be discarded' });
    void policyId;
    return { input: { versionId: v2.id }, entity: 'policyVersion', id: v2.id };
  },
  'policies.newVersion': async (k) => {
    const { policyId, versionId } = await k.approvedPolicy();
    void policyId;
    return { input: { fromVersionId: versionId, changeSummary: 'Adds glove guidance' }, entity: 'policyVersion', id: (o) => o.id };
  },
  'policies.submit': async (k) => {
    const { versionId } = await k.draftPolicy();
    return { input: { versionId, approvers: [{ kind: 'person', staffId: k.id(notTheOwner) }] }, entity: 'policyApproval' };
  },
  'policies.saveApprovalChain': async (k) => ({
    input: { category: `Category ${unique()}`, steps: [{ kind: 'person', staffId: k.id('SELECT id FROM staff') }] }, entity: 'approvalChain',
  }),
  'policies.removeApprovalChain': async (k) => {
    const category = `Category ${unique()}`;
    await k.call('policies.saveApprovalChain', { category, steps: [{ kind: 'person', staffId: k.id('SELECT id FROM staff') }] });
    return { input: { category }, entity: 'approvalChain' };
  },
  'policies.decide': async (k) => {
    const { versionId } = await k.draftPolicy();
    const v = await k.call('policies.submit', { versionId, approvers: [{ kind: 'person', staffId: k.id(notTheOwner) }] });
    return { input: { stepId: v.approvals[0]!.id, decision: 'approved' }, entity: 'policyApproval', id: v.approvals[0]!.id };
  },
  'policies.markReviewed': async (k) => {
    const { policyId } = await k.approvedPolicy();
    return { input: { policyId, reviewedOn: k.today(), note: 'No change needed', approver: { kind: 'person', staffId: k.id(notTheOwner) } }, entity: 'policyReview' };
  },
  'policies.retire': async (k) => {
    const { policyId } = await k.approvedPolicy();
    return { input: { policyId, retiredOn: k.today(), reason: 'No longer needed', approver: { kind: 'person', staffId: k.id(notTheOwner) } }, entity: 'policyRetirement' };
  },
  'policies.assign': async (k) => {
    const { policyId } = await k.draftPolicy();
    return { input: { policyId, targets: [{ kind: 'department', id: k.id('SELECT id FROM departments WHERE retired_on IS NULL') }] }, entity: 'policyAssignment' };
  },
  'policies.attest': async (k) => {
    const { versionId } = await k.assignedPolicy();
    return { input: { versionId, staffId: k.id(inFirstDepartment), attestedOn: k.today(), method: 'electronic' }, entity: 'policyAttestation' };
  },
  'policies.attestMany': async (k) => {
    const { versionId } = await k.assignedPolicy();
    return { input: { versionId, staffIds: [k.id(inFirstDepartment)], attestedOn: k.today() }, entity: 'policyAttestation' };
  },
  'policies.setStandards': async (k) => {
    const { policyId } = await k.draftPolicy();
    const s = await k.call('standards.create', { body: 'TJC', code: `IC.${unique()}`, title: 'Infection prevention goals' });
    return { input: { policyId, standardIds: [s.id] }, entity: 'policyStandard' };
  },
  'standards.create': async () => ({ input: { body: 'CMS', code: `42 CFR 482.${unique()}`, title: 'Infection prevention and control' }, entity: 'standard', id: (o) => o.id }),
  'standards.importEdition': async () => ({
    input: { body: 'Other', name: `Standards ${unique()}`, effectiveOn: '2026-01-01', file: { fileName: 'edition.csv', dataBase64: b64(`code,title,change,replaces\nCR-${n},Credentialing policies,new,\n`) } },
    entity: 'standardEdition',
  }),
  'standards.moveCitations': async (k) => {
    const body = 'DNV';
    const code = `QM.${unique()}`;
    await k.call('standards.importEdition', { body, name: `Manual ${n}`, effectiveOn: '2025-01-01', file: { fileName: 'a.csv', dataBase64: b64(`code,title,change,replaces\n${code},Quality,new,\n`) } });
    const old = (await k.call('standards.list', {})).find((s) => s.code === code)!;
    const { policyId } = await k.draftPolicy();
    await k.call('policies.setStandards', { policyId, standardIds: [old.id] });
    await k.call('standards.importEdition', { body, name: `Manual ${n} revised`, effectiveOn: '2026-01-01', file: { fileName: 'b.csv', dataBase64: b64(`code,title,change,replaces\n${code}-R,Quality revised,moved,${code}\n`) } });
    return { input: { standardId: old.id }, entity: 'policyStandard' };
  },
  'policies.import': async (k) => ({ input: { files: [{ fileName: `HX-${unique()} Import.md`, dataBase64: b64('# Imported\n\nText.') }], ownerId: k.id('SELECT id FROM staff') }, entity: 'policy' }),
  'policies.attach': async (k) => {
    const { policyId } = await k.draftPolicy();
    return { input: { policyId, fileName: 'form.pdf', dataBase64: pdf }, entity: 'policyAttachment' };
  },
  'committees.create': async () => ({ input: { name: `Committee ${unique()}`, kind: 'credentials' }, entity: 'committee', id: (o) => o.id }),
  'committees.addMember': async (k) => {
    const c = await k.call('committees.create', { name: `Committee ${unique()}`, kind: 'credentials' });
    return { input: { committeeId: c.id, name: 'Dr Ada Ashcombe', role: 'member', voting: true }, entity: 'committeeMember' };
  },
  'committees.setRules': async (k) => {
    const c = await k.call('committees.create', { name: `Committee ${unique()}`, kind: 'credentials' });
    return { input: { id: c.id, motionThresholds: { amend: 'majority' } }, entity: 'committee', id: c.id };
  },
  'committees.updateMember': async (k) => {
    const m = await k.meeting();
    return { input: { id: m.members[2]!, patch: { voting: false } }, entity: 'committeeMember', id: m.members[2]! };
  },
  'meetings.create': async (k) => {
    const c = await k.call('committees.create', { name: `Committee ${unique()}`, kind: 'credentials' });
    return { input: { committeeId: c.id, title: 'January meeting', startsAt: '2027-01-12T15:30:00Z', timeZone: 'America/Los_Angeles' }, entity: 'meeting', id: (o) => o.id };
  },
  'meetings.update': async (k) => {
    const m = await k.meeting();
    return { input: { id: m.meetingId, patch: { location: 'Room 4' } }, entity: 'meeting', id: m.meetingId };
  },
  'agenda.add': async (k) => {
    const m = await k.meeting();
    return { input: { meetingId: m.meetingId, title: 'Falls report', kind: 'information' }, entity: 'agendaItem' };
  },
  'agenda.update': async (k) => {
    const m = await k.meeting();
    return { input: { id: m.agendaItemId, patch: { presenter: 'Dr Ada Ashcombe' } }, entity: 'agendaItem', id: m.agendaItemId };
  },
  'agenda.move': async (k) => {
    const m = await k.meeting();
    await k.call('agenda.add', { meetingId: m.meetingId, title: 'Falls report', kind: 'information' });
    const moving = k.id('SELECT id FROM agenda_items WHERE meeting_id = ? ORDER BY position DESC', m.meetingId);
    return { input: { id: moving, toPosition: 0 }, entity: 'agendaItem' };
  },
  'agenda.remove': async (k) => {
    const m = await k.meeting();
    return { input: { id: m.agendaItemId }, entity: 'agendaItem', id: m.agendaItemId };
  },
  'agenda.attach': async (k) => {
    const m = await k.meeting();
    return { input: { agendaItemId: m.agendaItemId, fileName: 'audit.pdf', dataBase64: pdf }, entity: 'agendaAttachment' };
  },
  'agenda.setGuests': async (k) => {
    const m = await k.meeting();
    return { input: { agendaItemId: m.agendaItemId, guests: [{ name: 'Jo Quarrington', role: 'Outside counsel' }] }, entity: 'agendaItemGuest' };
  },
  'attendance.set': async (k) => {
    const m = await k.meeting();
    return { input: { meetingId: m.meetingId, members: [{ memberId: m.members[0]!, status: 'absent' }] }, entity: 'attendance' };
  },
  'minutes.set': async (k) => {
    const m = await k.meeting();
    return { input: { agendaItemId: m.agendaItemId, text: 'The audit tool was reviewed.' }, entity: 'agendaItem', id: m.agendaItemId };
  },
  'motions.record': async (k) => {
    const m = await k.meeting();
    return {
      input: { meetingId: m.meetingId, agendaItemId: m.agendaItemId, kind: 'other', text: 'Extend the audit', moverMemberId: m.members[0]!, votes: m.members.map((memberId) => ({ memberId, vote: 'yes' as const })) },
      entity: 'motion',
    };
  },
  'actions.add': async (k) => {
    const m = await k.meeting();
    return { input: { meetingId: m.meetingId, description: 'Audit restraint orders', ownerName: 'Dr Ada Ashcombe', dueOn: '2027-03-01' }, entity: 'actionItem' };
  },
  'actions.update': async (k) => {
    const m = await k.meeting();
    return { input: { id: m.actionItemIds[0]!, patch: { status: 'done' } }, entity: 'actionItem', id: m.actionItemIds[0]! };
  },
  'minutes.amend': async (k) => {
    const m = await k.meeting();
    const later = await k.call('meetings.create', { committeeId: m.committeeId, title: 'Next meeting', startsAt: '2026-12-01T16:30:00Z', timeZone: 'America/Los_Angeles' });
    await k.call('attendance.set', { meetingId: later.id, members: m.members.map((memberId) => ({ memberId, status: 'present' as const })) });
    const yes = m.members.map((memberId) => ({ memberId, vote: 'yes' as const }));
    await k.call('motions.record', { meetingId: later.id, kind: 'approve', text: 'Approve the minutes', subject: { kind: 'minutes', id: m.meetingId }, moverMemberId: m.members[0]!, votes: yes });
    return { input: { meetingId: m.meetingId, text: 'Called to order at 8:35, not 8:32.', motionMeetingId: later.id, moverMemberId: m.members[1]!, votes: yes }, entity: 'minutesAmendment' };
  },
  'packets.issue': async (k) => {
    const m = await k.meeting();
    return { input: { meetingId: m.meetingId }, entity: 'packetIssue' };
  },
  'packets.recordDistribution': async (k) => {
    const m = await k.meeting();
    const issued = await k.call('packets.issue', { meetingId: m.meetingId });
    return { input: { packetIssueId: issued.id, recipientName: 'Board secretary', sentOn: k.today(), method: 'portal' }, entity: 'packetDistribution' };
  },
  'sync.resolveConflict': async (k) => {
    const { alice, bob, practitionerId } = await k.conflictingLaptops();
    const [conflict] = await bob.core.call('sync.conflicts', {});
    void alice;
    return { core: bob.core, input: { id: conflict!.id, choice: 'restore' }, entity: 'staff', id: practitionerId };
  },
  'measures.save': async () => ({ input: { measure: measureInput() }, entity: 'measure', id: (o) => o.measure.id }),
  'measures.remove': async (k) => {
    const { measure } = await k.call('measures.save', { measure: measureInput() });
    return { input: { id: measure.id }, entity: 'measure', id: measure.id };
  },
  'measures.saveValues': async (k) => {
    const { measure } = await k.call('measures.save', { measure: measureInput() });
    return { input: { measureId: measure.id, values: [{ period: '2026-01', numerator: 80, denominator: 100 }] }, entity: 'measureValue' };
  },
  'measures.removeValue': async (k) => {
    const { measure } = await k.call('measures.save', { measure: measureInput() });
    await k.call('measures.saveValues', { measureId: measure.id, values: [{ period: '2026-01', numerator: 80, denominator: 100 }] });
    const id = k.id('SELECT id FROM measure_values WHERE measure_id = ?', measure.id);
    return { input: { id }, entity: 'measureValue', id };
  },
  'measures.importValues': async (k) => {
    const { measure } = await k.call('measures.save', { measure: measureInput() });
    return { input: { measureId: measure.id, commit: true, text: '2026-01\t80\t100\n' }, entity: 'measureValue' };
  },
  'strategy.savePeriod': async () => ({ input: { name: `FY${2030 + unique()}`, startsOn: `${2030 + n}-07-01`, endsOn: `${2031 + n}-06-30` }, entity: 'planPeriod', id: (o) => o.id }),
  'strategy.savePerspective': async (k) => ({ input: { planPeriodId: k.id('SELECT id FROM plan_periods'), name: `Perspective ${unique()}` }, entity: 'perspective', id: (o) => o.id }),
  'strategy.saveGoal': async (k) => ({ input: { perspectiveId: k.id('SELECT id FROM perspectives'), title: `Goal ${unique()}` }, entity: 'goal', id: (o) => o.id }),
  'strategy.saveInitiative': async (k) => ({ input: { goalId: k.id('SELECT id FROM goals'), title: `Initiative ${unique()}` }, entity: 'initiative', id: (o) => o.id }),
  'strategy.saveMilestone': async (k) => ({ input: { initiativeId: k.id('SELECT id FROM initiatives'), title: `Milestone ${unique()}`, dueOn: '2027-10-01' }, entity: 'milestone', id: (o) => o.id }),
  'strategy.remove': async (k) => {
    const goal = await k.call('strategy.saveGoal', { perspectiveId: k.id('SELECT id FROM perspectives'), title: `Goal ${unique()}` });
    return { input: { kind: 'goal', id: goal.id }, entity: 'goal', id: goal.id };
  },
  'pdsa.save': async (k) => ({ input: { initiativeId: k.id('SELECT id FROM initiatives'), title: `Cycle ${unique()}` }, entity: 'pdsaCycle', id: (o) => o.id }),
  'pdsa.remove': async (k) => {
    const cycle = await k.call('pdsa.save', { initiativeId: k.id('SELECT id FROM initiatives'), title: `Cycle ${unique()}` });
    return { input: { id: cycle.id }, entity: 'pdsaCycle', id: cycle.id };
  },
  'risks.create': async () => ({ input: { reference: `R-${unique()}`, title: 'Ransomware outage', treatment: 'transfer', reviewOn: '2027-11-01', assessment: scores() }, entity: 'risk', id: (o) => o.id }),
  'risks.update': async (k) => {
    const r = await k.call('risks.create', { reference: `R-${unique()}`, title: 'Ransomware outage', treatment: 'transfer', reviewOn: '2027-11-01', assessment: scores() });
    return { input: { id: r.id, patch: { reviewOn: '2027-12-01' } }, entity: 'risk', id: r.id };
  },
  'risks.assess': async (k) => {
    const r = await k.call('risks.create', { reference: `R-${unique()}`, title: 'Ransomware outage', treatment: 'transfer', reviewOn: '2027-11-01', assessment: scores() });
    return { input: { riskId: r.id, ...scores(k.today()) }, entity: 'riskAssessment' };
  },
  'risks.remove': async (k) => {
    const r = await k.call('risks.create', { reference: `R-${unique()}`, title: 'Ransomware outage', treatment: 'transfer', reviewOn: '2027-11-01', assessment: scores() });
    return { input: { id: r.id }, entity: 'risk', id: r.id };
  },
  'ethics.setPassphrase': async (k) => ({ core: k.otherCore(), input: { passphrase: 'a new ethics passphrase', idleMinutes: 10 }, entity: 'setting',
    noPanel: 'the vault’s key check is a setting no screen opens' }),
  'ethics.create': async (k) => ({ input: ethicsRequest(k), entity: 'ethicsCase', id: (o) => o.id }),
  'ethics.update': async (k) => {
    const c = await k.call('ethics.create', ethicsRequest(k));
    return { input: { id: c.id, patch: { urgency: 'urgent' } }, entity: 'ethicsCase', id: c.id };
  },
  'ethics.advance': async (k) => {
    const c = await k.call('ethics.create', ethicsRequest(k));
    return { input: { id: c.id, to: 'assemble' }, entity: 'ethicsCase', id: c.id };
  },
  'ethics.addNote': async (k) => {
    const c = await k.call('ethics.create', ethicsRequest(k));
    return { input: { caseId: c.id, text: 'Met the care team on the ward.' }, entity: 'ethicsNote' };
  },
  'ethics.draftSummary': async (k) => {
    const c = await k.call('ethics.create', ethicsRequest(k));
    return { input: { id: c.id }, entity: 'ethicsCase', id: c.id };
  },
  'ethics.saveSummary': async (k) => {
    const c = await k.call('ethics.create', ethicsRequest(k));
    await k.call('ethics.draftSummary', { id: c.id });
    return { input: { id: c.id, text: 'A family asked whether to continue treatment.' }, entity: 'ethicsCase', id: c.id };
  },
  'ethics.signOff': async (k) => {
    const c = await k.call('ethics.create', ethicsRequest(k));
    await k.call('ethics.draftSummary', { id: c.id });
    await k.call('ethics.saveSummary', { id: c.id, text: 'A family asked whether to continue treatment.' });
    return { input: { id: c.id }, entity: 'ethicsCase', id: c.id };
  },
  'training.saveCourse': async () => ({ input: { course: courseInput() }, entity: 'trainingCourse', id: (o) => o.id }),
  'training.saveRequirement': async (k) => {
    const c = await k.call('training.saveCourse', { course: courseInput() });
    return { input: { requirement: requirementInput(c.id) }, entity: 'trainingRequirement', id: (o) => o.id };
  },
  'training.retireRequirement': async (k) => {
    const c = await k.call('training.saveCourse', { course: courseInput() });
    const r = await k.call('training.saveRequirement', { requirement: requirementInput(c.id) });
    return { input: { id: r.id, retired: true }, entity: 'trainingRequirement', id: r.id };
  },
  'training.recordCompletions': async (k) => {
    const c = await k.call('training.saveCourse', { course: courseInput() });
    return { input: { courseId: c.id, completedOn: k.today(), staffIds: [k.id('SELECT id FROM staff')] }, entity: 'trainingCompletion' };
  },
  'training.importCompletions': async (k) => {
    const c = await k.call('training.saveCourse', { course: courseInput() });
    const npi = k.id('SELECT npi FROM staff WHERE npi IS NOT NULL');
    const csv = `NPI,Email,Course,Completed,Credits\n${npi},,${c.title},${k.today()},1\n`;
    return { input: { fileName: 'lms.csv', dataBase64: b64(csv), commit: true }, entity: 'trainingCompletion' };
  },
  'training.grantWaiver': async (k) => {
    const c = await k.call('training.saveCourse', { course: courseInput() });
    const r = await k.call('training.saveRequirement', { requirement: requirementInput(c.id) });
    return { input: { staffId: k.id('SELECT id FROM staff'), requirementId: r.id, approver: 'Dr. Chief of Staff', reason: 'On sabbatical', endsOn: '2027-03-01' }, entity: 'trainingWaiver' };
  },
  'training.recordCompetency': async (k) => ({
    input: { staffId: k.id('SELECT id FROM staff'), competency: 'Central line insertion', method: 'simulation', assessor: 'Dr Ada Ashcombe', result: 'competent', assessedOn: k.today() },
    entity: 'competencyAssessment', id: (o) => o.id,
  }),
  'training.saveCmeProfile': async () => ({ input: { state: 'ME', totalCredits: 100, category1Minimum: 40 }, entity: 'cmeStateProfile' }),
  'training.requireForPolicy': async (k) => {
    const { policyId } = await k.approvedPolicy();
    await k.call('policies.assign', { policyId, targets: [{ kind: 'department', id: k.id('SELECT id FROM departments WHERE retired_on IS NULL') }] });
    const c = await k.call('training.saveCourse', { course: courseInput() });
    return { input: { policyId, courseId: c.id }, entity: 'trainingRequirement', id: (o) => o.id };
  },
  'reappointments.start': async (k) => ({ input: { staffId: k.id(reappointable), applicationReceivedOn: '2026-11-02' }, entity: 'reappointment', id: (o) => o.id }),
  'reappointments.recordStep': async (k) => {
    const r = await k.call('reappointments.start', { staffId: k.id(reappointable), applicationReceivedOn: '2026-11-02' });
    return { input: { id: r.id, step: 'chair', on: '2026-11-10', outcome: 'favourable' }, entity: 'reappointment', id: r.id };
  },
  'suspensions.record': async (k) => ({ input: forCause(k), entity: 'suspension', id: (o) => o.id }),
  'suspensions.recordNotice': async (k) => {
    const s = await k.call('suspensions.record', forCause(k));
    return { input: { id: s.id, noticeSentOn: k.today() }, entity: 'suspension', id: s.id };
  },
  'suspensions.reinstate': async (k) => {
    const s = await k.call('suspensions.record', forCause(k));
    return { input: { id: s.id, reinstatedOn: k.today(), note: 'The review found no cause to continue.' }, entity: 'suspension', id: s.id };
  },
  'screening.import': async (k) => {
    const [given, family] = k.id("SELECT given_name || ',' || family_name FROM staff").split(',');
    return { input: { listKind: 'other', listName: 'Ohio Medicaid', fileName: 'ohio.csv', dataBase64: b64(`LASTNAME,FIRSTNAME,NPI\r\n${family},${given},\r\n`) }, entity: 'exclusionScreening' };
  },
  'screening.decide': async (k) => {
    const id = k.id("SELECT id FROM exclusion_matches WHERE status = 'possible'");
    return { input: { id, decision: 'cleared', note: 'Another person: the date of birth differs' }, entity: 'exclusionMatch', id };
  },
  'npdb.record': async (k) => ({ input: { staffId: k.id('SELECT id FROM staff'), queriedOn: k.today(), kind: 'renewal', result: 'no-report' }, entity: 'npdbQuery' }),
};

function measureInput() {
  return {
    goalId: null, name: `Hand hygiene ${unique()}`, definition: 'Observed opportunities where hand hygiene was done', type: 'proportion' as const,
    numeratorDefinition: 'Opportunities with hand hygiene', denominatorDefinition: 'Opportunities observed', exclusions: null, source: 'Secret shoppers',
    frequency: 'monthly' as const, direction: 'higher-is-better' as const, unit: null, baseline: 82, target: 90,
  };
}
const scores = (assessedOn = '2026-10-01') => ({ assessedOn, inherentLikelihood: 5, inherentImpact: 5, residualLikelihood: 2, residualImpact: 3 });
const courseInput = () => ({ title: `Sepsis bundle ${unique()}`, creditType: 'ama-pra-1' as const, credits: 1.5, modality: 'online' as const, availableFrom: '2020-01-01' });
const requirementInput = (courseId: string) => ({
  title: `Requirement ${unique()}`, courseId, appliesTo: [], recurrence: 'rolling-months' as const, intervalMonths: 12, daysAfter: 0, source: 'policy' as const,
  effectiveFrom: '2026-01-01',
});
const ethicsRequest = (k: Kit) => ({
  requestedAt: `${k.today()}T09:00:00.000Z`, requesterName: 'Dr Ada Ashcombe', requesterRole: 'Attending', urgency: 'routine' as const, type: 'end-of-life' as const,
  question: 'Should the team continue ventilation against the surrogate’s wishes?',
});
const forCause = (k: Kit) => ({ staffId: k.id('SELECT id FROM staff'), scope: 'all-privileges' as const, reason: `Under review ${unique()}`, startedOn: k.today() });

const core = openTempCore();
const others: { dispose(): void }[] = [];
afterAll(() => {
  core.dispose();
  for (const o of others) o.dispose();
});
beforeAll(async () => {
  await core.call('app.seedSample', { staff: 20, seed: 3 });
  await core.call('ethics.unlock', { passphrase: 'sample ethics passphrase' });
}, 120_000);

const kit: Kit = {
  core,
  id(sql, ...params) {
    const found = core.context.db.prepare(sql).pluck().get(...params) as string | undefined;
    if (!found) throw new Error(`The sample hospital has nothing for: ${sql}`);
    return found;
  },
  call: (channel, input) => core.call(channel, input),
  meeting: async () => {
    const committee = await committeeWithMembers(core, `Committee ${unique()}`);
    return { ...committee, ...(await meetingWithBusiness(core, committee, 'November meeting', '2026-11-10T16:30:00Z')) };
  },
  async draftPolicy() {
    const policy = await core.call('policies.create', { reference: `HX-${unique()}`, title: `History policy ${n}`, category: 'Medical staff', ownerId: kit.id('SELECT id FROM staff ORDER BY id'), body: 'Text' });
    return { policyId: policy.id, versionId: policy.versions[0]!.id };
  },
  async assignedPolicy() {
    const approved = await kit.approvedPolicy();
    await core.call('policies.assign', { policyId: approved.policyId, targets: [{ kind: 'department', id: kit.id(firstDepartment) }] });
    return approved;
  },
  async approvedPolicy() {
    const { policyId, versionId } = await kit.draftPolicy();
    const v = await core.call('policies.submit', { versionId, approvers: [{ kind: 'person', staffId: kit.id(notTheOwner) }], effectiveOn: '2026-01-01' });
    await core.call('policies.decide', { stepId: v.approvals[0]!.id, decision: 'approved' });
    return { policyId, versionId };
  },
  today: () => core.context.now().toISOString().slice(0, 10),
  otherCore() {
    const other = openTempCore();
    others.push(other);
    return other;
  },
  async conflictingLaptops() {
    const team = sharedFolderTeam(['alice', 'bob']);
    others.push(team);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    await new Promise((r) => setTimeout(r, 5));
    await bob.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Mere' } });
    alice.sync();
    bob.sync();
    return { alice, bob, practitionerId: practitioner.id };
  },
};

const writing = channelNames.filter((name) => contract[name].writes);

describe('every writing channel leaves history', () => {
  it('has a recipe or a stated reason for every channel that writes', () => {
    const missing = writing.filter((name) => !recipes[name] && !logsNothing[name]);
    expect(missing, 'writing channels with no history recipe: add one here, or the reason they log nothing').toEqual([]);
    const both = writing.filter((name) => recipes[name] && logsNothing[name]);
    expect(both).toEqual([]);
  });

  it.each(writing.filter((name) => recipes[name]))('%s logs its change, naming the record', async (name) => {
    const recipe = recipes[name] as Recipe<typeof name>;
    const expected = await recipe(kit);
    const target = expected.core ?? core;
    const db = target.context.db;
    const before = db.prepare('SELECT coalesce(max(seq), 0) FROM change_log').pluck().get() as number;
    const output = await target.call(name, expected.input as never);
    const recordId = typeof expected.id === 'function' ? expected.id(output as never) : expected.id;
    const logged = db.prepare('SELECT entity, record_id AS recordId FROM change_log WHERE seq > ?').all(before) as { entity: string; recordId: string }[];
    expect(logged.length, `${name} wrote nothing to the change log`).toBeGreaterThan(0);
    const forEntity = logged.filter((r) => r.entity === expected.entity);
    expect(forEntity.length, `${name} logged ${[...new Set(logged.map((r) => r.entity))].join(', ')} but no ${expected.entity}`).toBeGreaterThan(0);
    if (recordId) expect(forEntity.map((r) => r.recordId)).toContain(recordId);
    if (expected.noPanel) return;
    // And the record's History panel shows it.
    const shown = await target.call('history.forRecord', { entity: expected.entity, id: recordId ?? forEntity[0]!.recordId, limit: 1000 });
    expect(shown.some((c) => c.seq > before)).toBe(true);
  }, 60_000);
});
