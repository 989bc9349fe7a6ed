// A team of simulated laptops in one process: each a real core on its own temp data folder and its own copy of the
// shared folder, with its own skewed clock, editing through the real handlers and store.
import fs from 'node:fs';
import path from 'node:path';
import type { Core } from '../../../../electron/core/core';
import { reappointmentEntity } from '../../../../electron/core/reappointments/entities';
import type { Store } from '../../../../electron/core/db/store';
import { attendanceEntity, committeeEntity, voteEntity } from '../../../../electron/core/meetings/entities';
import { departmentEntity, roleEntity } from '../../../../electron/core/organisation/entities';
import {
  approvalChainEntity, policyAssignmentEntity, policyAttachmentEntity, policyAttestationEntity, policyEntity, policyStandardEntity, standardEditionEntity, policyVersionEntity, standardEntity,
} from '../../../../electron/core/policies/entities';
import { measureValueEntity, planPeriodEntity } from '../../../../electron/core/planning/entities';
import { SeededRandom } from '../../../../electron/core/sample/random';
import { cmeStateProfileEntity } from '../../../../electron/core/training/entities';
import { staffEntity } from '../../../../electron/core/staff/entities';
import { exclusionMatchEntity, exclusionScreeningEntity } from '../../../../electron/core/screening/entities';
import { credentialTermEntity } from '../../../../electron/core/credentials/entities';
import { readFormat } from '../../../../electron/core/sync/folder-format';
import { FolderLayout } from '../../../../electron/core/sync/folder-layout';
import { deriveKey } from '../../../../electron/core/sync/sealed-box';
import { runSync, type SyncOptions, type SyncReport } from '../../../../electron/core/sync/sync-engine';
import { syncState } from '../../../../electron/core/sync/sync-state';
import { makeTempDir, openTempCore, removeDir, type TempCore } from '../../../support/temp-core';
import { SimulatedShare, type ShareFaults } from './simulated-share';

export const passphrase = 'correct horse battery staple';

export interface Laptop {
  name: string;
  core: TempCore;
  folder: string;
  skewMs: number;
  /** False until the laptop first syncs (a laptop that joins late neither syncs nor edits before). */
  joined: boolean;
}

export interface TeamOptions {
  maxSkewDays: number;
  faults: ShareFaults;
  /** Snapshots and compaction on, a snapshot every this many of a laptop's segments; off when absent. */
  snapshotEvery?: number;
  /** How many of the laptops (the last ones) join late. */
  lateJoiners?: number;
}

export class SimulatedTeam {
  readonly laptops: Laptop[] = [];
  readonly share: SimulatedShare;
  readonly random: SeededRandom;
  private readonly root = makeTempDir('chartroom-sync-sim-');
  /** The true time, advanced by the simulation; each laptop sees it through its own skew. */
  private clockMs = Date.parse('2026-03-02T09:00:00Z');
  /** The team key, derived once: laptops then sync with the key they saved, as the app does. */
  private key: { folderId: string; hex: string } | null = null;

  constructor(
    seed: number,
    count: number,
    private readonly options: TeamOptions,
  ) {
    this.random = new SeededRandom(seed);
    for (let i = 0; i < count; i++) {
      const skewMs = i === 0 ? 0 : Math.round((this.random.next() * 2 - 1) * options.maxSkewDays * 86_400_000);
      const folder = path.join(this.root, `share-${i}`);
      fs.mkdirSync(folder, { recursive: true });
      const joined = i < count - (options.lateJoiners ?? 0);
      const laptop: Laptop = { name: `laptop-${i}`, folder, skewMs, joined, core: null as unknown as TempCore };
      laptop.core = openTempCore({ dataDir: path.join(this.root, `data-${i}`), actor: laptop.name, now: () => new Date(this.clockMs + laptop.skewMs) });
      this.laptops.push(laptop);
    }
    this.share = new SimulatedShare(
      this.laptops.map((l) => l.folder),
      this.random,
      options.faults,
    );
  }

  tick(maxMs = 90_000): void {
    this.clockMs += this.random.int(1, maxMs);
  }

  /** The laptops that have joined: the ones that edit and sync. */
  get active(): Laptop[] {
    return this.laptops.filter((l) => l.joined);
  }

  sync(laptop: Laptop, extra: Partial<SyncOptions> = {}): SyncReport {
    const { context } = laptop.core;
    laptop.joined = true;
    const compaction = this.options.snapshotEvery ? { compact: true, snapshotEverySegments: this.options.snapshotEvery } : { compact: false };
    return runSync(
      { db: context.db, store: context.store, dataDir: context.dataDir, appVersion: context.appVersion, now: context.now },
      { folder: laptop.folder, passphrase: this.savedKey(laptop) ? undefined : passphrase, deviceName: laptop.name, maxFutureMs: 30 * 86_400_000, ...compaction, ...extra },
    );
  }

  /** Saves the team key on the laptop as Settings → Sync does (scrypt once per team, not once per sync). */
  private savedKey(laptop: Laptop): boolean {
    const state = syncState(laptop.core.context.db);
    if (state.config('key')) return true;
    if (!this.key) {
      const format = fs.existsSync(path.join(laptop.folder, 'format.json')) ? readFormat(new FolderLayout(laptop.folder)) : null;
      if (!format) return false;
      this.key = { folderId: format.folderId, hex: deriveKey(passphrase, format.kdf).toString('hex') };
    }
    if (!fs.existsSync(path.join(laptop.folder, 'format.json'))) return false;
    state.setConfig('folderId', this.key.folderId);
    state.setConfig('key', this.key.hex);
    return true;
  }

  /** Syncs everyone who has joined and delivers everything, until a whole round sends nothing new. */
  settle(maxRounds = 12): number {
    for (let round = 1; round <= maxRounds; round++) {
      let sent = 0;
      for (const l of this.active) {
        this.share.deliverAll();
        sent += this.sync(l).sent.changes;
        this.tick();
      }
      this.share.deliverAll();
      if (sent === 0 && round > 1) return round;
    }
    throw new Error(`The team did not settle within ${maxRounds} rounds`);
  }

  dispose(): void {
    for (const l of this.laptops) l.core.close();
    removeDir(this.root);
  }
}

/** Records every laptop holds from the start: the parents the duplicates below hang from. */
export interface FixedRecords {
  departmentId: string;
  roleId: string;
  ownerId: string;
  policyId: string;
  versionId: string;
  standardIds: string[];
  attachmentId: string;
  meetingId: string;
  motionId: string;
  memberIds: string[];
  measureId: string;
  credentialId: string;
}

type DuplicateMaker = (store: Store, fixed: FixedRecords, key: SeededRandom, other: SeededRandom) => void;

const word = (r: SeededRandom) => r.pick(['Ash', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Hazel', 'Juniper', 'Larch', 'Maple', 'Oak', 'Rowan', 'Yew']) + r.int(1, 99);

/**
 * For every UNIQUE the schema declares, named `table(field, …)`: how a laptop makes a record under a key another
 * laptop may choose too. `key` picks the unique values (two laptops given the same seed pick the same key), `other`
 * the rest (so the two records differ, and the merge has values to keep). A UNIQUE added to the schema without a
 * maker here fails the simulation.
 */
export const duplicateMakers: Readonly<Record<string, DuplicateMaker>> = {
  'departments(code)': (s, _f, k, o) => void s.insert(departmentEntity, { code: k.pick(['CARD', 'NEUR', 'ONC', 'PED']), name: word(o) }),
  'roles(name)': (s, _f, k, o) => void s.insert(roleEntity, { name: k.pick(['Hospitalist', 'Locum', 'Resident']), kind: o.pick(['physician', 'advanced-practice']) }),
  'staff(npi)': (s, f, k, o) =>
    void s.insert(staffEntity, { givenName: word(o), familyName: word(o), npi: k.pick(['1234567893', '1245319599', '1003000126']), specialty: word(o), roleId: f.roleId, departmentId: f.departmentId }),
  'standards(body, code)': (s, _f, k, o) => void s.insert(standardEntity, { body: k.pick(['TJC', 'CMS']), code: k.pick(['EC.02.01.01', 'IC.01.01.01', 'MS.06.01.03']), title: word(o) }),
  'policies(reference)': (s, f, k, o) => void s.insert(policyEntity, { reference: k.pick(['MS-101', 'MS-102', 'IC-202']), title: word(o), category: word(o), ownerId: f.ownerId }),
  'policy_versions(policyId, number)': (s, f, _k, o) => {
    const next = ((s.db.prepare('SELECT max(number) FROM policy_versions WHERE policy_id = ?').pluck().get(f.policyId) as number | null) ?? 0) + 1;
    const body = `Draft by ${word(o)}`;
    s.insert(policyVersionEntity, { policyId: f.policyId, number: next, stage: 'draft', title: word(o), body, bodyHash: body, changeSummary: word(o), authorId: f.ownerId });
  },
  'policy_assignments(policyId, targetKind, targetId)': (s, f, k) => {
    const department = k.chance(0.5);
    s.insert(policyAssignmentEntity, { policyId: f.policyId, targetKind: department ? 'department' : 'role', targetId: department ? f.departmentId : f.roleId });
  },
  'policy_attestations(versionId, staffId)': (s, f, k, o) => {
    const staff = s.db.prepare('SELECT id FROM staff ORDER BY id').pluck().all() as string[];
    s.insert(policyAttestationEntity, { versionId: f.versionId, staffId: k.pick(staff), attestedOn: `2026-03-${o.int(10, 28)}`, method: o.pick(['signed', 'read']) });
  },
  'policy_standards(policyId, standardId)': (s, f, k) => void s.insert(policyStandardEntity, { policyId: f.policyId, standardId: k.pick(f.standardIds) }),
  'policy_attachments(policyId, attachmentId)': (s, f) => void s.insert(policyAttachmentEntity, { policyId: f.policyId, attachmentId: f.attachmentId }),
  'approval_chains(category)': (s, f, k) =>
    void s.insert(approvalChainEntity, { category: k.pick(['Infection control', 'Medical staff', 'Nursing']), steps: [{ kind: 'person', staffId: f.ownerId }] }),
  'committees(name)': (s, _f, k, o) =>
    void s.insert(committeeEntity, { name: k.pick(['Credentials Committee', 'Pharmacy and Therapeutics', 'Ethics Committee']), kind: 'credentials', quorumRule: 'majority', description: word(o) }),
  'attendance(meetingId, memberId)': (s, f, k, o) =>
    void s.insert(attendanceEntity, { meetingId: f.meetingId, memberId: k.pick(f.memberIds), name: word(o), status: o.pick(['present', 'absent', 'excused']) }),
  'plan_periods(name)': (s, _f, k, o) => {
    const year = k.pick([2026, 2027, 2028]);
    s.insert(planPeriodEntity, { name: `FY${year}`, startsOn: `${year - 1}-07-0${o.int(1, 3)}`, endsOn: `${year}-06-30` });
  },
  'measure_values(measureId, period)': (s, f, k, o) => {
    const denominator = o.int(50, 200);
    s.insert(measureValueEntity, { measureId: f.measureId, period: k.pick(['2026-01', '2026-02', '2026-03']), numerator: o.int(0, denominator), denominator, annotation: word(o) });
  },
  'cme_state_profiles(state)': (s, _f, k, o) =>
    void s.insert(cmeStateProfileEntity, { state: k.pick(['OR', 'WA', 'CA']), totalCredits: o.pick([50, 60, 100]), category1Minimum: o.pick([20, 30]), requiredTopics: [word(o)] }),
  'standard_editions(body, name)': (s, _f, k, o) =>
    void s.insert(standardEditionEntity, { body: k.pick(['TJC', 'CMS']), name: k.pick(['Accreditation 360', 'Manual 2025']), effectiveOn: `202${o.int(5, 7)}-01-01` }),
  // The same listed person found by two laptops' imports of the month's file: each laptop's screening keeps its match.
  'exclusion_matches(staffId, listedKey)': (s, f, k, o) => {
    const screeningId = s.insert(exclusionScreeningEntity, {
      listKind: 'leie', listName: 'OIG LEIE', fileName: 'UPDATED.csv', fileSha256: word(o), screenedOn: '2026-11-20', rowCount: 80_000, staffScreened: 40, matchCount: 1, nearMisses: 0,
    });
    s.insert(exclusionMatchEntity, {
      staffId: f.ownerId, screeningId, basis: 'name-only', listedKey: k.pick(['SMITH|JOHN|', 'DOE|JANE|19700101']), listedName: word(o), status: o.pick(['possible', 'cleared']),
    });
  },
  'votes(motionId, memberId)': (s, f, k, o) => void s.insert(voteEntity, { motionId: f.motionId, memberId: k.pick(f.memberIds), vote: o.pick(['yes', 'no', 'abstain']) }),
  'reappointments(staffId, dueOn)': (s, f, k, o) =>
    void s.insert(reappointmentEntity, {
      staffId: f.ownerId, dueOn: k.pick(['2026-12-01', '2027-03-01']), status: 'open', categoryRequested: o.pick(['active', 'courtesy']), privilegesRequested: [word(o)],
      applicationReceivedOn: `2026-10-${o.int(10, 28)}`, chairOn: '2026-11-02', chairOutcome: o.pick(['favourable', 'with-conditions']),
    }),
  // The same renewal recorded on two laptops: each keeps the term it ended.
  'credential_terms(credentialId, expiresOn)': (s, f, k, o) =>
    void s.insert(credentialTermEntity, { credentialId: f.credentialId, issuedOn: `2024-0${o.int(1, 9)}-01`, expiresOn: k.pick(['2026-01-31', '2026-06-30', '2026-12-31']), documentId: null, renewedOn: '2026-11-20' }),
};

/**
 * Two laptops, apart, each make a record under the same unique key (a record the other already holds is refused by
 * its store, as on screen: then only one laptop makes it). Returns how many of the two were made.
 */
export function createDuplicates(team: SimulatedTeam, key: string, fixed: FixedRecords, laptops: readonly Laptop[]): number {
  const maker = duplicateMakers[key]!;
  const seed = team.random.int(1, 1_000_000_000);
  let made = 0;
  for (const laptop of laptops) {
    try {
      laptop.core.context.store.transaction(() => maker(laptop.core.context.store, fixed, new SeededRandom(seed), new SeededRandom(team.random.int(1, 1_000_000_000))));
      made++;
    } catch (error) {
      // Already held here under that key, or a parent this laptop deleted: nothing written, as on screen.
      if (!/already has|does not exist|not found/i.test((error as Error).message)) throw error;
    }
    team.tick(2_000);
  }
  return made;
}

/** Random edits through the real handlers (and the store, for deletes no screen offers yet). */
export async function randomEdit(team: SimulatedTeam, laptop: Laptop, fixed: FixedRecords): Promise<string> {
  const r = team.random;
  const core: Core = laptop.core;
  const db = core.context.db;
  const staffIds = db.prepare('SELECT id FROM staff ORDER BY id').pluck().all() as string[];
  const credentialIds = db.prepare('SELECT id FROM credentials ORDER BY id').pluck().all() as string[];
  const op = r.weighted([
    ['createStaff', 8], ['editStaff', 30], ['deleteStaff', 3], ['createCredential', 10], ['editCredential', 20],
    ['removeCredential', 4], ['renewCredential', 5], ['settings', 8], ['policyText', 10], ['duplicate', 6],
  ] as const);
  const word = () => r.pick(['Ash', 'Birch', 'Cedar', 'Dogwood', 'Elm', 'Fir', 'Hazel', 'Juniper', 'Larch', 'Maple', 'Oak', 'Rowan', 'Yew']) + r.int(1, 99);
  switch (op) {
    case 'duplicate': {
      // The same key made on this laptop and another before either syncs.
      const others = team.active.filter((l) => l !== laptop);
      if (!others.length) return 'none';
      createDuplicates(team, r.pick(Object.keys(duplicateMakers)), fixed, [laptop, r.pick(others)]);
      return op;
    }
    case 'createStaff':
      await core.call('staff.create', { givenName: word(), familyName: word(), roleId: fixed.roleId, departmentId: fixed.departmentId });
      return op;
    case 'editStaff': {
      if (!staffIds.length) return 'none';
      const field = r.pick(['givenName', 'familyName', 'specialty', 'status', 'degree'] as const);
      const value = field === 'status' ? r.pick(['active', 'leave', 'inactive'] as const) : word();
      await core.call('staff.update', { id: r.pick(staffIds), patch: { [field]: value } });
      return op;
    }
    case 'deleteStaff': {
      const removable = staffIds.filter((id) => id !== 'fixed-owner');
      if (!removable.length) return 'none';
      core.context.store.remove(staffEntity, r.pick(removable));
      return op;
    }
    case 'createCredential':
      if (!staffIds.length) return 'none';
      await core.call('credentials.create', { staffId: r.pick(staffIds), type: 'state-license', issuer: word(), number: `L${r.int(1000, 9999)}`, expiresOn: '2030-01-31' });
      return op;
    case 'editCredential': {
      if (!credentialIds.length) return 'none';
      const field = r.pick(['issuer', 'title', 'restrictions', 'jurisdiction'] as const);
      await core.call('credentials.update', { id: r.pick(credentialIds), patch: { [field]: word() } });
      return op;
    }
    case 'renewCredential': {
      // Two laptops renewing the same credential apart each keep the term it ended: one copy after sync.
      if (!credentialIds.length) return 'none';
      const id = r.pick(credentialIds);
      const expiresOn = db.prepare('SELECT expires_on FROM credentials WHERE id = ?').pluck().get(id) as string | null;
      if (!expiresOn) return 'none';
      await core.call('credentials.renew', { id, expiresOn: `${Number(expiresOn.slice(0, 4)) + r.int(1, 3)}${expiresOn.slice(4)}` });
      return op;
    }
    case 'removeCredential':
      if (!credentialIds.length) return 'none';
      await core.call('credentials.remove', { id: r.pick(credentialIds) });
      return op;
    case 'settings':
      await core.call('settings.update', r.chance(0.5) ? { organisationName: `${word()} Regional` } : { reappointmentCycleYears: r.pick([2, 3] as const) });
      return op;
    case 'policyText': {
      const exists = db.prepare('SELECT body FROM policy_versions WHERE id = ?').pluck().get(fixed.versionId) as string | undefined;
      if (exists === undefined) return 'none';
      const lines = exists.split('\n');
      const at = r.int(0, lines.length - 1);
      lines[at] = `${lines[at]} ${word()}`;
      await core.call('policies.saveDraft', { versionId: fixed.versionId, body: lines.join('\n') });
      return op;
    }
  }
}
