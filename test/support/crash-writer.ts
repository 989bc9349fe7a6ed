// A process that writes hard until it is killed, for test/core/crash-safety.test.ts: it prints "ready" once open, then
// "ack <id>" on stdout the moment each write has returned (committed, or renamed into place), so the parent knows
// exactly what it was promised. Usage: tsx test/support/crash-writer.ts <roster|sync|packet> <json arguments>
import fs from 'node:fs';
import { openCore } from '../../electron/core/core';
import { writeFileAtomically } from '../../electron/core/print/write-atomically';
import { staffEntity } from '../../electron/core/staff/entities';
import { syncOnCore } from './sync-on-core';
import { localBatchIds, rosterBatch, type PacketArgs, type RosterArgs, type SyncArgs } from './crash-batches';

process.env.CHARTROOM_AUTO_SYNC = '0';

const say = (line: string) => process.stdout.write(`${line}\n`);

async function roster(args: RosterArgs): Promise<void> {
  const core = openCore({ dataDir: args.dataDir, actor: 'crash writer' });
  say('ready');
  for (let b = 0; b < args.batches; b++) {
    const batch = rosterBatch(args.run, b, args.rowsPerBatch);
    const report = await core.call('staff.importCommit', { fileName: 'roster.csv', dataBase64: Buffer.from(batch.csv).toString('base64') });
    if (report.problems.length) throw new Error(`roster rows refused: ${report.problems[0]!.reason}`);
    say(`ack ${batch.id}`);
  }
  core.close();
}

async function sync(args: SyncArgs): Promise<void> {
  const core = openCore({ dataDir: args.dataDir, actor: 'crash writer' });
  const c = core.context;
  const once = () => syncOnCore(core, { folder: args.folder, passphrase: args.passphrase, deviceName: `run ${args.run}`, compact: false, allowMassDelete: true });
  say('ready');
  // First the other laptops' many segments, applied in one transaction; then local edits, each sent by its own sync.
  once();
  say('ack synced');
  for (let b = 0; b < args.batches; b++) {
    const ids = localBatchIds(args.run, b, args.rowsPerBatch);
    c.store.transaction(() => {
      for (const id of ids) c.store.insert(staffEntity, { givenName: 'Local', familyName: id, roleId: 'role-attending', departmentId: 'dept-card', status: 'active' }, id);
    });
    say(`ack local-${args.run}-${b}`);
    once();
    say(`ack sent-${args.run}-${b}`);
  }
  core.close();
}

async function packet(args: PacketArgs): Promise<void> {
  const versions = args.versions.map((file) => fs.readFileSync(file));
  say('ready');
  for (let i = 0; i < args.writes; i++) {
    await writeFileAtomically(args.target, versions[i % versions.length]!);
    say(`ack ${i}`);
  }
}

const [kind, json] = process.argv.slice(2);
const run = { roster, sync, packet }[kind as 'roster' | 'sync' | 'packet'];
if (!run || !json) {
  process.stderr.write('usage: crash-writer.ts <roster|sync|packet> <json arguments>\n');
  process.exit(2);
}
run(JSON.parse(json)).then(
  () => say('done'),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
