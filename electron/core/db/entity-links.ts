// How entities point at each other, read once from the schema's foreign keys: what a delete must also change (the
// store) and what a row must wait for (sync's projection). A new table is covered by its REFERENCES clause alone.
import type { Database } from 'better-sqlite3';
import { columnOf, type EntityDef } from './entity';
import { entities } from './entity-registry';

/** What deleting the parent does to a child that points at it, as the schema's ON DELETE clause says. */
export type OnParentDelete = 'remove' | 'clear' | 'refuse';

export interface EntityLink {
  child: EntityDef;
  /** The child's field (and column) holding the parent's id. */
  field: string;
  column: string;
  parent: EntityDef;
  onParentDelete: OnParentDelete;
}

export interface EntityLinks {
  /** The records an entity's rows point at. */
  parentsOf(entityName: string): readonly EntityLink[];
  /** The links pointing at an entity, the deepest tables first (reverse registry order): removing dependants in
   *  this order takes a record's own dependants before its siblings' links to it are cleared for nothing. */
  childrenOf(entityName: string): readonly EntityLink[];
}

const read = new WeakMap<Database, EntityLinks>();

export function entityLinks(db: Database): EntityLinks {
  let links = read.get(db);
  if (!links) {
    links = readLinks(db);
    read.set(db, links);
  }
  return links;
}

function readLinks(db: Database): EntityLinks {
  const byTable = new Map(entities.map((e) => [e.table, e]));
  const parents = new Map<string, EntityLink[]>();
  const children = new Map<string, EntityLink[]>();
  for (const child of entities) {
    const fields = new Map(Object.keys(child.fields).map((f) => [columnOf(f), f]));
    const keys = db.prepare(`PRAGMA foreign_key_list(${child.table})`).all() as { table: string; from: string; on_delete: string }[];
    const own: EntityLink[] = [];
    for (const k of keys) {
      const parent = byTable.get(k.table);
      const field = fields.get(k.from);
      if (!parent || !field) continue;
      const link: EntityLink = { child, field, column: k.from, parent, onParentDelete: onDelete(k.on_delete) };
      own.push(link);
      children.set(parent.name, [...(children.get(parent.name) ?? []), link]);
    }
    parents.set(child.name, own);
  }
  const order = new Map(entities.map((e, i) => [e.name, i]));
  for (const list of children.values()) list.sort((a, b) => order.get(b.child.name)! - order.get(a.child.name)!);
  return {
    parentsOf: (name) => parents.get(name) ?? [],
    childrenOf: (name) => children.get(name) ?? [],
  };
}

function onDelete(clause: string): OnParentDelete {
  if (clause === 'CASCADE') return 'remove';
  if (clause === 'SET NULL') return 'clear';
  // NO ACTION and RESTRICT: SQLite refuses the parent's delete while a child points at it.
  return 'refuse';
}
