// Crash safety with real processes: a writer is SIGKILLed at seeded random moments during a roster import, a sync and
// a packet export, again and again; after each kill the database opens whole (integrity, foreign keys), holds every
// write the writer acknowledged, no transaction in part, a change log that matches the rows, and the export's target is
// absent or a complete earlier PDF with no temporary file left behind once the next export ran.
// CHARTROOM_CRASH_KILLS sets the kills per kind (default 5, to keep this file near a minute on a loaded machine);
// CHARTROOM_CRASH_SEED replays another set of moments.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { PDFDocument, StandardFonts } from 'pdf-lib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCore, type Core } from '../../electron/core/core';
import { credentialEntity } from '../../electron/core/credentials/entities';
import { departmentEntity, roleEntity } from '../../electron/core/organisation/entities';
import { writeFileAtomically } from '../../electron/core/print/write-atomically';
import { SeededRandom } from '../../electron/core/sample/random';
import { staffEntity } from '../../electron/core/staff/entities';
import { localBatchIds, rosterBatch, type PacketArgs, type RosterArgs, type SyncArgs } from '../support/crash-batches';
import { npiFor } from '../support/staff-fixtures';
import { syncOnCore } from '../support/sync-on-core';
import { makeTempDir, removeDir } from '../support/temp-core';

const killsPerKind = Number(process.env.CHARTROOM_CRASH_KILLS ?? 5);
const seed = Number(process.env.CHARTROOM_CRASH_SEED ?? 18);
/** Each kill costs a writer's start (seconds on a loaded machine) and the checks after it. */
const timeoutMs = 120_000 + killsPerKind * 30_000;
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const passphrase = 'crash test passphrase';
const rowsPerRosterBatch = 300;
const remoteBatches = 10;
const rowsPerRemoteBatch = 100;
const rowsPerLocalBatch = 40;

const tmp = makeTempDir('chartroom-crash-');
const writerScript = path.join(tmp, 'crash-writer.cjs');
const summary = { kills: 0, recoveries: 0, acknowledged: 0, finishedBeforeKill: 0 };

beforeAll(async () => {
  // Bundled once: each writer then starts in about a second, where compiling the core's TypeScript again takes ten.
  await esbuild.build({
    absWorkingDir: root, entryPoints: ['test/support/crash-writer.ts'], bundle: true, platform: 'node', format: 'cjs', target: 'node20',
    outfile: writerScript, external: ['better-sqlite3', 'playwright-core'], logLevel: 'warning',
  });
}, 120_000);

afterAll(() => {
  console.log(`[crash safety] seed ${seed}: ${summary.kills} kills, ${summary.recoveries} recoveries checked, ` +
    `${summary.acknowledged} acknowledged writes found, ${summary.finishedBeforeKill} runs finished before their kill`);
  removeDir(tmp);
});

interface KilledRun {
  acks: string[];
  killed: boolean;
  pid: number;
}

/** When to kill: after the writer acknowledged this many writes, and this many milliseconds more (into the next one). */
interface KillMoment {
  afterAcks: number;
  delayMs: number;
}

const killMoment = (random: SeededRandom, maxAcks: number, maxDelayMs: number): KillMoment => ({ afterAcks: random.int(0, maxAcks), delayMs: random.int(0, maxDelayMs) });

/** Starts the writer, lets it work up to a random moment, then kills it without warning. */
function runAndKill(kind: 'roster' | 'sync' | 'packet', args: RosterArgs | SyncArgs | PacketArgs, moment: KillMoment): Promise<KilledRun> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [writerScript, kind, JSON.stringify(args)], {
      cwd: root, env: { ...process.env, NODE_PATH: path.join(root, 'node_modules') }, stdio: ['ignore', 'pipe', 'pipe'],
    });
    const acks: string[] = [];
    let stderr = '';
    let buffered = '';
    let timer: NodeJS.Timeout | undefined;
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.on('data', (chunk: Buffer) => {
      buffered += chunk.toString();
      const lines = buffered.split('\n');
      buffered = lines.pop()!;
      for (const line of lines) {
        if (line.startsWith('ack ')) acks.push(line.slice(4));
        if ((line === 'ready' || line.startsWith('ack ')) && acks.length === moment.afterAcks && !timer) {
          timer = setTimeout(() => child.kill('SIGKILL'), moment.delayMs);
        }
      }
    });
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      if (signal === 'SIGKILL') summary.kills++;
      else if (code === 0) summary.finishedBeforeKill++;
      if (signal === 'SIGKILL' || code === 0) resolve({ acks, killed: signal === 'SIGKILL', pid: child.pid! });
      else reject(new Error(`the ${kind} writer failed (exit ${code}): ${stderr}`));
    });
  });
}

/** What must hold in any Chartroom database after a crash, whatever was being written. */
function expectWhole(core: Core): void {
  const { db } = core.context;
  expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
  expect(db.pragma('foreign_key_check')).toEqual([]);
  // The change log and the rows are written in one transaction: every row has its insert logged, and every record
  // the log says is live has its row.
  for (const entity of [staffEntity, credentialEntity]) {
    const unlogged = db.prepare(`SELECT id FROM ${entity.table} WHERE id NOT IN (SELECT record_id FROM change_log WHERE entity = ?)`).pluck().all(entity.name);
    expect(unlogged, `${entity.table} rows without their insert in the change log`).toEqual([]);
  }
  const loggedLive = db.prepare(
    `SELECT DISTINCT record_id FROM change_log c WHERE entity = ? AND NOT EXISTS (SELECT 1 FROM change_log d WHERE d.entity = c.entity AND d.record_id = c.record_id AND d.field = '_deleted')
       AND record_id NOT IN (SELECT id FROM staff)`,
  ).pluck().all(staffEntity.name);
  expect(loggedLive, 'staff logged as written but missing from their table').toEqual([]);
}

function organisation(dataDir: string): void {
  const core = openCore({ dataDir, actor: 'crash test' });
  core.context.store.transaction(() => {
    core.context.store.insert(departmentEntity, { code: 'CARD', name: 'Cardiology' }, 'dept-card');
    core.context.store.insert(roleEntity, { name: 'Attending Physician', kind: 'physician' }, 'role-attending');
  });
  core.close();
}

describe('crash safety: a writer killed mid-write, many times', () => {
  it('a roster import: every acknowledged batch whole, none in part', async () => {
    const random = new SeededRandom(seed);
    const dataDir = path.join(tmp, 'roster');
    organisation(dataDir);
    const acknowledged = new Set<string>();
    for (let run = 1; run <= killsPerKind; run++) {
      const args: RosterArgs = { dataDir, run, batches: 40, rowsPerBatch: rowsPerRosterBatch };
      const result = await runAndKill('roster', args, killMoment(random, 2, 2_500));
      result.acks.forEach((a) => acknowledged.add(a));

      const core = openCore({ dataDir, actor: 'crash test' });
      try {
        expectWhole(core);
        const present = new Set(core.context.db.prepare('SELECT npi FROM staff').pluck().all() as string[]);
        for (let r = 1; r <= run; r++) {
          for (let b = 0; b < args.batches; b++) {
            const batch = rosterBatch(r, b, rowsPerRosterBatch);
            const found = batch.npis.filter((npi) => present.has(npi)).length;
            // One import, one transaction: all of a batch or none of it.
            expect([0, rowsPerRosterBatch], `batch ${batch.id}`).toContain(found);
            if (acknowledged.has(batch.id)) expect(found, `acknowledged batch ${batch.id}`).toBe(rowsPerRosterBatch);
          }
        }
        // Each batch's practitioners came with their licence, written in the same transaction.
        const licences = core.context.db.prepare("SELECT count(*) FROM credentials WHERE type = 'state-license'").pluck().get() as number;
        expect(licences).toBe(present.size);
        summary.recoveries++;
      } finally {
        core.close();
      }
    }
    summary.acknowledged += acknowledged.size * rowsPerRosterBatch;
    expect(acknowledged.size).toBeGreaterThan(0);
  }, timeoutMs);

  it('a sync applying many segments and sending its own: nothing in part, nothing lost, the folder still readable', async () => {
    const random = new SeededRandom(seed + 1);
    const folder = path.join(tmp, 'shared-folder');
    fs.mkdirSync(folder);
    const sync = (core: Core, name: string) => syncOnCore(core, { folder, passphrase, deviceName: name, compact: false, allowMassDelete: true });
    // Another laptop's history: the organisation, then one segment per batch of practitioners.
    const other = openCore({ dataDir: path.join(tmp, 'other-laptop'), actor: 'other laptop' });
    const remoteIds: string[] = [];
    other.context.store.transaction(() => {
      other.context.store.insert(departmentEntity, { code: 'CARD', name: 'Cardiology' }, 'dept-card');
      other.context.store.insert(roleEntity, { name: 'Attending Physician', kind: 'physician' }, 'role-attending');
    });
    for (let b = 0; b < remoteBatches; b++) {
      other.context.store.transaction(() => {
        for (let i = 0; i < rowsPerRemoteBatch; i++) {
          const id = `remote-${b}-${i}`;
          other.context.store.insert(staffEntity, { givenName: 'Remote', familyName: id, npi: npiFor(900_000 + b * 1_000 + i), roleId: 'role-attending', departmentId: 'dept-card', status: 'active' }, id);
          remoteIds.push(id);
        }
      });
      sync(other, 'other laptop');
    }
    other.close();

    const acknowledgedLocal: string[] = [];
    for (let run = 1; run <= killsPerKind; run++) {
      // A new laptop joins each time: the kill lands while it takes in every segment, or while it edits and sends.
      const dataDir = path.join(tmp, `laptop-${run}`);
      const args: SyncArgs = { dataDir, folder, passphrase, run, batches: 30, rowsPerBatch: rowsPerLocalBatch };
      const result = await runAndKill('sync', args, killMoment(random, 4, 1_500));

      const core = openCore({ dataDir, actor: 'crash test' });
      try {
        expectWhole(core);
        const present = new Set(core.context.db.prepare('SELECT id FROM staff').pluck().all() as string[]);
        const remoteFound = remoteIds.filter((id) => present.has(id)).length;
        // A sync is one transaction: every segment it read, or none.
        expect([0, remoteIds.length]).toContain(remoteFound);
        if (result.acks.includes('synced')) expect(remoteFound).toBe(remoteIds.length);
        for (let b = 0; b < args.batches; b++) {
          const ids = localBatchIds(run, b, rowsPerLocalBatch);
          const found = ids.filter((id) => present.has(id)).length;
          expect([0, rowsPerLocalBatch], `local batch ${b} of run ${run}`).toContain(found);
          if (result.acks.includes(`local-${run}-${b}`)) {
            expect(found, `acknowledged local batch ${b} of run ${run}`).toBe(rowsPerLocalBatch);
            acknowledgedLocal.push(...ids);
          }
        }
        // Recovery: the next sync finishes what the killed one began, and sends what was acknowledged but not yet sent.
        const report = sync(core, `laptop ${run}`);
        expect(report.problems).toEqual([]);
        expectWhole(core);
        expect(core.context.db.prepare('SELECT count(*) FROM staff WHERE id LIKE ?').pluck().get('remote-%')).toBe(remoteIds.length);
        summary.recoveries++;
      } finally {
        core.close();
      }
    }

    // A laptop joining after all the kills reads every file the killed laptops left, and holds all they acknowledged.
    const late = openCore({ dataDir: path.join(tmp, 'late-laptop'), actor: 'late laptop' });
    try {
      const report = sync(late, 'late laptop');
      expect(report.problems).toEqual([]);
      expectWhole(late);
      const present = new Set(late.context.db.prepare('SELECT id FROM staff').pluck().all() as string[]);
      expect(remoteIds.filter((id) => !present.has(id))).toEqual([]);
      expect(acknowledgedLocal.filter((id) => !present.has(id))).toEqual([]);
      summary.acknowledged += acknowledgedLocal.length + remoteIds.length;
    } finally {
      late.close();
    }
    expect(acknowledgedLocal.length).toBeGreaterThan(0);
  }, timeoutMs);

  it('a packet export: the file the director named is a complete PDF or absent, never half of one, and no temporary file stays', async () => {
    const random = new SeededRandom(seed + 2);
    const exportDir = path.join(tmp, 'exports');
    fs.mkdirSync(exportDir);
    const target = path.join(exportDir, 'MEC packet 2026-12.pdf');
    // Two packets of very different sizes, so a torn write could not pass for either.
    const versions = [await packetLikePdf('December', 0), await packetLikePdf('December, re-issued', 4_000_000)].map((bytes, i) => {
      const file = path.join(tmp, `version-${i}.pdf`);
      fs.writeFileSync(file, bytes);
      return file;
    });
    const hashes = new Set(versions.map((file) => sha256(fs.readFileSync(file))));
    let everWritten = false;
    for (let run = 1; run <= killsPerKind; run++) {
      const result = await runAndKill('packet', { target, versions, writes: 10_000 }, killMoment(random, 3, 300));
      everWritten ||= result.acks.length > 0;
      if (fs.existsSync(target)) {
        expect(hashes.has(sha256(fs.readFileSync(target))), 'the target is one of the complete packets').toBe(true);
        await PDFDocument.load(fs.readFileSync(target));
      } else {
        expect(everWritten, 'an acknowledged export is never lost').toBe(false);
      }
      // A writer that finished a write had removed what killed writers before it left: only its own may remain.
      const strays = fs.readdirSync(exportDir).filter((name) => name !== path.basename(target));
      if (result.acks.length > 0) expect(strays.filter((name) => !name.includes(`.${result.pid}-`)), 'temporary files of earlier runs').toEqual([]);
      summary.acknowledged += result.acks.length;
      summary.recoveries++;
    }
    // The next export after the last kill leaves the folder holding only the packet.
    await writeFileAtomically(target, fs.readFileSync(versions[0]!));
    expect(fs.readdirSync(exportDir)).toEqual([path.basename(target)]);
  }, timeoutMs);
});

/** A short packet, or the same with a scanned document attached: megabytes, so a kill can land while they are written. */
async function packetLikePdf(title: string, attachedBytes: number): Promise<Uint8Array> {
  const pdf = await PDFDocument.create();
  pdf.setTitle(`Medical Executive Committee — ${title}`);
  const font = await pdf.embedFont(StandardFonts.Helvetica);
  for (let p = 1; p <= 3; p++) pdf.addPage([612, 792]).drawText(`${title} — page ${p} of 3`, { x: 48, y: 740, size: 12, font });
  if (attachedBytes > 0) {
    const random = new SeededRandom(attachedBytes);
    const scan = Uint8Array.from({ length: attachedBytes }, () => random.int(0, 255));
    await pdf.attach(scan, 'scanned credentials file.pdf', { mimeType: 'application/pdf' });
  }
  return pdf.save();
}

function sha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}
