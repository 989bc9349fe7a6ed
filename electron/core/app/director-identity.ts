// Who uses this laptop: kept in the database's local meta table, not in synced settings, because two directors who
// share a folder are two people; each laptop names its own director on the changes it makes.
import type { Database } from 'better-sqlite3';
import type { DirectorIdentity } from '../../../shared/contract/app';

const read = (db: Database, key: string) => db.prepare('SELECT value FROM meta WHERE key = ?').pluck().get(key) as string | undefined;

export function readDirector(db: Database): DirectorIdentity | null {
  const name = read(db, 'director_name');
  const role = read(db, 'director_role');
  return name && role ? { name, role } : null;
}

export function writeDirector(db: Database, director: DirectorIdentity): void {
  const set = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value');
  db.transaction(() => {
    set.run('director_name', director.name);
    set.run('director_role', director.role);
  })();
}

/** How the change log names the director: "Dr Maya Chen (Chief Medical Officer)". */
export function actorOf(director: DirectorIdentity): string {
  return `${director.name} (${director.role})`;
}
