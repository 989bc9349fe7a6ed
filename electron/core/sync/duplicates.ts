// The one rule for duplicates: two records that claim the same unique key (an NPI, a department code, a vote for one
// motion and member…) are one record. The survivor is the one created first (its '_created' stamp, the earliest write
// to it, which every laptop computes alike), then the lower id; the other gets a '_mergedInto' register naming it. That
// redirect syncs like any field, so the merge holds everywhere and for good; the projection then shows the group as one
// row under the survivor's id, every reference to a merged record pointing at the survivor.
import type { Database } from 'better-sqlite3';
import { columnOf, type EntityDef } from '../db/entity';
import type { SyncState } from './sync-state';

export const createdField = '_created';
export const mergedIntoField = '_mergedInto';

/** Registers kept for the merge itself, not values of the record: they neither show in rows nor bring a deleted record back. */
export function isBookkeeping(field: string): boolean {
  return field === createdField || field === mergedIntoField;
}

/** Every UNIQUE the schema declares on an entity's table (its primary key aside), as lists of the entity's fields. */
export function uniqueKeysOf(db: Database, entity: EntityDef): string[][] {
  const fieldOf = new Map(Object.keys(entity.fields).map((f) => [columnOf(f), f]));
  const indexes = db.prepare(`PRAGMA index_list(${entity.table})`).all() as { name: string; unique: number; origin: string }[];
  const keys: string[][] = [];
  for (const index of indexes) {
    if (!index.unique || index.origin === 'pk') continue;
    const columns = (db.prepare(`PRAGMA index_info(${index.name})`).all() as { name: string | null }[]).map((c) => c.name);
    const fields = columns.map((c) => (c === null ? undefined : fieldOf.get(c)));
    if (fields.every((f): f is string => f !== undefined)) keys.push(fields);
    else throw new Error(`${entity.table}: the unique index ${index.name} is on something that is not one of the entity's fields; duplicates under it cannot be merged`);
  }
  return keys;
}

/** Redirects as the registers hold them: which record each merged one points at, resolved to a group's survivor. */
export class Redirects {
  private readonly targetOf;
  private readonly sources;

  constructor(
    db: Database,
    private readonly state: SyncState,
  ) {
    this.targetOf = db.prepare(`SELECT value FROM sync_state WHERE entity = ? AND record_id = ? AND field = '${mergedIntoField}'`).pluck();
    this.sources = db.prepare(`SELECT record_id FROM sync_state WHERE entity = ? AND field = '${mergedIntoField}' AND value = ?`).pluck();
  }

  /** The order every laptop agrees on: created first, then the lower id. */
  precedes(entity: string, a: string, b: string): boolean {
    const ca = this.createdOf(entity, a);
    const cb = this.createdOf(entity, b);
    return ca !== cb ? ca < cb : a < b;
  }

  /**
   * The survivor a record's redirects lead to. A chain that loops (a redirect the rule would never write, from a
   * damaged or hand-made segment) ends at the loop's first record in the agreed order, whose own redirect is ignored:
   * every laptop computes the same.
   */
  resolve(entity: string, id: string): string {
    const path = [id];
    let current = id;
    for (;;) {
      const next = this.target(entity, current);
      if (next === null || next === current) return current;
      const loopAt = path.indexOf(next);
      if (loopAt >= 0) return path.slice(loopAt).reduce((a, b) => (this.precedes(entity, b, a) ? b : a));
      path.push(next);
      current = next;
    }
  }

  /** The survivor and every record merged into it, the survivor first, then in the agreed order. */
  group(entity: string, root: string): string[] {
    const found = new Set([root]);
    const queue = [root];
    while (queue.length) {
      const id = queue.pop()!;
      for (const source of this.sources.all(entity, JSON.stringify(id)) as string[]) {
        if (!found.has(source)) {
          found.add(source);
          queue.push(source);
        }
      }
    }
    const members = [...found].filter((m) => m === root || this.resolve(entity, m) === root);
    return [root, ...members.filter((m) => m !== root).sort((a, b) => (this.precedes(entity, a, b) ? -1 : 1))];
  }

  target(entity: string, id: string): string | null {
    const raw = this.targetOf.get(entity, id) as string | null | undefined;
    if (!raw) return null;
    const value = JSON.parse(raw) as unknown;
    return typeof value === 'string' ? value : null;
  }

  /** Records created before this rule existed have no stamp: they come after every stamped one, ordered by id. */
  private createdOf(entity: string, id: string): string {
    return this.state.register(entity, id, createdField)?.hlc ?? '~';
  }
}
