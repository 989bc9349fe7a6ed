// One rule for duplicates: records two laptops create apart under the same unique key end as one record on both,
// the one created first, with every reference following it and every value of the other kept.
import { afterEach, describe, expect, it } from 'vitest';
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
  });
});
