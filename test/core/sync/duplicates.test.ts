// One rule for duplicates: records two laptops create apart under the same unique key end as one record on both,
// the one created first, with every reference following it and every value of the other kept.
import { afterEach, describe, expect, it } from 'vitest';
import { policyAttestationEntity } from '../../../electron/core/policies/entities';
import { staffEntity } from '../../../electron/core/staff/entities';
import { canonicalDump, firstDifference } from './support/canonical-dump';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam>;
afterEach(() => team?.dispose());

const two = () => team.laptops as [TestLaptop, TestLaptop];
const rows = (l: TestLaptop, sql: string, ...params: unknown[]) => l.core.context.db.prepare(sql).all(...params);
const expectSameRows = (a: TestLaptop, b: TestLaptop) => expect(firstDifference(canonicalDump(a.core.context.db), canonicalDump(b.core.context.db))).toBeNull();
const parked = (l: TestLaptop) => rows(l, 'SELECT entity, reason FROM sync_parked');
const tick = () => new Promise((r) => setTimeout(r, 3));

describe('duplicates under a unique key', () => {
  it('two laptops adding the same practitioner and committee apart end with one of each, the same on both', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner, cardiology } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const mine = await alice.core.call('staff.create', { givenName: 'Noor', familyName: 'Haddad', npi: '1234567893', specialty: 'Cardiology', roleId: 'role-np', departmentId: cardiology.id });
    await alice.core.call('committees.create', { name: 'Credentials Committee', kind: 'credentials' });
    await alice.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Electrophysiology' } });
    await tick();
    const theirs = await bob.core.call('staff.create', { givenName: 'Noor', familyName: 'Haddad-Ali', npi: '1234567893', specialty: 'Interventional cardiology', roleId: 'role-np', departmentId: cardiology.id });
    const theirCommittee = await bob.core.call('committees.create', { name: 'Credentials Committee', kind: 'credentials' });
    await bob.core.call('committees.addMember', { committeeId: theirCommittee.id, staffId: theirs.id });
    await bob.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Heart failure' } });
    for (let i = 0; i < 2; i++) {
      alice.sync();
      bob.sync();
    }
    expectSameRows(alice, bob);
    for (const l of [alice, bob]) {
      expect(parked(l)).toEqual([]);
      // The first created survives, under its own id; the later one's values are kept where they differ.
      expect(rows(l, "SELECT id, family_name AS familyName FROM staff WHERE npi = '1234567893'")).toEqual([{ id: mine.id, familyName: expect.any(String) }]);
      expect(rows(l, "SELECT count(*) AS n FROM committees WHERE name = 'Credentials Committee'")).toEqual([{ n: 1 }]);
      // Bob's membership now belongs to the surviving committee and practitioner.
      expect(rows(l, 'SELECT staff_id AS staffId FROM committee_members')).toEqual([{ staffId: mine.id }]);
      const kept = rows(l, "SELECT field, lost_value AS lost FROM sync_conflicts WHERE kind = 'duplicate' AND entity = 'staff' ORDER BY field") as { field: string; lost: string }[];
      expect(kept.map((k) => k.field)).toEqual(['familyName', 'specialty']);
    }
    expect(theirs.id).not.toBe(mine.id);
    // Settings → Sync lists both merges, with what each record held.
    for (const l of [alice, bob]) {
      const merged = await l.core.call('sync.duplicates', {});
      expect(merged.map((m) => m.entity).sort()).toEqual(['committee', 'staff']);
      const staff = merged.find((m) => m.entity === 'staff')!;
      expect(staff).toMatchObject({ survivorId: mine.id, mergedId: theirs.id, survivorPresent: true });
      expect(staff.held).toContainEqual({ field: 'specialty', survivor: '"Cardiology"', merged: '"Interventional cardiology"' });
      expect(staff.held).toContainEqual({ field: 'npi', survivor: '"1234567893"', merged: '"1234567893"' });
    }
  });

  it('merges chain: one policy reference on two laptops merges the policies, their versions numbered alike, and the attestations to them', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const attest = async (l: TestLaptop, method: string) => {
      const policy = await l.core.call('policies.create', { reference: 'MS-101', title: `Bylaws (${l.name})`, category: 'Medical staff', ownerId: practitioner.id, body: `Text by ${l.name}` });
      const versionId = l.core.context.db.prepare('SELECT id FROM policy_versions WHERE policy_id = ?').pluck().get(policy.id) as string;
      l.core.context.store.insert(policyAttestationEntity, { versionId, staffId: practitioner.id, attestedOn: '2026-03-02', method });
      await tick();
    };
    await attest(alice, 'signed');
    await attest(bob, 'read');
    alice.sync();
    bob.sync();
    alice.sync();
    expectSameRows(alice, bob);
    for (const l of [alice, bob]) {
      expect(parked(l)).toEqual([]);
      expect(rows(l, 'SELECT count(*) AS n FROM policies')).toEqual([{ n: 1 }]);
      expect(rows(l, 'SELECT count(*) AS n FROM policy_versions')).toEqual([{ n: 1 }]);
      expect(rows(l, 'SELECT count(*) AS n FROM policy_attestations')).toEqual([{ n: 1 }]);
      const merged = rows(l, "SELECT entity FROM sync_state WHERE field = '_mergedInto' ORDER BY entity").map((r) => (r as { entity: string }).entity);
      expect(merged).toEqual(['policy', 'policyAttestation', 'policyVersion']);
      // Both titles, both texts and both methods are still here: one in the row, the other kept to restore.
      const kept = rows(l, "SELECT entity, field FROM sync_conflicts WHERE kind = 'duplicate' ORDER BY entity, field");
      expect(kept).toEqual(expect.arrayContaining([{ entity: 'policy', field: 'title' }, { entity: 'policyAttestation', field: 'method' }, { entity: 'policyVersion', field: 'body' }]));
    }
  });
});

describe('duplicates: bad input settles the same way everywhere', () => {
  it('a redirect that would form a cycle: the record created first stays, on every laptop', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { cardiology } = await syncedOrganisation(alice.core);
    const first = await alice.core.call('staff.create', { givenName: 'Ona', familyName: 'First', roleId: 'role-np', departmentId: cardiology.id, specialty: 'Cardiology' });
    await tick();
    const second = await alice.core.call('staff.create', { givenName: 'Ona', familyName: 'Second', roleId: 'role-np', departmentId: cardiology.id, specialty: 'Oncology' });
    alice.sync();
    bob.sync();
    // Each laptop names the other record the survivor: a loop the rule itself never writes (a damaged or hand-made file).
    alice.core.context.store.noteMerged(staffEntity, first.id, second.id);
    bob.core.context.store.noteMerged(staffEntity, second.id, first.id);
    alice.sync();
    bob.sync();
    alice.sync();
    expectSameRows(alice, bob);
    for (const l of [alice, bob]) {
      expect(rows(l, 'SELECT id FROM staff WHERE id IN (?, ?)', first.id, second.id)).toEqual([{ id: first.id }]);
      expect(parked(l)).toEqual([]);
    }
  });

  it('a duplicate whose survivor was deleted on another laptop goes with it, its values kept as conflicts on every laptop', async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { cardiology } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const survivor = await alice.core.call('staff.create', { givenName: 'Lea', familyName: 'Orr', npi: '1234567893', roleId: 'role-np', departmentId: cardiology.id });
    alice.sync();
    carol.sync();
    await tick();
    // Bob, apart, adds the same practitioner; Carol, who has Alice's, deletes it without knowing of Bob's.
    const duplicate = await bob.core.call('staff.create', { givenName: 'Lea', familyName: 'Orr-Bell', npi: '1234567893', specialty: 'Neurology', roleId: 'role-np', departmentId: cardiology.id });
    bob.sync();
    await tick();
    carol.core.context.store.remove(staffEntity, survivor.id);
    for (let i = 0; i < 2; i++) for (const l of [carol, alice, bob]) l.sync();
    expectSameRows(alice, bob);
    expectSameRows(alice, carol);
    for (const l of [alice, bob, carol]) {
      expect(rows(l, 'SELECT id FROM staff WHERE id IN (?, ?)', survivor.id, duplicate.id), l.name).toEqual([]);
      const kept = rows(l, "SELECT field, lost_value AS lost FROM sync_conflicts WHERE kind = 'deleted' AND record_id = ? ORDER BY field", survivor.id);
      expect(kept, l.name).toEqual(expect.arrayContaining([{ field: 'familyName', lost: '"Orr-Bell"' }, { field: 'specialty', lost: '"Neurology"' }]));
    }
  });

  it('a merge that arrives after one side restored a conflict: the restored value stands everywhere, with nothing more to review', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = two();
    const { cardiology } = await syncedOrganisation(alice.core);
    alice.sync();
    bob.sync();
    const mine = await alice.core.call('staff.create', { givenName: 'Ivo', familyName: 'Kerr', npi: '1245319599', specialty: 'Nephrology', roleId: 'role-np', departmentId: cardiology.id });
    await tick();
    await bob.core.call('staff.create', { givenName: 'Ivo', familyName: 'Kerr', npi: '1245319599', specialty: 'Transplant nephrology', roleId: 'role-np', departmentId: cardiology.id });
    alice.sync();
    bob.sync();
    // Bob merged them: the later specialty shows, Alice's is kept; Bob restores it before Alice has heard of the merge.
    const conflict = rows(bob, "SELECT id, lost_value AS lost FROM sync_conflicts WHERE kind = 'duplicate' AND field = 'specialty'") as { id: number; lost: string }[];
    expect(conflict.map((c) => c.lost)).toEqual(['"Nephrology"']);
    await bob.core.call('sync.resolveConflict', { id: conflict[0]!.id, choice: 'restore' });
    bob.sync();
    alice.sync();
    bob.sync();
    expectSameRows(alice, bob);
    for (const l of [alice, bob]) {
      expect(rows(l, "SELECT id, specialty FROM staff WHERE npi = '1245319599'")).toEqual([{ id: mine.id, specialty: 'Nephrology' }]);
      expect(rows(l, "SELECT field FROM sync_conflicts WHERE kind = 'duplicate' AND field = 'specialty' AND resolved_at IS NULL")).toEqual([]);
    }
  });
});
