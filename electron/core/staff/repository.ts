// Reads and writes of staff members; list rows come with their department and role names in the same query.
import type { Statement } from 'better-sqlite3';
import type { z } from 'zod';
import type { ReappointmentRow, StaffFields, StaffQuery, StaffRow } from '../../../shared/contract/staff';
import type { CoreContext } from '../context';
import { logReveal } from '../db/masked-fields';
import { AppError, notFound } from '../errors';
import { reappointmentStatus } from '../../../shared/domain/reappointment';
import { displayName } from '../../../shared/domain/names';
import { maskDateOfBirth } from '../../../shared/domain/masking';
import { isCurrentCredential } from '../credentials/current';
import { suspendedSql } from '../suspensions/standing-sql';
import { organisationCalendar } from '../settings/today';
import { staffEntity } from './entities';

type ParsedStaffQuery = z.output<typeof StaffQuery>;

// The list row carries the member's credential standing, computed in the same query (never one query per row).
const rowSelect = `
  SELECT s.id, s.given_name AS givenName, s.family_name AS familyName, s.degree, s.role_id AS roleId,
         s.department_id AS departmentId, s.specialty, s.npi, s.email, s.hire_date AS hireDate, s.status,
         s.appointment_category AS appointmentCategory, s.appointment_start AS appointmentStart, s.appointment_end AS appointmentEnd,
         s.appointment_ended_on AS appointmentEndedOn, s.appointment_end_reason AS appointmentEndReason,
         s.date_of_birth AS dateOfBirth, s.last_screened_on AS lastScreenedOn,
         s.created_at AS createdAt, s.updated_at AS updatedAt, r.name AS roleName, d.name AS departmentName,
         (SELECT min(c.expires_on) FROM credentials c WHERE c.staff_id = s.id AND ${isCurrentCredential('c')}) AS nextExpiry,
         ${suspendedSql('s', 'all-privileges')} AS privilegesSuspended,
         ${suspendedSql('s', 'controlled-substance-prescribing')} AS prescribingSuspended
  FROM staff s
  JOIN roles r ON r.id = s.role_id
  JOIN departments d ON d.id = s.department_id`;

const orderBy: Record<ParsedStaffQuery['sort'], string> = {
  name: 's.family_name COLLATE NOCASE {dir}, s.given_name COLLATE NOCASE {dir}',
  department: 'd.name COLLATE NOCASE {dir}, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE',
  role: 'r.name COLLATE NOCASE {dir}, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE',
  hireDate: 's.hire_date {dir} NULLS LAST, s.family_name COLLATE NOCASE',
};

type SqlStaffRow = Omit<StaffRow, 'privilegesSuspended' | 'prescribingSuspended' | 'dateOfBirthMasked'> & { privilegesSuspended: number; prescribingSuspended: number; dateOfBirth: string | null };
// The date of birth leaves this module masked, like a licence number: only revealDateOfBirth sends it whole.
const fromSql = ({ dateOfBirth, ...row }: SqlStaffRow): StaffRow => ({
  ...row, dateOfBirthMasked: maskDateOfBirth(dateOfBirth), privilegesSuspended: row.privilegesSuspended === 1, prescribingSuspended: row.prescribingSuspended === 1,
});

export function staffRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const getOne = db.prepare(`${rowSelect} WHERE s.id = @id`);
  const appointed = db.prepare(`SELECT s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, d.name AS departmentName,
      s.appointment_category AS appointmentCategory, s.appointment_start AS appointmentStart, s.appointment_end AS appointmentEnd
    FROM staff s JOIN departments d ON d.id = s.department_id
    WHERE s.status <> 'inactive' AND (s.appointment_start IS NOT NULL OR s.appointment_end IS NOT NULL)`);
  const currentOf = db.prepare(`SELECT role_id AS roleId, department_id AS departmentId, appointment_start AS appointmentStart, appointment_end AS appointmentEnd,
      appointment_ended_on AS appointmentEndedOn FROM staff WHERE id = ?`);
  type Current = { roleId: string; departmentId: string; appointmentStart: string | null; appointmentEnd: string | null; appointmentEndedOn: string | null };
  // The list's SQL varies only with which filters are set: a handful of shapes, each prepared once.
  const prepared = new Map<string, Statement>();
  const statement = (sql: string) => {
    let st = prepared.get(sql);
    if (!st) prepared.set(sql, (st = db.prepare(sql)));
    return st;
  };

  /** What the standing columns bind: the organisation's today and its states of practice. */
  const standingParams = () => ({ today: calendar.today(), practiceStates: JSON.stringify(calendar.settings().practiceStates) });

  function get(id: string): StaffRow {
    const row = getOne.get({ id, ...standingParams() }) as SqlStaffRow | undefined;
    if (!row) throw notFound('This staff member');
    return fromSql(row);
  }

  function list(query: ParsedStaffQuery): { total: number; rows: StaffRow[] } {
    const where: string[] = [];
    const params: Record<string, unknown> = {};
    if (query.search) {
      // Each word must match somewhere, so "ash card" finds Ashcombe in Cardiology.
      query.search.split(/\s+/).forEach((word, i) => {
        params[`w${i}`] = `%${word.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
        where.push(
          `(s.given_name LIKE @w${i} ESCAPE '\\' OR s.family_name LIKE @w${i} ESCAPE '\\' OR s.specialty LIKE @w${i} ESCAPE '\\'` +
            ` OR s.npi LIKE @w${i} ESCAPE '\\' OR s.email LIKE @w${i} ESCAPE '\\' OR d.name LIKE @w${i} ESCAPE '\\' OR r.name LIKE @w${i} ESCAPE '\\')`,
        );
      });
    }
    if (query.departmentId) (where.push('s.department_id = @departmentId'), (params.departmentId = query.departmentId));
    if (query.roleId) (where.push('s.role_id = @roleId'), (params.roleId = query.roleId));
    if (query.status) (where.push('s.status = @status'), (params.status = query.status));
    const filter = where.length ? ` WHERE ${where.join(' AND ')}` : '';
    const order = orderBy[query.sort].replaceAll('{dir}', query.direction === 'desc' ? 'DESC' : 'ASC');
    // Only a search looks at department and role names; without one the count needs no joins.
    const countFrom = query.search ? 'staff s JOIN roles r ON r.id = s.role_id JOIN departments d ON d.id = s.department_id' : 'staff s';
    const total = statement(`SELECT count(*) FROM ${countFrom}${filter}`).pluck().get(params) as number;
    const rows = statement(`${rowSelect}${filter} ORDER BY ${order} LIMIT @limit OFFSET @offset`).all({ ...params, ...standingParams(), limit: query.limit, offset: query.offset }) as SqlStaffRow[];
    return { total, rows: rows.map(fromSql) };
  }

  const roleRetired = db.prepare('SELECT retired_on FROM roles WHERE id = ?').pluck();
  const departmentRetired = db.prepare('SELECT retired_on FROM departments WHERE id = ?').pluck();

  /** A retired role or department stays on the staff who had it, and is given to no one new. */
  function checkPlacement(fields: { roleId?: string | undefined; departmentId?: string | undefined }, current?: { roleId: string; departmentId: string }) {
    if (fields.roleId && fields.roleId !== current?.roleId) {
      const retired = roleRetired.get(fields.roleId) as string | null | undefined;
      if (retired === undefined) throw new AppError('INVALID_INPUT', 'That role does not exist here.', [{ path: 'roleId', message: 'Not one of this hospital’s roles' }]);
      if (retired) throw new AppError('INVALID_INPUT', 'That role is retired: choose a current one.', [{ path: 'roleId', message: 'Retired: choose a current role' }]);
    }
    if (fields.departmentId && fields.departmentId !== current?.departmentId) {
      const retired = departmentRetired.get(fields.departmentId) as string | null | undefined;
      if (retired === undefined) throw new AppError('INVALID_INPUT', 'That department does not exist here.', [{ path: 'departmentId', message: 'Not one of this hospital’s departments' }]);
      if (retired) throw new AppError('INVALID_INPUT', 'That department is retired: choose a current one.', [{ path: 'departmentId', message: 'Retired: choose a current department' }]);
    }
  }

  /** A date of birth cannot be after today (the organisation's today). */
  function checkBirth(dateOfBirth: string | null | undefined) {
    const today = calendar.today();
    if (dateOfBirth && dateOfBirth > today) {
      throw new AppError('INVALID_INPUT', `A date of birth cannot be after today (${today}).`, [{ path: 'dateOfBirth', message: `After today (${today})` }]);
    }
  }

  const dateOfBirthOf = db.prepare('SELECT date_of_birth FROM staff WHERE id = ?').pluck();

  /** The date of birth in full, asked for on purpose: the reveal is recorded on this computer, as a licence number's is. */
  function revealDateOfBirth(id: string): string | null {
    const dateOfBirth = dateOfBirthOf.get(id) as string | null | undefined;
    if (dateOfBirth === undefined) throw notFound('This staff member');
    logReveal(ctx, 'staff', id, 'dateOfBirth');
    return dateOfBirth;
  }

  function create(fields: Partial<StaffFields> & Pick<StaffFields, 'givenName' | 'familyName' | 'roleId' | 'departmentId'>, id?: string): string {
    return store.transaction(() => {
      checkPlacement(fields);
      checkBirth(fields.dateOfBirth);
      return store.insert(staffEntity, { status: 'active', ...fields }, id);
    });
  }

  function update(id: string, patch: Partial<StaffFields>): void {
    store.transaction(() => {
      const current = currentOf.get(id) as Current | undefined;
      if (!current) throw notFound('This staff member');
      const start = patch.appointmentStart === undefined ? current.appointmentStart : patch.appointmentStart;
      const end = patch.appointmentEnd === undefined ? current.appointmentEnd : patch.appointmentEnd;
      if (start && end && end < start) {
        throw new AppError('INVALID_INPUT', 'The appointment ends before it starts.', [{ path: 'appointmentEnd', message: 'Ends before it starts' }]);
      }
      checkPlacement(patch, current);
      checkBirth(patch.dateOfBirth);
      // Made active (or on leave) again, an ended appointment is open once more; the history keeps when and why it ended.
      const reinstated = current.appointmentEndedOn && patch.status && patch.status !== 'inactive';
      store.update(staffEntity, id, reinstated ? { ...patch, appointmentEndedOn: null, appointmentEndReason: null } : patch);
    });
  }

  /**
   * Ends an appointment: the member becomes inactive, so every active list (roster filter, expirations, verification,
   * reappointments, the dashboard) leaves them out, while their record, credentials and history stay.
   */
  function endAppointment(id: string, endedOn: string, reason: string): void {
    store.transaction(() => {
      const current = currentOf.get(id) as Current | undefined;
      if (!current) throw notFound('This staff member');
      const today = calendar.today();
      if (endedOn > today) {
        throw new AppError('INVALID_INPUT', `An appointment is ended once it has ended: ${endedOn} is after today (${today}).`, [{ path: 'endedOn', message: `After today (${today}): record it on the day` }]);
      }
      if (current.appointmentStart && endedOn < current.appointmentStart) {
        throw new AppError('INVALID_INPUT', `The appointment began on ${current.appointmentStart}: it cannot end before that.`, [{ path: 'endedOn', message: `Before the appointment began (${current.appointmentStart})` }]);
      }
      store.update(staffEntity, id, { status: 'inactive', appointmentEndedOn: endedOn, appointmentEndReason: reason });
    });
  }

  /** Practitioners whose reappointment is overdue or falls due within `withinDays` of `asOf` (default today), soonest first. */
  function reappointments(withinDays: number, asOf?: string): ReappointmentRow[] {
    const today = asOf ?? calendar.today();
    const { reappointmentCycleYears } = calendar.settings();
    type Appointed = { staffId: string; givenName: string; familyName: string; degree: string | null; departmentName: string; appointmentCategory: ReappointmentRow['appointmentCategory']; appointmentStart: string | null; appointmentEnd: string | null };
    const rows: ReappointmentRow[] = [];
    for (const a of appointed.all() as Appointed[]) {
      const status = reappointmentStatus(a, today, reappointmentCycleYears, withinDays);
      if (status.state !== 'due-soon' && status.state !== 'overdue') continue;
      rows.push({ staffId: a.staffId, staffName: displayName(a), departmentName: a.departmentName, appointmentCategory: a.appointmentCategory, dueOn: status.dueOn!, daysLeft: status.daysLeft!, state: status.state });
    }
    return rows.sort((x, y) => x.daysLeft - y.daysLeft);
  }

  /** The id of the staff member with this NPI, if any: how a roster row finds its practitioner. */
  const byNpi = db.prepare('SELECT id FROM staff WHERE npi = ?').pluck();
  const idByNpi = (npi: string) => byNpi.get(npi) as string | undefined;

  return { get, list, create, update, endAppointment, reappointments, idByNpi, revealDateOfBirth };
}
