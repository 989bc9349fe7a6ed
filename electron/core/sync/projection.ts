// Makes a record's row in its table match the merged registers: present with the winning values when the record is
// live and its parents are present, absent otherwise. A pure function of the merged state, so every laptop that
// holds the same registers holds the same rows, whatever order the changes arrived in.
import type { Database, Statement } from 'better-sqlite3';
import { columnOf, encode, type EntityDef, type FieldKind, type FieldValue } from '../db/entity';
import { entityLinks, type EntityLinks } from '../db/entity-links';
import { entityNamed } from '../db/entity-registry';
import type { SyncState } from './sync-state';

/** Whether a record is live: a delete wins over every field written before it; a field written after it brings the record back. */
export function isLive(registers: readonly { field: string; value: string | null; hlc: string }[]): boolean {
  let deleted: string | null = null;
  let latestField = '';
  for (const r of registers) {
    if (r.field === '_deleted') deleted = r.value === 'true' ? r.hlc : null;
    else if (r.hlc > latestField) latestField = r.hlc;
  }
  return deleted === null || latestField > deleted;
}

export class Projection {
  private readonly links: EntityLinks;
  private readonly statements = new Map<string, Statement>();
  /** Rows this run removed from tables: the mass-deletion guard counts them. */
  removedRows = 0;

  constructor(
    private readonly db: Database,
    private readonly state: SyncState,
    private readonly now: () => string,
  ) {
    this.links = entityLinks(db);
  }

  /** Brings one record's row in line with its registers. Returns true when the row is now present. */
  project(entityName: string, recordId: string): boolean {
    const entity = entityNamed(entityName);
    if (!entity) return false;
    const registers = this.state.recordRegisters(entityName, recordId);
    if (registers.length === 0) return this.exists(entity, recordId);
    if (!isLive(registers)) {
      this.state.unpark(entityName, recordId);
      this.ensureAbsent(entity, recordId);
      return false;
    }
    const values = new Map<string, FieldValue>();
    for (const r of registers) {
      if (r.field !== '_deleted' && Object.hasOwn(entity.fields, r.field)) values.set(r.field, r.value === null ? null : (JSON.parse(r.value) as FieldValue));
    }
    for (const fk of this.links.parentsOf(entity.name)) {
      const target = values.get(fk.field);
      if (typeof target !== 'string' || this.exists(fk.parent, target)) continue;
      if (fk.onParentDelete === 'clear') values.set(fk.field, null);
      else {
        this.state.park(entityName, recordId, `waits for ${fk.parent.name} ${target}, deleted or not yet received`, this.now());
        this.ensureAbsent(entity, recordId);
        return false;
      }
    }
    const fields = [...values.keys()];
    const kinds = entity.fields as Record<string, FieldKind>;
    const params = fields.map((f) => encode(kinds[f]!, values.get(f)));
    const stamp = this.now();
    const columns = fields.map(columnOf);
    const sql =
      `INSERT INTO ${entity.table} (id, ${[...columns, 'created_at', 'updated_at'].join(', ')}) VALUES (${['?', ...columns.map(() => '?'), '?', '?'].join(', ')}) ` +
      `ON CONFLICT (id) DO UPDATE SET ${[...columns.map((c) => `${c} = excluded.${c}`), 'updated_at = excluded.updated_at'].join(', ')}`;
    this.db.exec('SAVEPOINT sync_project');
    try {
      this.prepare(sql).run(recordId, ...params, stamp, stamp);
      this.db.exec('RELEASE sync_project');
    } catch (error) {
      this.db.exec('ROLLBACK TO sync_project');
      this.db.exec('RELEASE sync_project');
      // A unique value taken by another record, a value a rule refuses: the row stays as it was and the director is told.
      this.state.park(entityName, recordId, (error as Error).message, this.now());
      return this.exists(entity, recordId);
    }
    this.state.unpark(entityName, recordId);
    return true;
  }

  /**
   * Removes a row and, first, the rows that point at it (SQLite would cascade some silently and refuse others);
   * the children stay in the merged state, parked, so that if the parent comes back, they come back with it.
   */
  ensureAbsent(entity: EntityDef, recordId: string): void {
    if (!this.exists(entity, recordId)) return;
    this.parkChildren(entity, recordId, true);
    this.prepare(`DELETE FROM ${entity.table} WHERE id = ?`).run(recordId);
    this.removedRows++;
  }

  /**
   * After a delete made on this laptop: the store has already removed (and logged) the children it held as rows;
   * children that live only in the merged state (waiting for something else, say) now wait for this record, parked.
   */
  parkChildren(entity: EntityDef, recordId: string, removeRows = false): void {
    for (const link of this.links.childrenOf(entity.name)) {
      if (link.onParentDelete === 'clear') {
        if (removeRows) this.prepare(`UPDATE ${link.child.table} SET ${link.column} = NULL WHERE ${link.column} = ?`).run(recordId);
        continue;
      }
      const ids = new Set<string>(this.state.pointingAt(link.child.name, link.field, recordId));
      if (removeRows) for (const id of this.prepare(`SELECT id FROM ${link.child.table} WHERE ${link.column} = ?`).pluck().all(recordId) as string[]) ids.add(id);
      for (const id of ids) {
        const live = isLive(this.state.recordRegisters(link.child.name, id));
        if (live) this.state.park(link.child.name, id, `waits for ${entity.name} ${recordId}, which was deleted`, this.now());
        // A child deleted with its parent (the store logs each) goes row by row too, so the mass-deletion guard counts it.
        if (removeRows) this.ensureAbsent(link.child, id);
        else if (live) this.parkChildren(link.child, id, false);
      }
    }
  }

  /** Tries every parked record again until a pass changes nothing: a parent that arrived lets its children in. */
  retryParked(): void {
    for (let pass = 0; pass < 20; pass++) {
      const before = this.state.parked();
      if (before.length === 0) return;
      let progressed = false;
      for (const p of before) if (this.project(p.entity, p.recordId)) progressed = true;
      const after = this.state.parked();
      if (!progressed && after.length === before.length) return;
    }
  }

  private exists(entity: EntityDef, id: string): boolean {
    return this.prepare(`SELECT 1 FROM ${entity.table} WHERE id = ?`).pluck().get(id) === 1;
  }

  private prepare(sql: string): Statement {
    let s = this.statements.get(sql);
    if (!s) {
      s = this.db.prepare(sql);
      this.statements.set(sql, s);
    }
    return s;
  }
}
