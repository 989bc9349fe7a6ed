// Bench figures for FPPE/OPPE: the due list (open FPPEs, each practitioner's next OPPE by the 12-month rule, privileges
// ending) through the handler vs the same three plain SQL reads; a grant that opens its FPPE vs two plain INSERTs.
import { randomUUID } from 'node:crypto';
import { openCore } from '../../electron/core/core';
import { figure, medianMs, type Figure } from './measure';

export async function privilegeFigures(dataDir: string, people: number): Promise<Record<string, Figure>> {
  const figures: Record<string, Figure> = {};
  const core = openCore({ dataDir });
  try {
    await core.call('app.seedSample', { staff: people, seed: 6 });
    const { db } = core.context;
    const privileges = db.prepare('SELECT count(*) FROM privileges').pluck().get() as number;
    const evaluations = db.prepare('SELECT count(*) FROM evaluations').pluck().get() as number;
    const rows = (await core.call('evaluations.due', { withinDays: 60 })).length;

    // Floor: the facts the list is made of, read as plain rows with no rule applied and nothing named.
    const horizon = '2099-12-31';
    const floorFppe = db.prepare("SELECT e.id, e.staff_id, e.due_on FROM evaluations e WHERE e.kind = 'fppe' AND e.completed_on IS NULL AND e.due_on <= ?").raw();
    const floorOppe = db.prepare(`SELECT s.id, (SELECT max(completed_on) FROM evaluations WHERE staff_id = s.id AND kind = 'oppe'),
        (SELECT min(granted_on) FROM privileges WHERE staff_id = s.id AND status IN ('granted', 'provisional'))
      FROM staff s WHERE s.status <> 'inactive' AND EXISTS (SELECT 1 FROM privileges p WHERE p.staff_id = s.id AND p.status IN ('granted', 'provisional'))`).raw();
    const floorEnds = db.prepare("SELECT id, staff_id, expires_on FROM privileges WHERE kind <> 'regular' AND expires_on <= ?").raw();
    figures[`evaluations due within 60 days (${people} staff, ${privileges} privileges, ${evaluations} evaluations → ${rows} rows)`] = figure(
      await medianMs(() => core.dispatch('evaluations.due', { withinDays: 60 }), { iterations: 15, warmup: 3 }),
      await medianMs(() => [floorFppe.all(horizon), floorOppe.all(), floorEnds.all(horizon)], { iterations: 15, warmup: 3 }),
    );

    // A grant that opens its FPPE (validation, two logged inserts, one transaction) vs the two rows written plainly.
    const staffIds = db.prepare("SELECT id FROM staff WHERE status = 'active' LIMIT 40").pluck().all() as string[];
    let n = 0;
    const at = new Date().toISOString();
    const insertPrivilege = db.prepare("INSERT INTO privileges (id, staff_id, name, status, granted_on, fppe_required, created_at, updated_at) VALUES (?, ?, ?, 'granted', '2026-11-01', 1, ?, ?)");
    const insertFppe = db.prepare("INSERT INTO evaluations (id, staff_id, privilege_id, kind, period_start, period_end, due_on, outcome, created_at, updated_at) VALUES (?, ?, ?, 'fppe', '2026-11-01', '2027-01-30', '2027-03-01', 'pending', ?, ?)");
    const plainGrant = db.transaction((staffId: string) => {
      const id = randomUUID();
      insertPrivilege.run(id, staffId, `Floor privilege ${n}`, at, at);
      insertFppe.run(randomUUID(), staffId, id, at, at);
    });
    figures['grant a privilege, opening its FPPE'] = figure(
      await medianMs(() => core.dispatch('privileges.grant', { staffId: staffIds[n++ % staffIds.length]!, name: `Bench privilege ${n}`, grantedOn: '2026-11-01' })),
      await medianMs(() => plainGrant(staffIds[n++ % staffIds.length]!)),
    );
  } finally {
    core.close();
  }
  return figures;
}
