// Who uses this laptop: kept in the database's local meta table, not in synced settings, because two directors who
// share a folder are two people; each laptop names its own director on the changes it makes.
import type { Database } from 'better-sqlite3';
import type { DirectorIdentity } from '../../../shared/contract/app';
import { readMeta, writeMeta } from '../db/meta';

export function readDirector(db: Database): DirectorIdentity | null {
  const name = readMeta(db, 'director_name');
  const role = readMeta(db, 'director_role');
  return name && role ? { name, role } : null;
}

export function writeDirector(db: Database, director: DirectorIdentity): void {
  db.transaction(() => {
    writeMeta(db, 'director_name', director.name);
    writeMeta(db, 'director_role', director.role);
  })();
}

/** How the change log names the director: "Dr Maya Chen (Chief Medical Officer)". */
export function actorOf(director: DirectorIdentity): string {
  return `${director.name} (${director.role})`;
}
