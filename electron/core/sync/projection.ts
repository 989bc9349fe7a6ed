// Makes a record's row in its table match the merged registers: present with the winning values when the record is
// live and its parents are present, absent otherwise. A pure function of the merged state, so every laptop that
// holds the same registers holds the same rows, whatever order the changes arrived in.
// Records merged as duplicates (duplicates.ts) are one row under their survivor's id: each field is the latest
// written to any of them, as if both laptops had edited one record, and every value that lost is kept as a conflict.
// A row that would break a unique key is not parked: the two records are merged, and the redirect is logged to sync.
import type { Database, Statement } from 'better-sqlite3';
import { columnOf, encode, type EntityDef, type FieldKind, type FieldValue } from '../db/entity';
import { entityLinks, type EntityLinks } from '../db/entity-links';
import { entities, entityNamed } from '../db/entity-registry';
import { writerKnew } from './change-merger';
import { isBookkeeping, mergedIntoField, Redirects, uniqueKeysOf } from './duplicates';
import type { SyncState } from './sync-state';

/** How the projection records a merge it decides: logged as this laptop's edit, so it syncs. */
export interface MergeLog {
  deviceId: string;
  /** Logs the redirect in the change log and returns its clock stamp. */
  note(entity: EntityDef, mergedId: string, survivorId: string): string;
}

interface GroupRegister {
  record: string;
  field: string;
  value: string | null;
  hlc: string;
}

const registryOrder = new Map(entities.map((e, i) => [e.name, i]));

/** Whether a record is live: a delete wins over every field written before it; a field written after it brings the record back. */
export function isLive(registers: readonly { field: string; value: string | null; hlc: string }[]): boolean {
  let deleted: string | null = null;
  let latestField = '';
  for (const r of registers) {
    if (r.field === '_deleted') deleted = r.value === 'true' ? r.hlc : null;
    else if (!isBookkeeping(r.field) && r.hlc > latestField) latestField = r.hlc;
  }
  return deleted === null || latestField > deleted;
}

export class Projection {
  private readonly links: EntityLinks;
  private readonly statements = new Map<string, Statement>();
  private readonly uniqueKeys = new Map<string, string[][]>();
  private readonly redirects: Redirects;
  /** Rows this run removed from tables: the mass-deletion guard counts them. */
  removedRows = 0;
  /** Duplicates this run merged (redirects it logged). */
  merged = 0;

  constructor(
    private readonly db: Database,
    private readonly state: SyncState,
    private readonly now: () => string,
    /** Without it (reading only), a row that breaks a unique key waits, parked, as before. */
    private readonly mergeLog?: MergeLog,
  ) {
    this.redirects = new Redirects(db, state);
    this.links = entityLinks(db);
    for (const entity of entities) this.uniqueKeys.set(entity.name, uniqueKeysOf(db, entity));
  }

  /** Brings one record's row in line with its registers. Returns true when the row (or its survivor's) is now present. */
  project(entityName: string, recordId: string): boolean {
    return this.projectRecord(entityName, recordId, 0);
  }

  private projectRecord(entityName: string, recordId: string, depth: number): boolean {
    const entity = entityNamed(entityName);
    if (!entity) return false;
    const root = this.redirects.resolve(entityName, recordId);
    if (root === recordId) return this.projectGroup(entity, root, depth);
    // Merged into another record: its row goes, and what pointed at it follows the survivor.
    this.state.unpark(entityName, recordId);
    const moved = this.moveAway(entity, recordId);
    const present = this.projectGroup(entity, root, depth);
    this.reproject(moved);
    return present;
  }

  /** The survivor's row from the registers of every record merged into it: per field, the latest written wins. */
  private projectGroup(entity: EntityDef, root: string, depth: number): boolean {
    const members = this.redirects.group(entity.name, root);
    const all: GroupRegister[] = [];
    const winners = new Map<string, GroupRegister>();
    for (const record of members) {
      for (const r of this.state.recordRegisters(entity.name, record)) {
        if (isBookkeeping(r.field)) continue;
        const g = { record, ...r };
        all.push(g);
        const w = winners.get(r.field);
        if (!w || r.hlc > w.hlc) winners.set(r.field, g);
      }
    }
    const registers = [...winners.values()];
    if (registers.length === 0) return this.exists(entity, root);
    if (members.length > 1) this.keepMergedValues(entity, root, all, winners);
    // Records merged into this one give up their rows (what points at them comes back pointing here).
    const moved: [string, string][] = [];
    for (const m of members.slice(1)) {
      this.state.unpark(entity.name, m);
      moved.push(...this.moveAway(entity, m));
    }
    const present = this.writeRow(entity, root, registers, depth);
    this.reproject(moved);
    return present;
  }

  private writeRow(entity: EntityDef, recordId: string, registers: readonly GroupRegister[], depth: number): boolean {
    const entityName = entity.name;
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
      const written = values.get(fk.field);
      if (typeof written !== 'string') continue;
      // A reference to a merged record points at its survivor, whenever it was written.
      const target = this.redirects.resolve(fk.parent.name, written);
      values.set(fk.field, target);
      if (this.exists(fk.parent, target)) continue;
      // A parent received in the same batch but not projected yet (a PDSA cycle naming the cycle it follows, in the
      // same table) comes in first; clearing the link now would lose it for good, since the child is not projected again.
      // Other tables' parents are projected before their children (the registry's order); only a link within one table
      // can arrive ahead of its parent.
      const sameTable = fk.parent.name === entityName && target !== recordId;
      if (sameTable && depth < 20 && isLive(this.state.recordRegisters(entityName, target)) && this.projectRecord(entityName, target, depth + 1)) continue;
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
      const holder = (error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE' ? this.holderOfKey(entity, recordId, fields, params) : null;
      if (holder && this.mergeLog && depth < 20) {
        // Two records claim one unique key: one record, under the survivor's id, on every laptop.
        const [survivor, merged] = this.redirects.precedes(entityName, holder, recordId) ? [holder, recordId] : [recordId, holder];
        this.writeRedirect(entity, merged, survivor);
        return this.projectRecord(entityName, recordId, depth + 1);
      }
      // A value a rule refuses: the row stays as it was and the director is told.
      this.state.park(entityName, recordId, (error as Error).message, this.now());
      return this.exists(entity, recordId);
    }
    this.state.unpark(entityName, recordId);
    return true;
  }

  /** The record whose row holds one of this record's unique keys, if any. */
  private holderOfKey(entity: EntityDef, recordId: string, fields: readonly string[], params: readonly (string | number | null)[]): string | null {
    for (const key of this.uniqueKeys.get(entity.name) ?? []) {
      const values = key.map((f) => (fields.includes(f) ? params[fields.indexOf(f)]! : null));
      // SQLite lets any number of rows leave a unique column empty.
      if (values.some((v) => v === null)) continue;
      const where = key.map((f) => `${columnOf(f)} = ?`).join(' AND ');
      const holder = this.prepare(`SELECT id FROM ${entity.table} WHERE ${where} AND id <> ?`).pluck().get(...values, recordId) as string | undefined;
      if (holder) return holder;
    }
    return null;
  }

  private writeRedirect(entity: EntityDef, mergedId: string, survivorId: string): void {
    const hlc = this.mergeLog!.note(entity, mergedId, survivorId);
    const deviceId = this.mergeLog!.deviceId;
    // The register now, so this sync's rows follow it; the change log carries it to the others with the next segment.
    const seq = (this.state.appliedVector()[deviceId] ?? 0) + 1;
    this.state.putRegister(entity.name, mergedId, mergedIntoField, { value: JSON.stringify(survivorId), hlc, deviceId, seq, base: null, also: null });
    this.merged++;
  }

  /**
   * Keeps, as conflicts on the survivor, every value of a merged record that is not the one shown (a field both
   * held differently, or one that lost to a later edit of the other). In a group a deletion removed, values written
   * without knowing of that deletion are kept too, as a deleted record's values are.
   */
  private keepMergedValues(entity: EntityDef, root: string, all: readonly GroupRegister[], winners: ReadonlyMap<string, GroupRegister>): void {
    const at = this.now();
    const fkParent = new Map(this.links.parentsOf(entity.name).map((fk) => [fk.field, fk.parent.name]));
    const resolved = (field: string, value: string | null): string | null => {
      const parent = fkParent.get(field);
      if (!parent || value === null) return value;
      const id = JSON.parse(value) as unknown;
      return typeof id === 'string' ? JSON.stringify(this.redirects.resolve(parent, id)) : value;
    };
    const writerOf = (g: GroupRegister) => {
      const r = this.state.register(entity.name, g.record, g.field)!;
      return { deviceId: r.deviceId, seq: r.seq, known: this.state.knownBy(r.deviceId, r.seq) };
    };
    for (const r of all) {
      const w = winners.get(r.field)!;
      if (r === w || r.field === '_deleted' || resolved(r.field, r.value) === resolved(w.field, w.value)) continue;
      // Overwritten by someone who had it (a value restored from this very list, a later edit of the merged record): not lost.
      if (writerKnew(writerOf(w), writerOf(r))) continue;
      this.state.addConflict({ entity: entity.name, recordId: root, field: r.field, kind: 'duplicate', keptValue: w.value, keptHlc: w.hlc, lostValue: r.value, lostHlc: r.hlc }, at);
    }
    const deletion = winners.get('_deleted');
    if (!deletion || deletion.value !== 'true' || isLive([...winners.values()])) return;
    const deleter = this.state.register(entity.name, deletion.record, '_deleted')!;
    const deleterKnew = { deviceId: deleter.deviceId, seq: deleter.seq, known: this.state.knownBy(deleter.deviceId, deleter.seq) };
    for (const w of winners.values()) {
      if (w.field === '_deleted' || w.record === deletion.record || w.value === null) continue;
      const writer = this.state.register(entity.name, w.record, w.field)!;
      if (writerKnew(deleterKnew, writer)) continue;
      this.state.addConflict({ entity: entity.name, recordId: root, field: w.field, kind: 'deleted', keptValue: null, keptHlc: deletion.hlc, lostValue: w.value, lostHlc: w.hlc }, at);
    }
  }

  /** Takes a merged record's row away with what points at it; returns those records, to project again once the survivor is in place. */
  private moveAway(entity: EntityDef, recordId: string): [string, string][] {
    if (!this.exists(entity, recordId)) return [];
    const moved: [string, string][] = [];
    const removed = this.removedRows;
    this.ensureAbsent(entity, recordId, moved);
    // Moved, not deleted: the mass-deletion guard does not count them.
    this.removedRows = removed;
    return moved;
  }

  /** Parents before children (the registry's order), whatever order they were taken away in: a child projected before
   *  its parent is back would clear a link the parent's return should have kept. */
  private reproject(moved: readonly [string, string][]): void {
    const ordered = [...moved].sort((a, b) => registryOrder.get(a[0])! - registryOrder.get(b[0])!);
    for (const [entityName, id] of ordered) this.project(entityName, id);
  }

  /**
   * Removes a row and, first, the rows that point at it (SQLite would cascade some silently and refuse others);
   * the children stay in the merged state, parked, so that if the parent comes back, they come back with it.
   */
  ensureAbsent(entity: EntityDef, recordId: string, moved?: [string, string][]): void {
    if (!this.exists(entity, recordId)) return;
    this.parkChildren(entity, recordId, true, moved);
    this.prepare(`DELETE FROM ${entity.table} WHERE id = ?`).run(recordId);
    this.removedRows++;
  }

  /**
   * After a delete made on this laptop: the store has already removed (and logged) the children it held as rows;
   * children that live only in the merged state (waiting for something else, say) now wait for this record, parked.
   * `moved` collects the children a merge takes from a record, to project again under its survivor.
   */
  parkChildren(entity: EntityDef, recordId: string, removeRows = false, moved?: [string, string][]): void {
    for (const link of this.links.childrenOf(entity.name)) {
      if (link.onParentDelete === 'clear') {
        if (!removeRows) continue;
        if (moved) for (const id of this.prepare(`SELECT id FROM ${link.child.table} WHERE ${link.column} = ?`).pluck().all(recordId) as string[]) moved.push([link.child.name, id]);
        this.prepare(`UPDATE ${link.child.table} SET ${link.column} = NULL WHERE ${link.column} = ?`).run(recordId);
        continue;
      }
      const ids = new Set<string>(this.state.pointingAt(link.child.name, link.field, recordId));
      if (removeRows) for (const id of this.prepare(`SELECT id FROM ${link.child.table} WHERE ${link.column} = ?`).pluck().all(recordId) as string[]) ids.add(id);
      for (const id of ids) {
        const live = isLive(this.state.recordRegisters(link.child.name, id));
        if (live) {
          this.state.park(link.child.name, id, `waits for ${entity.name} ${recordId}, which was deleted`, this.now());
          moved?.push([link.child.name, id]);
        }
        // A child deleted with its parent (the store logs each) goes row by row too, so the mass-deletion guard counts it.
        if (removeRows) this.ensureAbsent(link.child, id, moved);
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
