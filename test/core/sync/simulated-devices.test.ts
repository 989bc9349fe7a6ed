// Simulated laptops in one process, sharing a folder through a faulty simulated sync service: thousands of random
// edits and deletes, random delivery order, duplicates, truncated files, foreign temp files, conflicted copies and
// clocks days apart. After everything is delivered every laptop holds the same data, and every concurrent losing
// value is in each laptop's conflict record. Some seeds also write snapshots often and compact, with a laptop that
// joins late from them. Laptops also create records under the same unique key apart, for every unique key the schema
// declares (attendance, votes and attestations for the same pairs among them): each pair ends as one record everywhere.
// A failing seed is printed: SYNC_SEED=<n> replays it alone.
import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { attachmentEntity } from '../../../electron/core/attachments/entities';
import { credentialEntity } from '../../../electron/core/credentials/entities';
import { entities } from '../../../electron/core/db/entity-registry';
import { committeeEntity, committeeMemberEntity, meetingEntity, motionEntity } from '../../../electron/core/meetings/entities';
import { roleEntity } from '../../../electron/core/organisation/entities';
import { measureEntity } from '../../../electron/core/planning/entities';
import { standardEntity } from '../../../electron/core/policies/entities';
import { staffEntity } from '../../../electron/core/staff/entities';
import { uniqueKeysOf } from '../../../electron/core/sync/duplicates';
import { deriveKey } from '../../../electron/core/sync/sealed-box';
import { readFormat } from '../../../electron/core/sync/folder-format';
import { FolderLayout } from '../../../electron/core/sync/folder-layout';
import { canonicalDump, firstDifference } from './support/canonical-dump';
import { expectedLosers } from './support/conflict-oracle';
import type { SyncReport } from '../../../electron/core/sync/sync-engine';
import { createDuplicates, duplicateMakers, passphrase, randomEdit, SimulatedTeam, type FixedRecords, type TeamOptions } from './support/simulated-team';

const replay = process.env.SYNC_SEED ? [Number(process.env.SYNC_SEED)] : null;
// Seeds from 100 up run with snapshots and compaction on, one laptop joining late from snapshots.
const seeds = replay ? replay.filter((s) => s < 100) : [1, 2, 3, 4, 5];
const compactingSeeds = replay ? replay.filter((s) => s >= 100) : [101, 102];
const editsPerSeed = Number(process.env.SYNC_EDITS ?? 400);
const faults = { truncate: 0.15, conflictedCopy: 0.1, foreignFile: 0.1 };

let team: SimulatedTeam | null = null;
afterEach(() => {
  team?.dispose();
  team = null;
});

/** Every unique key the schema declares, as `table(field, …)`: what the duplicate makers must cover. */
function schemaUniqueKeys(t: SimulatedTeam): string[] {
  const db = t.laptops[0]!.core.context.db;
  return entities.flatMap((e) => uniqueKeysOf(db, e).map((fields) => `${e.table}(${fields.join(', ')})`));
}

async function setUp(t: SimulatedTeam): Promise<FixedRecords> {
  const first = t.laptops[0]!.core;
  const store = first.context.store;
  const department = await first.call('departments.create', { code: 'MED', name: 'Medicine' });
  first.context.store.insert(roleEntity, { name: 'Attending Physician', kind: 'physician' }, 'role-attending');
  first.context.store.insert(staffEntity, { givenName: 'Ines', familyName: 'Fairweather', roleId: 'role-attending', departmentId: department.id, status: 'active' }, 'fixed-owner');
  const body = Array.from({ length: 12 }, (_, i) => `Paragraph ${i + 1} of the hand hygiene policy.`).join('\n');
  const policy = await first.call('policies.create', { reference: 'IC-001', title: 'Hand hygiene', category: 'Infection control', ownerId: 'fixed-owner', body });
  const versionId = first.context.db.prepare('SELECT id FROM policy_versions WHERE policy_id = ?').pluck().get(policy.id) as string;
  // Parents for duplicates: standards, a document, a committee with members, a meeting and a motion.
  const standardIds = ['EC.02.01.01', 'IC.01.01.01', 'MS.06.01.03', 'LD.01.03.01'].map((code) => store.insert(standardEntity, { body: 'TJC', code: `${code}-fixed`, title: code }));
  const attachmentId = 'a'.repeat(64);
  store.insert(attachmentEntity, { fileName: 'scope.pdf', mediaType: 'application/pdf', size: 1 }, attachmentId);
  const committeeId = store.insert(committeeEntity, { name: 'Medical Executive Committee', kind: 'executive', quorumRule: 'majority' });
  const memberIds = ['Ada Moss', 'Bo Reyes', 'Cy Lund'].map((name) => store.insert(committeeMemberEntity, { committeeId, name, role: 'member', voting: true, active: true }));
  const meetingId = store.insert(meetingEntity, { committeeId, type: 'regular', title: 'March MEC', startsAt: '2026-03-10T17:00:00Z', timeZone: 'UTC', status: 'scheduled' });
  const motionId = store.insert(motionEntity, { meetingId, kind: 'other', text: 'Adopt the scope', result: 'pending', moverMemberId: memberIds[0] });
  const measureId = store.insert(measureEntity, { name: 'Hand hygiene compliance', type: 'proportion', frequency: 'monthly', direction: 'higher-is-better', target: 0.9 });
  const credentialId = store.insert(credentialEntity, { staffId: 'fixed-owner', type: 'state-license', number: 'MD100200', jurisdiction: 'WA', expiresOn: '2027-12-31' });
  t.settle();
  return { departmentId: department.id, roleId: 'role-attending', ownerId: 'fixed-owner', policyId: policy.id, versionId, standardIds, attachmentId, meetingId, motionId, memberIds, measureId, credentialId };
}

async function run(seed: number, options: TeamOptions & { count: number }) {
  try {
    team = new SimulatedTeam(seed, options.count, options);
    const late = team.laptops.filter((l) => !l.joined);
    const fixed = await setUp(team);
    // Every unique key the schema declares has a rule here; a new UNIQUE without one fails.
    const keys = schemaUniqueKeys(team);
    expect(keys.sort()).toEqual(Object.keys(duplicateMakers).sort());
    // Each key made apart on two laptops at least once (the random edits below make more, on any two).
    for (const key of keys) expect(createDuplicates(team, key, fixed, team.active.slice(0, 2)), key).toBe(2);
    // Merged before the random edits begin (a practitioner deleted before anyone saw both would never be a duplicate).
    team.settle();
    let joined: SyncReport | null = null;
    for (let i = 0; i < editsPerSeed; i++) {
      if (late.length && i === Math.floor(editsPerSeed / 2)) {
        // Well after compaction began: the late laptop starts from the snapshots in its folder.
        team.share.deliverAll();
        joined = team.sync(late[0]!);
      }
      const laptop = team.random.pick(team.active);
      await randomEdit(team, laptop, fixed);
      team.tick();
      if (team.random.chance(0.08)) team.sync(team.random.pick(team.active));
      if (team.random.chance(0.1)) team.share.deliverSome(team.random.next());
    }
    team.settle();

    const dumps = team.laptops.map((l) => canonicalDump(l.core.context.db));
    for (let i = 1; i < dumps.length; i++) {
      const difference = firstDifference(dumps[0]!, dumps[i]!);
      expect(difference, `laptop-0 and laptop-${i} differ`).toBeNull();
    }
    expect(Object.keys(dumps[0]!)).toContain('staff');
    for (const l of team.laptops) {
      const db = l.core.context.db;
      // No record waits because another holds its key: duplicates merged instead.
      expect(db.prepare("SELECT entity, reason FROM sync_parked WHERE reason LIKE '%UNIQUE%'").all(), l.name).toEqual([]);
      const mergedKinds = new Set(db.prepare("SELECT DISTINCT entity FROM sync_state WHERE field = '_mergedInto'").pluck().all() as string[]);
      const keyed = entities.filter((e) => uniqueKeysOf(db, e).length > 0).map((e) => e.name);
      expect(keyed.filter((e) => !mergedKinds.has(e)), `${l.name}: kinds of record never merged`).toEqual([]);
    }

    const folder = team.laptops[0]!.folder;
    const key = deriveKey(passphrase, readFormat(new FolderLayout(folder))!.kdf);
    // Compacted segments count too: the share kept every segment it ever carried.
    const losers = expectedLosers(folder, key, team.share.segmentHistory);
    for (const l of team.laptops) {
      const kept = new Set(
        (l.core.context.db.prepare('SELECT entity, record_id, field, lost_hlc FROM sync_conflicts').raw().all() as string[][]).map((r) => r.join('\u0000')),
      );
      const missing = losers.filter((x) => !kept.has([x.entity, x.recordId, x.field, x.lostHlc].join('\u0000')));
      expect(missing, `${l.name} lost concurrent values`).toEqual([]);
    }
    const compacted = [...team.share.segmentHistory.keys()].filter((rel) => !fs.existsSync(path.join(folder, rel))).length;
    console.log(
      `seed ${seed}: ${team.laptops.length} laptops, ${editsPerSeed} edits, ${losers.length} concurrent losing values kept, ` +
        `${team.laptops[0]!.core.context.db.prepare("SELECT count(*) FROM sync_state WHERE field = '_mergedInto'").pluck().get()} duplicates merged` +
        (options.snapshotEvery ? `, ${compacted} segments compacted, late laptop started from ${joined?.snapshot.loaded ? 'a snapshot' : 'segments'}` : ''),
    );
    return { joined, compacted };
  } catch (error) {
    console.error(`Sync simulation failed for seed ${seed}. Replay it with: SYNC_SEED=${seed} npx vitest run --config test/vitest.config.ts test/core/sync/simulated-devices.test.ts`);
    throw error;
  }
}

describe('simulated laptops sharing a folder', () => {
  it.each(seeds)('seed %i: every laptop converges and keeps every concurrent losing value', async (seed) => {
    await run(seed, { count: 3 + (seed % 2), maxSkewDays: 3, faults });
  }, 60_000);

  it.each(compactingSeeds)('seed %i, with snapshots and compaction and a laptop joining late: every laptop converges and keeps every concurrent losing value', async (seed) => {
    const { joined, compacted } = await run(seed, { count: 4, maxSkewDays: 3, faults, snapshotEvery: 3, lateJoiners: 1 });
    expect(compacted).toBeGreaterThan(0);
    expect(joined?.snapshot.loaded).toMatch(/\.snap$/);
  }, 60_000);
});
