// Suspensions recorded on practitioners, and the lapses that suspend by the bylaws with nothing recorded for them yet.
import type { Suspension, SuspensionFields, UnrecordedLapse } from '../../../shared/contract/suspensions';
import { credentialTypeLabels } from '../../../shared/domain/credentials';
import { type LapseScope } from '../../../shared/domain/lapse-scope';
import { displayName } from '../../../shared/domain/names';
import { lapseSuspendedFrom, suspensionDateProblems } from '../../../shared/domain/suspension-rules';
import type { CoreContext } from '../context';
import { AppError, notFound, refuseProblems } from '../errors';
import { credentialsRepository } from '../credentials/repository';
import { organisationCalendar } from '../settings/today';
import { suspensionEntity } from './entities';

interface SuspensionRow {
  id: string; staffId: string; givenName: string; familyName: string; degree: string | null; departmentName: string;
  credentialId: string | null; scope: LapseScope; reason: string; startedOn: string; noticeSentOn: string | null;
  reinstatedOn: string | null; reinstatementNote: string | null; notes: string | null; createdAt: string; updatedAt: string;
}

const select = `
  SELECT su.id, su.staff_id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree, d.name AS departmentName,
         su.credential_id AS credentialId, su.scope, su.reason, su.started_on AS startedOn, su.notice_sent_on AS noticeSentOn,
         su.reinstated_on AS reinstatedOn, su.reinstatement_note AS reinstatementNote, su.notes, su.created_at AS createdAt, su.updated_at AS updatedAt
  FROM suspensions su JOIN staff s ON s.id = su.staff_id JOIN departments d ON d.id = s.department_id`;

const articled = (scope: LapseScope) => (scope === 'all-privileges' ? 'all privileges' : 'controlled-substance prescribing');

export function suspensionsRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const credentials = credentialsRepository(ctx);
  const byId = db.prepare(`${select} WHERE su.id = ?`);
  const byStaff = db.prepare(`${select} WHERE su.staff_id = ? ORDER BY su.reinstated_on IS NOT NULL, su.started_on DESC, su.created_at DESC`);
  const inForce = db.prepare(`${select} WHERE su.started_on <= @today AND su.reinstated_on IS NULL AND s.status <> 'inactive'
      AND (@staffId IS NULL OR su.staff_id = @staffId)
    ORDER BY s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE, su.started_on`);
  const staffExists = db.prepare('SELECT 1 FROM staff WHERE id = ?').pluck();
  // A suspension recorded for a credential's present lapse started after its expiry; one from an earlier lapse of the
  // same record (since renewed by a later expiry) started on or before it and does not count.
  const recordedForLapse = db.prepare(`SELECT su.credential_id FROM suspensions su JOIN credentials c ON c.id = su.credential_id
    WHERE su.started_on > c.expires_on`).pluck();

  /** The causing credential as it stands now; null when none, or since deleted. */
  function cause(credentialId: string | null): { label: string; expiresOn: string | null; resolved: boolean } | null {
    if (!credentialId) return null;
    try {
      const c = credentials.get(credentialId);
      return { label: [credentialTypeLabels[c.type], c.jurisdiction].filter(Boolean).join(' — '), expiresOn: c.expiresOn, resolved: c.status.suspends === null };
    } catch {
      return null;
    }
  }

  function toSuspension(row: SuspensionRow, today: string): Suspension {
    const { givenName, familyName, degree, ...rest } = row;
    const c = cause(row.credentialId);
    return {
      ...rest,
      staffName: displayName({ givenName, familyName, degree }),
      credentialLabel: c?.label ?? null,
      credentialExpiresOn: c?.expiresOn ?? null,
      active: row.startedOn <= today && row.reinstatedOn === null,
      causeResolved: c?.resolved ?? false,
    };
  }

  function get(id: string): Suspension {
    const row = byId.get(id) as SuspensionRow | undefined;
    if (!row) throw notFound('This suspension');
    return toSuspension(row, calendar.today());
  }

  function unrecordedLapses(staffId?: string): UnrecordedLapse[] {
    const recorded = new Set(recordedForLapse.all() as string[]);
    const { rows } = credentials.expirations({ withinDays: 1, includeExpired: true, lapsedOnly: true });
    return rows.flatMap((r) =>
      r.status.suspends && r.expiresOn && !recorded.has(r.credentialId) && (!staffId || r.staffId === staffId)
        ? [{ ...r, scope: r.status.suspends, suspendedFrom: lapseSuspendedFrom(r.expiresOn) }]
        : [],
    );
  }

  /** For a lapse: the credential is this practitioner's, it has lapsed here, and the scope and start follow from it. */
  function checkLapse(fields: SuspensionFields, credentialId: string): void {
    const credential = (() => {
      try {
        return credentials.get(credentialId);
      } catch {
        throw new AppError('INVALID_INPUT', 'That credential was not found. It may have been deleted on another device.', [{ path: 'credentialId', message: 'Not found' }]);
      }
    })();
    const name = credentialTypeLabels[credential.type];
    const refuse = (path: string, message: string) => refuseProblems([{ path, message }]);
    if (credential.staffId !== fields.staffId) refuse('credentialId', `That ${name} belongs to another practitioner`);
    const scope = credential.status.suspends;
    if (!scope || !credential.expiresOn) {
      refuse('credentialId', credential.status.state === 'expired'
        ? `This ${name} suspends nothing here (renewed since, or from a state the organisation does not practise in)`
        : `This ${name} has not lapsed: it is valid through ${credential.expiresOn ?? 'no expiry'}`);
      return;
    }
    if (fields.scope !== scope) {
      refuse('scope', `A lapsed ${name} suspends ${articled(scope)}, not ${articled(fields.scope)}; record a suspension for cause for more`);
    }
    const from = lapseSuspendedFrom(credential.expiresOn);
    if (fields.startedOn < from) refuse('startedOn', `The ${name} was valid through ${credential.expiresOn}: its suspension starts on ${from} at the earliest`);
    if (unrecordedLapses(fields.staffId).every((l) => l.credentialId !== credentialId)) {
      throw new AppError('CONFLICT', `A suspension is already recorded for this lapse of the ${name}.`);
    }
  }

  return {
    get,
    unrecordedLapses,
    forStaff(staffId: string): Suspension[] {
      const today = calendar.today();
      return (byStaff.all(staffId) as SuspensionRow[]).map((r) => toSuspension(r, today));
    },
    current(staffId?: string): Suspension[] {
      const today = calendar.today();
      return (inForce.all({ today, staffId: staffId ?? null }) as SuspensionRow[]).map((r) => toSuspension(r, today));
    },
    record(fields: SuspensionFields): Suspension {
      const id = store.transaction(() => {
        if (!staffExists.get(fields.staffId)) throw notFound('This staff member');
        refuseProblems(suspensionDateProblems(fields, calendar.today()));
        if (fields.credentialId) checkLapse(fields, fields.credentialId);
        return store.insert(suspensionEntity, {
          staffId: fields.staffId, credentialId: fields.credentialId ?? null, scope: fields.scope, reason: fields.reason,
          startedOn: fields.startedOn, noticeSentOn: fields.noticeSentOn ?? null, reinstatedOn: null, reinstatementNote: null, notes: fields.notes ?? null,
        });
      });
      return get(id);
    },
    recordNotice(id: string, noticeSentOn: string): Suspension {
      store.transaction(() => {
        const s = get(id);
        refuseProblems(suspensionDateProblems({ startedOn: s.startedOn, noticeSentOn }, calendar.today()));
        store.update(suspensionEntity, id, { noticeSentOn });
      });
      return get(id);
    },
    reinstate(id: string, reinstatedOn: string, note: string | null): Suspension {
      store.transaction(() => {
        const s = get(id);
        if (s.reinstatedOn) throw new AppError('CONFLICT', `This suspension was already reinstated on ${s.reinstatedOn}.`);
        refuseProblems(suspensionDateProblems({ startedOn: s.startedOn, reinstatedOn }, calendar.today()));
        // A lapse is resolved by its renewal, which the record shows; a suspension for cause only by the director's word.
        if (s.credentialId && s.credentialLabel && !s.causeResolved) {
          refuseProblems([{ path: 'reinstatedOn', message: `The ${s.credentialLabel} is still lapsed (expired ${s.credentialExpiresOn}): record its renewal first, then reinstate` }]);
        }
        if ((!s.credentialId || !s.credentialLabel) && !note) {
          refuseProblems([{ path: 'note', message: 'Say why the suspension ends (the decision that lifted it): a suspension for cause is reinstated on a note' }]);
        }
        store.update(suspensionEntity, id, { reinstatedOn, reinstatementNote: note });
      });
      return get(id);
    },
  };
}
