// Faults that used to wedge a team for good: a stray file in a laptop's own folder, a damaged segment, a clock
// dragged days ahead by an accepted change, a copied data folder, a shared folder that cannot be written.
import { afterEach, describe, expect, it } from 'vitest';
import { parseHlc } from '../../../electron/core/db/hlc';
import { SyncStop } from '../../../electron/core/sync/sync-stop';
import { canonicalDump, firstDifference } from './support/canonical-dump';
import { sharedFolderTeam, syncedOrganisation, type TestLaptop } from './support/shared-folder-pair';

let team: ReturnType<typeof sharedFolderTeam>;
afterEach(() => team.dispose());

const day = 86_400_000;

function stopOf(run: () => unknown): SyncStop | null {
  try {
    run();
  } catch (error) {
    if (error instanceof SyncStop) return error;
    throw error;
  }
  return null;
}

function expectConverged(laptops: readonly TestLaptop[]) {
  const [first, ...rest] = laptops.map((l) => canonicalDump(l.core.context.db));
  for (const other of rest) expect(firstDifference(first!, other)).toBeNull();
}

/** The clock stamp of this laptop's latest edit. */
const latestOwnStamp = (l: TestLaptop) =>
  l.core.context.db.prepare('SELECT hlc FROM change_log WHERE device_id = ? ORDER BY seq DESC LIMIT 1').pluck().get(l.core.context.store.deviceId) as string;

describe('accepting changes from the future', () => {
  it("does not drag this laptop's clock: its next edit is dated by its own clock, and the others do not stop on it", async () => {
    team = sharedFolderTeam(['alice', 'bob', 'carol']);
    const [alice, bob, carol] = team.laptops as [TestLaptop, TestLaptop, TestLaptop];
    const { practitioner } = await syncedOrganisation(alice.core);
    alice.sync();
    carol.sync();
    bob.skewMs = 10 * day;
    bob.sync();
    await bob.core.call('staff.update', { id: practitioner.id, patch: { specialty: 'Electrophysiology' } });
    bob.sync();

    expect(stopOf(() => alice.sync())?.code).toBe('FUTURE_CHANGES');
    expect(alice.sync({ allowFutureChanges: true }).received.applied).toBeGreaterThan(0);
    expect(carol.sync({ allowFutureChanges: true }).received.applied).toBeGreaterThan(0);

    // An ordinary edit on Alice's laptop, then on a laptop that restarts its sync channels (the clock resumes from
    // what it has seen).
    await alice.core.call('staff.update', { id: practitioner.id, patch: { familyName: 'Quill' } });
    const ahead = parseHlc(latestOwnStamp(alice)).wallMs - Date.now();
    expect(Math.abs(ahead)).toBeLessThan(60_000);
    alice.sync();
    await alice.core.call('staff.update', { id: practitioner.id, patch: { givenName: 'Amira' } });
    expect(parseHlc(latestOwnStamp(alice)).wallMs - Date.now()).toBeLessThan(60_000);
    alice.sync();

    // Carol, with a right clock, takes Alice's edits without being asked to accept anything.
    expect(stopOf(() => carol.sync())).toBeNull();
    expect(carol.core.context.db.prepare('SELECT family_name FROM staff WHERE id = ?').pluck().get(practitioner.id)).toBe('Quill');
    bob.sync();
    alice.sync();
    // Bob's accepted edit still wins where it is the latest, the same everywhere.
    expect(alice.core.context.db.prepare('SELECT specialty FROM staff WHERE id = ?').pluck().get(practitioner.id)).toBe('Electrophysiology');
    expectConverged([alice, bob, carol]);
  });
});
