// The one write path: every insert, update and delete goes through here and logs each changed field in the same transaction.
import { randomUUID } from 'node:crypto';
import type { Database, Statement } from 'better-sqlite3';
import { AppError, notFound } from '../errors';
import { columnOf, decode, encode, type EntityDef, type FieldKind, type FieldValue } from './entity';
import { entityLinks } from './entity-links';
import type { HybridClock } from './hlc';

export interface StoreOptions {
  deviceId: string;
  actor: string;
  clock: HybridClock;
  now?: () => Date;
}

type Values = Readonly<Record<string, FieldValue | undefined>>;

export class Store {
  private readonly statements = new Map<string, Statement>();
  private readonly logChange: Statement;
  private currentTx: string | null = null;
  /** Transactions written since this store opened: the only ones undo may reverse (see history/undo.ts). */
  private readonly sessionTxIds = new Set<string>();
  private readonly now: () => Date;

  constructor(
    readonly db: Database,
    private readonly options: StoreOptions,
  ) {
    this.now = options.now ?? (() => new Date());
    this.logChange = db.prepare(
      `INSERT INTO change_log (tx_id, entity, record_id, field, old_value, new_value, actor, at, hlc, device_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    );
  }

  /** This laptop's id and clock: sync stamps nothing itself, but must move the clock past every remote stamp it applies. */
  get deviceId(): string {
    return this.options.deviceId;
  }

  /**
   * This database becomes a device of its own (it was copied from another laptop's data folder): its edits from now
   * on carry the new id. The caller records the id in the database (see sync/device-identity.ts).
   */
  becomeDevice(deviceId: string): void {
    this.options.deviceId = deviceId;
    this.options.clock.becomeDevice(deviceId);
  }

  get clock(): HybridClock {
    return this.options.clock;
  }

  /** Who this session's changes are recorded as. */
  get actor(): string {
    return this.options.actor;
  }

  /** The director said who they are: every change from now on names them instead of the computer's user. */
  actAs(actor: string): void {
    this.options.actor = actor;
  }

  /** Runs fn in one transaction; every change it writes shares one transaction id (what undo will reverse as a unit). */
  transaction<T>(fn: () => T): T {
    if (this.currentTx) return fn();
    this.currentTx = randomUUID();
    this.sessionTxIds.add(this.currentTx);
    try {
      return this.db.transaction(fn).immediate();
    } finally {
      this.currentTx = null;
    }
  }

  /** Whether this session wrote the transaction: one from before the app opened, or from another laptop, is not. */
  wroteThisSession(txId: string): boolean {
    return this.sessionTxIds.has(txId);
  }

  insert(entity: EntityDef, values: Values, id: string = randomUUID()): string {
    return this.transaction(() => {
      const fields = this.knownFields(entity, values);
      const stamp = this.now().toISOString();
      const columns = ['id', ...fields.map(columnOf), 'created_at', 'updated_at'];
      const sql = `INSERT INTO ${entity.table} (${columns.join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`;
      const params = fields.map((f) => encode(kindOf(entity, f), values[f]));
      this.run(entity, sql, [id, ...params, stamp, stamp]);
      fields.forEach((f, i) => {
        if (params[i] !== null) this.log(entity, id, f, null, values[f] ?? null, stamp);
      });
      return id;
    });
  }

  /** Writes only the fields that differ from what is stored; returns their names. */
  update(entity: EntityDef, id: string, patch: Values): string[] {
    return this.transaction(() => {
      const current = this.readRaw(entity, id);
      const changed = this.knownFields(entity, patch).filter((f) => encode(kindOf(entity, f), patch[f]) !== current[columnOf(f)]);
      if (changed.length === 0) return [];
      const stamp = this.now().toISOString();
      const sql = `UPDATE ${entity.table} SET ${changed.map((f) => `${columnOf(f)} = ?`).join(', ')}, updated_at = ? WHERE id = ?`;
      this.run(entity, sql, [...changed.map((f) => encode(kindOf(entity, f), patch[f])), stamp, id]);
      for (const f of changed) this.log(entity, id, f, decode(kindOf(entity, f), current[columnOf(f)]), patch[f] ?? null, stamp);
      return changed;
    });
  }

  /**
   * Deletes a record, logging a tombstone and every value it held so the delete can be undone. What the schema's
   * ON DELETE rules would change behind the log is done here first, as logged changes other laptops receive: records
   * that cannot stand without this one are removed (their own dependants first), and links that may be empty are
   * cleared. A dependant the schema protects (no ON DELETE rule) makes the whole delete fail, leaving nothing written.
   */
  remove(entity: EntityDef, id: string): void {
    // A savepoint even inside a caller's transaction: a refused delete takes back the dependants already removed.
    this.transaction(() => this.db.transaction(() => this.removeWithDependants(entity, id))());
  }

  private removeWithDependants(entity: EntityDef, id: string): void {
    const current = this.readRaw(entity, id);
    for (const link of entityLinks(this.db).childrenOf(entity.name)) {
      if (link.onParentDelete === 'refuse') continue;
      const children = this.prepare(`SELECT id FROM ${link.child.table} WHERE ${link.column} = ? ORDER BY id`).pluck().all(id) as string[];
      for (const childId of children) {
        if (link.onParentDelete === 'clear') this.update(link.child, childId, { [link.field]: null });
        // Reached already through another of its links (a vote of a motion and of its meeting's member, say).
        else if (this.prepare(`SELECT 1 FROM ${link.child.table} WHERE id = ?`).pluck().get(childId) === 1) this.removeWithDependants(link.child, childId);
      }
    }
    const stamp = this.now().toISOString();
    this.run(entity, `DELETE FROM ${entity.table} WHERE id = ?`, [id]);
    for (const f of Object.keys(entity.fields)) {
      const raw = current[columnOf(f)];
      if (raw !== null && raw !== undefined) this.log(entity, id, f, decode(kindOf(entity, f), raw), null, stamp);
    }
    this.log(entity, id, '_deleted', false, true, stamp);
  }

  /**
   * Sync found two records claiming one unique key: logs that `mergedId` lives on as `survivorId`, so the redirect
   * reaches every laptop like any edit. Sync's projection moves the rows; returns the clock stamp of the redirect.
   */
  noteMerged(entity: EntityDef, mergedId: string, survivorId: string): string {
    return this.transaction(() => this.log(entity, mergedId, '_mergedInto', null, survivorId, this.now().toISOString()));
  }

  private readRaw(entity: EntityDef, id: string): Record<string, unknown> {
    const row = this.prepare(`SELECT * FROM ${entity.table} WHERE id = ?`).get(id) as Record<string, unknown> | undefined;
    if (!row) throw notFound(`This ${entity.name} record`);
    return row;
  }

  private knownFields(entity: EntityDef, values: Values): string[] {
    const fields = Object.keys(values).filter((k) => values[k] !== undefined);
    const unknown = fields.filter((f) => !Object.hasOwn(entity.fields, f));
    if (unknown.length) throw new Error(`${entity.name} has no field ${unknown.join(', ')}: declare it in the entity first`);
    return fields;
  }

  private log(entity: EntityDef, id: string, field: string, oldValue: FieldValue, newValue: FieldValue, at: string): string {
    const o = this.options;
    const hlc = o.clock.next();
    this.logChange.run(this.currentTx, entity.name, id, field, JSON.stringify(oldValue), JSON.stringify(newValue), o.actor, at, hlc, o.deviceId);
    return hlc;
  }

  private run(entity: EntityDef, sql: string, params: unknown[]): void {
    try {
      this.prepare(sql).run(...params);
    } catch (error) {
      throw translateConstraint(entity, error);
    }
  }

  private prepare(sql: string): Statement {
    let statement = this.statements.get(sql);
    if (!statement) {
      statement = this.db.prepare(sql);
      this.statements.set(sql, statement);
    }
    return statement;
  }
}

function kindOf(entity: EntityDef, field: string): FieldKind {
  return (entity.fields as Record<string, FieldKind>)[field]!;
}

/** SQLite's constraint messages name columns; a director needs to hear which value clashed. */
function translateConstraint(entity: EntityDef, error: unknown): unknown {
  const e = error as { code?: string; message?: string };
  if (e.code === 'SQLITE_CONSTRAINT_UNIQUE' || e.code === 'SQLITE_CONSTRAINT_PRIMARYKEY') {
    const column = /\.(\w+)$/.exec(e.message ?? '')?.[1] ?? 'value';
    return new AppError('CONFLICT', `Another ${entity.name} record already has this ${column.replace(/_/g, ' ')}.`);
  }
  if (e.code === 'SQLITE_CONSTRAINT_FOREIGNKEY') {
    return new AppError('INVALID_INPUT', `This ${entity.name} record points to something that does not exist (or is still in use).`);
  }
  if (e.code === 'SQLITE_CONSTRAINT_CHECK' || e.code === 'SQLITE_CONSTRAINT_NOTNULL') {
    return new AppError('INVALID_INPUT', `A ${entity.name} value is missing or not allowed.`);
  }
  return error;
}
