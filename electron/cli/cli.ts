// The command line over the same core: seed, stats, list, check, sync, backup and restore. Returns an exit code; prints through the given streams.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { deidentify } from '../../shared/domain/deidentify';
import { listKinds } from '../core/app/record-kinds';
import { writeBackup } from '../core/backup/backup-file';
import { openDatabaseFile } from '../core/backup/database-copy';
import { prepareRestore, putRestoreInPlace } from '../core/backup/restore';
import { damageOf } from '../core/backup/startup-check';
import { openCore, type Core } from '../core/core';
import { databasePath } from '../core/db/open';
import { latestSchemaVersion, migrations } from '../core/db/migrations';
import { AppError } from '../core/errors';
import { packetSource } from '../core/meetings/packet-source';
import { buildMinutes, buildPacket } from '../core/print/packet';
import { writeFileAtomically } from '../core/print/write-atomically';
import { sharedDigest } from '../core/sync/digest';
import { checkFolderToJoin } from '../core/sync/join-folder';
import { runSync, type SyncOptions } from '../core/sync/sync-engine';
import { describeSyncReport } from '../core/sync/sync-report-text';
import { SyncStop } from '../core/sync/sync-stop';

export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
  /** Standard input, read whole (deidentify); tests hand it a string. */
  readInput?(): Promise<string>;
}

const help = `Chartroom command line

Usage: npm run cli -- <command> --data DIR [options]

Commands:
  seed [--size N] [--seed S]   fill an empty database with the sample hospital (N staff, default 250)
  stats [--json]               how many records of each kind
  list <kind> [--json]         the records of a kind: ${listKinds.map((k) => k.kind).join(', ')}
  check [--json]               integrity check and migration state
  packet --meeting ID --out F  the meeting's board packet as one PDF (ids: list meetings --json)
  minutes --meeting ID --out F the meeting's minutes as a PDF
  sync --folder F --passphrase-file P [--name N] [--allow-mass-delete] [--allow-future] [--json]
                               one sync with a shared folder: sends this laptop's changes, applies the others';
                               on an empty --data folder, creates the database and joins the team's folder
  backup --out FILE            the database and its documents in one file, checked before it is given that name
  restore --from FILE          replaces the database with a backup (checked first; the current one is kept in
                               backups/ as before-restore-…); works on a damaged database and on an empty --data folder
  digest [--json]              each shared table's row count and hash, and one total: laptops that converged print the same
  deidentify [--json]          reads a narrative on standard input, prints it with the Safe Harbor identifiers removed
                               (--json: the text and every span removed, with its kind and offsets); needs no --data,
                               and with --data also removes the names on that database's staff list
  help                         this text`;

class UsageError extends Error {}

const commands = ['seed', 'stats', 'list', 'check', 'packet', 'minutes', 'sync', 'digest', 'deidentify', 'backup', 'restore'];

function parseCliArgs(argv: string[]) {
  return parseArgs({
    args: argv,
    allowPositionals: true,
    strict: true,
    options: {
      data: { type: 'string' },
      size: { type: 'string' },
      seed: { type: 'string' },
      json: { type: 'boolean', default: false },
      meeting: { type: 'string' },
      out: { type: 'string' },
      from: { type: 'string' },
      help: { type: 'boolean', default: false },
      folder: { type: 'string' },
      'passphrase-file': { type: 'string' },
      name: { type: 'string' },
      'allow-mass-delete': { type: 'boolean', default: false },
      'allow-future': { type: 'boolean', default: false },
    },
  });
}

export async function runCli(argv: string[], io: CliOutput): Promise<number> {
  let parsed;
  try {
    parsed = parseCliArgs(argv);
  } catch (error) {
    io.err(`${(error as Error).message}\n\n${help}`);
    return 2;
  }
  const { values, positionals } = parsed;
  const [command, ...rest] = positionals;
  if (!command || command === 'help' || values.help) {
    io.out(help);
    return command || values.help ? 0 : 2;
  }

  try {
    if (!commands.includes(command)) throw new UsageError(`There is no "${command}" command.`);
    if (command === 'deidentify') return await deidentifyInput(values, io);
    if (!values.data) throw new UsageError('Say which data folder to use with --data DIR.');
    const dataDir = path.resolve(values.data);
    // A restore is what a damaged or empty data folder needs: it never opens the core on what it replaces.
    if (command === 'restore') return restoreFromFile(dataDir, values.from, io);
    // Every argument is checked before the data folder is touched: a mistyped command writes nothing.
    const run = commandRunner(command, rest, values, io);
    const isNew = !fs.existsSync(databasePath(dataDir));
    if (isNew && command === 'sync') return await joinFromNothing(dataDir, run, values);
    if (command !== 'seed' && isNew) {
      throw new UsageError(
        `There is no Chartroom database in ${dataDir}. Create one with: npm run cli -- seed --data ${values.data}, ` +
          `or join a team's shared folder with: npm run cli -- sync --data ${values.data} --folder F --passphrase-file P`,
      );
    }
    return await withCore(dataDir, run);
  } catch (error) {
    if (error instanceof UsageError) {
      io.err(`${error.message}\n\n${help}`);
      return 2;
    }
    if (error instanceof AppError) {
      io.err(error.message);
      return 1;
    }
    throw error;
  }
}

type CliValues = ReturnType<typeof parseCliArgs>['values'];

/** Validates one command's arguments and returns what it will do with the opened core. */
function commandRunner(command: string, rest: string[], values: CliValues, io: CliOutput): (core: Core) => Promise<number> {
  switch (command) {
    case 'seed': {
      const sample = { staff: intOption(values.size, 'size', 250), seed: intOption(values.seed, 'seed', 1) };
      return async (core) => {
        const counts = await core.call('app.seedSample', sample);
        io.out(values.json ? JSON.stringify(counts) : `Sample hospital written to ${path.resolve(values.data!)}\n${table(counts)}`);
        return 0;
      };
    }
    case 'stats':
      return async (core) => {
        const counts = await core.call('app.stats', {});
        io.out(values.json ? JSON.stringify(counts) : table(counts));
        return 0;
      };
    case 'list': {
      const kind = listKind(rest[0]);
      return async (core) => list(core, kind, values.json, io);
    }
    case 'check':
      return async (core) => check(core, values.json, io);
    case 'packet':
    case 'minutes': {
      if (!values.meeting || !values.out) throw new UsageError(`Say which meeting and where to write: ${command} --meeting ID --out FILE.pdf`);
      const { meeting, out } = values;
      return async (core) => printMeeting(core, command, meeting, path.resolve(out), io);
    }
    case 'sync': {
      if (!values.folder) throw new UsageError('Say which shared folder to sync with: --folder F.');
      if (!values['passphrase-file']) throw new UsageError('Give the team passphrase in a file: --passphrase-file P (so it stays out of the shell history).');
      const passphrase = readPassphrase(values['passphrase-file']);
      const options = { folder: path.resolve(values.folder), passphrase, deviceName: values.name, allowMassDelete: values['allow-mass-delete'], allowFutureChanges: values['allow-future'] };
      return async (core) => syncOnce(core, options, values.json, io);
    }
    case 'digest':
      return async (core) => digest(core, values.json, io);
    case 'backup': {
      if (!values.out) throw new UsageError('Say where to write the backup: backup --out FILE.');
      const out = path.resolve(values.out);
      return async (core) => {
        const info = await writeBackup(core.context, out);
        io.out(`Backed up ${info.records} records and ${info.documents} documents to ${out}`);
        return 0;
      };
    }
    default:
      throw new Error(`unreachable: ${command}`);
  }
}

function readPassphrase(file: string): string {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (error) {
    throw new UsageError(`The passphrase file could not be read (${(error as Error).message}).`);
  }
  const passphrase = text.replace(/\r?\n$/, '');
  if (!passphrase) throw new UsageError('The passphrase file is empty.');
  return passphrase;
}

async function syncOnce(core: Core, options: SyncOptions, json: boolean, io: CliOutput): Promise<number> {
  const c = core.context;
  let report;
  try {
    report = runSync({ db: c.db, store: c.store, dataDir: c.dataDir, appVersion: c.appVersion, now: c.now }, options);
  } catch (error) {
    if (!(error instanceof SyncStop)) throw error;
    io.err(json ? JSON.stringify({ stopped: error.code, message: error.message }) : `Sync stopped (${error.code}): ${error.message}`);
    return 1;
  }
  if (json) io.out(JSON.stringify(report));
  else io.out(describeSyncReport(report));
  return 0;
}

/**
 * A new laptop joins from nothing: the folder is checked first (a team's folder, the right passphrase), so a typo
 * leaves no empty database behind; a sync that stops removes the database it created, and the next try starts clean.
 */
async function joinFromNothing(dataDir: string, run: (core: Core) => Promise<number>, values: CliValues): Promise<number> {
  checkFolderToJoin(path.resolve(values.folder!), readPassphrase(values['passphrase-file']!));
  const existed = fs.existsSync(dataDir);
  let code = 1;
  try {
    code = await withCore(dataDir, run);
    return code;
  } finally {
    if (code !== 0) {
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(databasePath(dataDir) + suffix, { force: true });
      if (!existed) fs.rmSync(dataDir, { recursive: true, force: true });
    }
  }
}

/** The same de-identifier the Ethics screen's summaries use (shared/domain/deidentify.ts), over standard input. */
async function deidentifyInput(values: CliValues, io: CliOutput): Promise<number> {
  const text = await (io.readInput ?? readStdin)();
  let staffNames: string[] = [];
  if (values.data) {
    const dataDir = path.resolve(values.data);
    if (!fs.existsSync(databasePath(dataDir))) throw new UsageError(`There is no Chartroom database in ${dataDir}.`);
    await withCore(dataDir, async (core) => {
      staffNames = core.context.db.prepare("SELECT given_name || ' ' || family_name FROM staff").pluck().all() as string[];
      return 0;
    });
  }
  const result = deidentify(text, { staffNames });
  io.out(values.json ? JSON.stringify(result) : result.text.replace(/\n$/, ''));
  return 0;
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

async function digest(core: Core, json: boolean, io: CliOutput): Promise<number> {
  const d = sharedDigest(core.context.db);
  if (json) {
    io.out(JSON.stringify(d));
    return 0;
  }
  const width = Math.max(...d.tables.map((t) => t.table.length), 'total'.length);
  const count = Math.max(...d.tables.map((t) => String(t.rows).length), String(d.rows).length);
  io.out(
    [...d.tables.map((t) => `${t.table.padEnd(width)}  ${String(t.rows).padStart(count)}  ${t.sha256}`), `${'total'.padEnd(width)}  ${String(d.rows).padStart(count)}  ${d.total}`].join('\n'),
  );
  return 0;
}

function restoreFromFile(dataDir: string, from: string | undefined, io: CliOutput): number {
  if (!from) throw new UsageError('Say which backup to restore: restore --from FILE.');
  const file = path.resolve(from);
  if (!fs.existsSync(file)) throw new UsageError(`There is no file ${file}.`);
  fs.mkdirSync(dataDir, { recursive: true });
  const live = databasePath(dataDir);
  // The current database tells what this laptop had sent since the backup, when it can still be read.
  const current = fs.existsSync(live) && damageOf(live) === null ? openDatabaseFile(live, { readonly: true }) : null;
  let plan;
  try {
    plan = prepareRestore(dataDir, file, current);
  } finally {
    current?.close();
  }
  const outcome = putRestoreInPlace(plan, dataDir, new Date());
  io.out([`Restored ${dataDir} from the backup of ${outcome.takenAt}.`, outcome.setAsideAs ? `The database it replaced is kept at ${outcome.setAsideAs}.` : '', ...outcome.sync].filter(Boolean).join('\n'));
  return 0;
}

async function withCore(dataDir: string, run: (core: Core) => Promise<number>): Promise<number> {
  const core = openCore({ dataDir, checkOutput: true });
  try {
    return await run(core);
  } finally {
    core.close();
  }
}

function listKind(kindName: string | undefined): (typeof listKinds)[number] {
  const kind = listKinds.find((k) => k.kind === kindName);
  if (!kind) throw new UsageError(kindName ? `There is no record kind "${kindName}". Kinds: ${listKinds.map((k) => k.kind).join(', ')}.` : 'Say which kind of record to list.');
  return kind;
}

async function list(core: Core, kind: (typeof listKinds)[number], json: boolean, io: CliOutput): Promise<number> {
  const result = (await core.call(kind.channel, kind.input as never)) as unknown;
  const rows = (Array.isArray(result) ? result : (result as { rows: unknown[] }).rows) as Record<string, unknown>[];
  io.out(json ? JSON.stringify(rows) : rows.map(humanColumns).join('\n')|| `No ${kind.kind}.`);
  return 0;
}

async function check(core: Core, json: boolean, io: CliOutput): Promise<number> {
  const { db } = core.context;
  const integrity = db.pragma('integrity_check', { simple: false }) as { integrity_check: string }[];
  const foreignKeys = db.pragma('foreign_key_check') as unknown[];
  const schemaVersion = db.pragma('user_version', { simple: true }) as number;
  const report = {
    database: core.context.databaseFile,
    integrity: integrity.map((r) => r.integrity_check),
    foreignKeyProblems: foreignKeys.length,
    schemaVersion,
    latestSchemaVersion,
    migrations: migrations.map((m) => ({ version: m.version, name: m.name, applied: m.version <= schemaVersion })),
  };
  const healthy = report.integrity.length === 1 && report.integrity[0] === 'ok' && report.foreignKeyProblems === 0 && schemaVersion === latestSchemaVersion;
  if (json) io.out(JSON.stringify({ ...report, healthy }));
  else {
    io.out(
      [
        `Database:     ${report.database}`,
        `Integrity:    ${report.integrity.join('; ')}`,
        `Foreign keys: ${report.foreignKeyProblems === 0 ? 'ok' : `${report.foreignKeyProblems} broken references`}`,
        `Schema:       version ${schemaVersion} of ${latestSchemaVersion}`,
        ...report.migrations.map((m) => `  ${m.applied ? '✓' : '·'} ${String(m.version).padStart(4, '0')} ${m.name}`),
        healthy ? 'Healthy.' : 'Problems found.',
      ].join('\n'),
    );
  }
  return healthy ? 0 : 1;
}

/** Ids and timestamps are for machines; a person reading the list wants names. */
function humanColumns(row: Record<string, unknown>): string {
  return Object.entries(row)
    .filter(([key, value]) => key !== 'id' && !key.endsWith('Id') && !key.endsWith('At') && (value === null || typeof value !== 'object'))
    .map(([, value]) => value ?? '—')
    .join('\t');
}

/** Prints a packet or the minutes with progress on stderr, and writes the file whole or not at all. */
async function printMeeting(core: Core, what: 'packet' | 'minutes', meetingId: string, out: string, io: CliOutput): Promise<number> {
  const source = packetSource(core.context);
  try {
    if (what === 'minutes') {
      await writeFileAtomically(out, await buildMinutes(core.context.printer(), source.minutes(meetingId)));
      io.out(`Minutes written to ${out}`);
      return 0;
    }
    const result = await buildPacket(core.context.printer(), source.packet(meetingId), { onProgress: (step, done, total) => io.err(`[${done}/${total}] ${step}`) });
    await writeFileAtomically(out, result.pdf);
    io.out(`Packet written to ${out}: ${result.pageCount} pages.`);
    for (const o of result.omitted) io.out(`  Omitted from item "${o.item}": ${o.fileName} — ${o.reason}`);
    return 0;
  } finally {
    await core.context.printer().close();
  }
}

function intOption(raw: string | undefined, name: string, fallback: number): number {
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n)) throw new UsageError(`--${name} takes a whole number, not "${raw}".`);
  return n;
}

function table(counts: Record<string, number>): string {
  const width = Math.max(...Object.keys(counts).map((k) => k.length));
  return Object.entries(counts).map(([k, n]) => `${k.padEnd(width)}  ${n}`).join('\n');
}
