// A delete that changes other records (removing what depends on it, clearing links to it) reaches the other laptops
// as those changes: the same rows on both, nothing left waiting for a deleted parent, and each change in the history.
import { afterEach, describe, expect, it } from 'vitest';
import { meetingEntity } from '../../../electron/core/meetings/entities';
import { syncState } from '../../../electron/core/sync/sync-state';
import { committeeWithMembers, meetingWithBusiness } from '../../support/meeting-fixtures';
import { canonicalDump, firstDifference } from './support/canonical-dump';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './support/shared-folder-pair';

process.env.CHARTROOM_AUTO_SYNC = '0';
let team: ReturnType<typeof sharedFolderTeam> | null = null;
afterEach(() => {
  team?.dispose();
  team = null;
});

const recordCount = (l: TestLaptop) => Object.values(canonicalDump(l.core.context.db)).reduce((n, r) => n + r.length, 0);
const rows = (l: TestLaptop, sql: string, ...params: unknown[]) => l.core.context.db.prepare(sql).all(...params) as Record<string, unknown>[];

describe('a delete with dependants, synced', () => {
  it('clears action items’ link to a deleted agenda item and removes a deleted meeting’s business on every laptop', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    await syncedOrganisation(alice.core);
    const committee = await committeeWithMembers(alice.core);
    const kept = await meetingWithBusiness(alice.core, committee, 'December MEC', '2026-12-08T15:30:00Z');
    const gone = await meetingWithBusiness(alice.core, committee, 'January MEC', '2027-01-12T15:30:00Z');
    alice.sync();
    bob.sync();
    expect(rows(bob, 'SELECT id FROM action_items WHERE agenda_item_id = ?', kept.agendaItemId)).toHaveLength(2);

    await alice.core.call('agenda.remove', { id: kept.agendaItemId });
    alice.core.context.store.remove(meetingEntity, gone.meetingId);
    const sent = alice.sync();
    const rowsBefore = recordCount(bob);
    const received = bob.sync();
    expect(sent.problems.concat(received.problems)).toEqual([]);
    // The mass-deletion guard counts every row the delete took from Bob's tables, dependants included.
    expect(received.removedRows).toBe(rowsBefore - recordCount(bob));

    for (const l of [alice, bob]) {
      // The December action items and motion stay, no longer linked to the removed item.
      expect(rows(l, 'SELECT agenda_item_id AS link FROM action_items WHERE meeting_id = ?', kept.meetingId)).toEqual([{ link: null }, { link: null }]);
      expect(rows(l, 'SELECT agenda_item_id AS link FROM motions WHERE meeting_id = ?', kept.meetingId)).toEqual([{ link: null }]);
      // The January meeting went with everything hanging off it, and nothing waits for it.
      for (const table of ['agenda_items', 'attendance', 'motions', 'action_items']) {
        expect(rows(l, `SELECT id FROM ${table} WHERE meeting_id = ?`, gone.meetingId), `${l.name} ${table}`).toEqual([]);
      }
      expect(rows(l, `SELECT id FROM votes WHERE motion_id IN (${gone.motionIds.map(() => '?').join(', ')})`, ...gone.motionIds)).toEqual([]);
      expect(syncState(l.core.context.db).parked(), `${l.name} has records waiting for a deleted parent`).toEqual([]);
    }
    expect(firstDifference(canonicalDump(alice.core.context.db), canonicalDump(bob.core.context.db))).toBeNull();

    // The history of each action item says its link was cleared: by Alice on her laptop, from Alice on Bob's.
    for (const l of [alice, bob]) {
      for (const id of kept.actionItemIds) {
        const history = await l.core.call('history.forRecord', { entity: 'actionItem', id });
        expect(history[0], `${l.name}'s history of action item ${id}`).toMatchObject({ field: 'agendaItemId', oldValue: kept.agendaItemId, newValue: null, actor: expect.stringMatching(/^alice/) });
      }
    }
    // On Alice's laptop the cleared links and the removed item are one change, undone (one day) as one.
    const [cleared] = await alice.core.call('history.forRecord', { entity: 'actionItem', id: kept.actionItemIds[0]! });
    const [removed] = await alice.core.call('history.forRecord', { entity: 'agendaItem', id: kept.agendaItemId });
    expect(removed).toMatchObject({ field: '_deleted', newValue: true, txId: cleared!.txId });
  }, 60_000);
});

describe('restoring a record deleted on another laptop', () => {
  it('brings back the records its delete removed with it, on every laptop', async () => {
    team = sharedFolderTeam(['alice', 'bob']);
    const [alice, bob] = team.laptops as [TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    const credential = await alice.core.call('credentials.create', { staffId: practitioner.id, type: 'state-license', issuer: 'WA Medical Commission', number: 'MD60001', expiresOn: '2028-06-30' });
    await alice.core.call('verifications.record', { credentialId: credential.id, kind: 'initial', source: 'WA Medical Commission', verifiedOn: '2026-11-02', verifier: 'M. Quillmere', method: 'online', result: 'verified' });
    const meeting = await meetingWithBusiness(alice.core, await committeeWithMembers(alice.core), 'December MEC', '2026-12-08T15:30:00Z');
    alice.sync();
    bob.sync();

    // Bob corrects the credential and the meeting; a moment later, unaware, Alice deletes both.
    await bob.core.call('credentials.update', { id: credential.id, patch: { issuer: 'Washington Medical Commission' } });
    await bob.core.call('meetings.update', { id: meeting.meetingId, patch: { location: 'Library' } });
    const corrected = canonicalDump(bob.core.context.db);
    await new Promise((r) => setTimeout(r, 5));
    await alice.core.call('credentials.remove', { id: credential.id });
    alice.core.context.store.remove(meetingEntity, meeting.meetingId);
    for (const l of [alice, bob, alice]) l.sync();

    const lost = (await bob.core.call('sync.conflicts', {})).filter((c) => c.kind === 'deleted');
    expect(lost.map((c) => [c.entity, c.field]).sort()).toEqual([['credential', 'issuer'], ['meeting', 'location']]);
    for (const c of lost) await bob.core.call('sync.resolveConflict', { id: c.id, choice: 'restore' });
    for (const l of [bob, alice]) l.sync();

    for (const l of [alice, bob]) {
      // Everything as it was before the deletes, with Bob's corrections.
      expect(firstDifference(corrected, canonicalDump(l.core.context.db)), l.name).toBeNull();
      expect(syncState(l.core.context.db).parked()).toEqual([]);
    }
  }, 60_000);
});
