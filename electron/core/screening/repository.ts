// Reads and writes of screenings, their matches and NPDB queries; lists come with the practitioner's name and
// department in the same query. The date of birth leaves here masked.
import type { ExclusionMatch, ExclusionScreening, NpdbDueRow, NpdbQuery, PractitionerScreening, ScreeningStanding } from '../../../shared/contract/screening';
import { npdbStanding, screeningOverdue, type NpdbKind } from '../../../shared/domain/exclusion-screening';
import { maskDateOfBirth } from '../../../shared/domain/masking';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { exclusionMatchEntity, npdbQueryEntity } from './entities';

const matchSelect = `
  SELECT m.id, m.staff_id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, s.npi AS staffNpi,
         s.date_of_birth AS staffDob, d.name AS departmentName, m.screening_id AS screeningId, x.list_name AS listName,
         x.screened_on AS screenedOn, m.basis, m.listed_name AS listedName, m.listed_npi AS listedNpi, m.listed_dob AS listedDob,
         m.listed_address AS listedAddress, m.listed_specialty AS listedSpecialty, m.excl_type AS exclType, m.excl_date AS exclDate,
         m.status, m.decided_by AS decidedBy, m.decided_on AS decidedOn, m.note
  FROM exclusion_matches m
  JOIN staff s ON s.id = m.staff_id
  JOIN departments d ON d.id = s.department_id
  JOIN exclusion_screenings x ON x.id = m.screening_id`;

type MatchSql = Omit<ExclusionMatch, 'staffName' | 'staffDobMasked'> & { givenName: string; familyName: string; degree: string | null; staffDob: string | null };
const toMatch = ({ givenName, familyName, degree, staffDob, ...row }: MatchSql): ExclusionMatch => ({
  ...row, staffName: displayName({ givenName, familyName, degree }), staffDobMasked: maskDateOfBirth(staffDob),
});

const screeningSelect = `SELECT id, list_kind AS listKind, list_name AS listName, file_name AS fileName, file_sha256 AS fileSha256,
  screened_on AS screenedOn, row_count AS rowCount, staff_screened AS staffScreened, match_count AS matchCount, near_misses AS nearMisses,
  created_at AS createdAt FROM exclusion_screenings`;

const npdbSelect = `SELECT q.id, q.staff_id AS staffId, q.queried_on AS queriedOn, q.kind, q.result, q.report_document_id AS reportDocumentId,
  a.file_name AS reportDocumentName, q.note, q.created_at AS createdAt
  FROM npdb_queries q LEFT JOIN attachments a ON a.id = q.report_document_id`;

/** How far ahead an NPDB query counts as due soon on the practitioner's profile. */
const npdbWarnDays = 30;

export function screeningRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const screeningById = db.prepare(`${screeningSelect} WHERE id = ?`);
  const screenings = db.prepare(`${screeningSelect} ORDER BY screened_on DESC, created_at DESC LIMIT 200`);
  const matchById = db.prepare(`${matchSelect} WHERE m.id = ?`);
  const matchesByStatus = db.prepare(`${matchSelect} WHERE m.status = ? ORDER BY x.screened_on DESC, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE`);
  const matchesOfStaff = db.prepare(`${matchSelect} WHERE m.staff_id = ? ORDER BY x.screened_on DESC`);
  const notScreened = db.prepare(`
    SELECT s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, d.name AS departmentName,
           s.last_screened_on AS lastScreenedOn,
           (SELECT count(*) FROM exclusion_matches m WHERE m.staff_id = s.id AND m.status = 'confirmed') AS confirmedExclusions,
           (SELECT count(*) FROM exclusion_matches m WHERE m.staff_id = s.id AND m.status = 'possible') AS possibleMatches
    FROM staff s JOIN departments d ON d.id = s.department_id
    WHERE s.status <> 'inactive' AND (s.last_screened_on IS NULL OR s.last_screened_on < @since)
    ORDER BY s.last_screened_on NULLS FIRST, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE`);
  const npdbOfStaff = db.prepare(`${npdbSelect} WHERE q.staff_id = ? ORDER BY q.queried_on DESC, q.created_at DESC`);
  const npdbById = db.prepare(`${npdbSelect} WHERE q.id = ?`);
  // The latest query of each appointed practitioner, in one pass: the due list never asks once per practitioner.
  const appointed = db.prepare(`
    SELECT s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, d.name AS departmentName,
           s.appointment_start AS appointmentStart, q.queried_on AS lastQueriedOn, q.kind AS lastKind
    FROM staff s JOIN departments d ON d.id = s.department_id
    LEFT JOIN (SELECT staff_id, queried_on, kind, row_number() OVER (PARTITION BY staff_id ORDER BY queried_on DESC, created_at DESC) AS n
               FROM npdb_queries) q ON q.staff_id = s.id AND q.n = 1
    WHERE s.status <> 'inactive' AND s.appointment_category IS NOT NULL`);
  const staffOf = db.prepare('SELECT appointment_start AS appointmentStart, appointment_category AS appointmentCategory, last_screened_on AS lastScreenedOn FROM staff WHERE id = ?');

  function screening(id: string): ExclusionScreening {
    const row = screeningById.get(id) as ExclusionScreening | undefined;
    if (!row) throw notFound('This screening');
    return row;
  }

  function match(id: string): ExclusionMatch {
    const row = matchById.get(id) as MatchSql | undefined;
    if (!row) throw notFound('This match');
    return toMatch(row);
  }

  type AppointedSql = { staffId: string; givenName: string; familyName: string; degree: string | null; departmentName: string; appointmentStart: string | null; lastQueriedOn: string | null; lastKind: NpdbKind | null };

  return {
    screening,
    match,
    screenings: () => screenings.all() as ExclusionScreening[],
    matches: (status: ExclusionMatch['status']) => (matchesByStatus.all(status) as MatchSql[]).map(toMatch),

    /** A decision on a match, with who made it and when; a decision can be revisited, the history keeps the first. */
    decide(id: string, decision: 'cleared' | 'confirmed', note: string): ExclusionMatch {
      store.transaction(() => {
        match(id);
        store.update(exclusionMatchEntity, id, { status: decision, decidedBy: store.actor, decidedOn: calendar.today(), note });
      });
      return match(id);
    },

    /** Active practitioners whose last screening is more than a month old, or who were never screened. */
    overdue(): ScreeningStanding[] {
      const today = calendar.today();
      // SQL narrows to those not screened today; the shared rule decides (a month is not a fixed number of days).
      const rows = notScreened.all({ since: today }) as (Omit<ScreeningStanding, 'staffName'> & { givenName: string; familyName: string; degree: string | null })[];
      return rows
        .filter((r) => screeningOverdue(r.lastScreenedOn, today))
        .map(({ givenName, familyName, degree, ...r }) => ({ ...r, staffName: displayName({ givenName, familyName, degree }) }));
    },

    forStaff(staffId: string): PractitionerScreening {
      const member = staffOf.get(staffId) as { appointmentStart: string | null; appointmentCategory: string | null; lastScreenedOn: string | null } | undefined;
      if (!member) throw notFound('This staff member');
      const today = calendar.today();
      const queries = npdbOfStaff.all(staffId) as NpdbQuery[];
      const last = queries[0] ? { queriedOn: queries[0].queriedOn, kind: queries[0].kind } : null;
      const standing = member.appointmentCategory ? npdbStanding(member.appointmentStart, last, today, npdbWarnDays) : null;
      return {
        lastScreenedOn: member.lastScreenedOn,
        screeningOverdue: screeningOverdue(member.lastScreenedOn, today),
        matches: (matchesOfStaff.all(staffId) as MatchSql[]).map(toMatch),
        npdbQueries: queries,
        npdbDueOn: standing?.dueOn ?? null,
        npdbState: standing?.state ?? 'not-appointed',
      };
    },

    recordNpdb(fields: { staffId: string; queriedOn: string; kind: NpdbKind; result: 'no-report' | 'report'; note: string | null; reportDocumentId: string | null }): NpdbQuery {
      const today = calendar.today();
      if (fields.queriedOn > today) {
        throw new AppError('INVALID_INPUT', `An NPDB query is recorded once it is made: ${fields.queriedOn} is after today (${today}).`, [{ path: 'queriedOn', message: `After today (${today})` }]);
      }
      if (!staffOf.get(fields.staffId)) throw notFound('This staff member');
      const id = store.insert(npdbQueryEntity, fields);
      return npdbById.get(id) as NpdbQuery;
    },

    npdbDue(withinDays: number): NpdbDueRow[] {
      const today = calendar.today();
      const rows: NpdbDueRow[] = [];
      for (const r of appointed.all() as AppointedSql[]) {
        const standing = npdbStanding(r.appointmentStart, r.lastQueriedOn && r.lastKind ? { queriedOn: r.lastQueriedOn, kind: r.lastKind } : null, today, withinDays);
        // Never queried is due at appointment: listed from `withinDays` before it begins.
        if (standing.state === 'current' || (standing.state === 'never' && standing.daysLeft > withinDays)) continue;
        rows.push({
          staffId: r.staffId, staffName: displayName(r), departmentName: r.departmentName, appointmentStart: r.appointmentStart, lastQueriedOn: r.lastQueriedOn,
          dueOn: standing.dueOn, daysLeft: standing.daysLeft, state: standing.state,
        });
      }
      return rows.sort((a, b) => a.daysLeft - b.daysLeft || a.staffName.localeCompare(b.staffName));
    },
  };
}
