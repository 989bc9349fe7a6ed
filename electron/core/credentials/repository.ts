// Reads and writes of credentials and verifications. Numbers leave this module masked, except through revealNumber.
import type { Credential, CredentialFields, CredentialListRow, CredentialTerm, Verification, VerificationQueueRow } from '../../../shared/contract/credentials';
import { addDays } from '../../../shared/domain/calendar-day';
import {
  credentialStatus, primarySourceVerifiedTypes, reverificationWindowDays, reverifiedAtReappointmentTypes, type CredentialType,
} from '../../../shared/domain/credentials';
import { credentialDateProblems, credentialProblems, type CredentialFacts } from '../../../shared/domain/credential-rules';
import { maskIdentifier } from '../../../shared/domain/masking';
import { reappointmentNoticeDays, reappointmentStatus } from '../../../shared/domain/reappointment';
import { displayName } from '../../../shared/domain/names';
import type { CoreContext } from '../context';
import { logReveal } from '../db/masked-fields';
import { notFound, refuseProblems } from '../errors';
import { organisationCalendar } from '../settings/today';
import { credentialEntity, credentialTermEntity, verificationEntity } from './entities';
import { isCurrentCredential, wasCurrentCredentialOn } from './current';

interface CredentialRow {
  id: string; staffId: string; type: CredentialType; title: string | null; number: string | null; issuer: string | null;
  jurisdiction: string | null; issuedOn: string | null; expiresOn: string | null; restrictions: string | null; registeredName: string | null;
  documentId: string | null; documentName: string | null; isCurrent: number; lastVerifiedOn: string | null;
  lastVerificationResult: Credential['lastVerificationResult']; lastConfirmedExpiresOn: string | null; createdAt: string; updatedAt: string;
}

const lastVerification = (alias: string, column: string) =>
  `(SELECT v.${column} FROM verifications v WHERE v.credential_id = ${alias}.id ORDER BY v.verified_on DESC, v.created_at DESC LIMIT 1)`;

const credentialSelect = `
  SELECT c.id, c.staff_id AS staffId, c.type, c.title, c.number, c.issuer, c.jurisdiction, c.issued_on AS issuedOn,
         c.expires_on AS expiresOn, c.restrictions, c.registered_name AS registeredName, c.document_id AS documentId, a.file_name AS documentName,
         ${isCurrentCredential('c')} AS isCurrent,
         ${lastVerification('c', 'verified_on')} AS lastVerifiedOn, ${lastVerification('c', 'result')} AS lastVerificationResult,
         ${lastVerification('c', 'confirmed_expires_on')} AS lastConfirmedExpiresOn, c.created_at AS createdAt, c.updated_at AS updatedAt
  FROM credentials c LEFT JOIN attachments a ON a.id = c.document_id`;

const listSelect = `
  SELECT c.id AS credentialId, s.id AS staffId, s.given_name AS givenName, s.family_name AS familyName, s.degree,
         d.name AS departmentName, c.type, c.title, c.jurisdiction, c.number, c.issued_on AS issuedOn, c.expires_on AS expiresOn,
         ${lastVerification('c', 'verified_on')} AS lastVerifiedOn, ${lastVerification('c', 'result')} AS lastResult
  FROM credentials c JOIN staff s ON s.id = c.staff_id JOIN departments d ON d.id = s.department_id`;

/** The list row with what the last check confirmed: read only by the queue, so the expirations board pays nothing for it. */
const queueSelect = listSelect.replace(' FROM credentials c', `, ${lastVerification('c', 'confirmed_expires_on')} AS lastConfirmedExpiresOn FROM credentials c`);

/** expiryPastVerified (shared/domain/credentials.ts) in SQL, on the queue's columns. */
const expiryPastVerified = `(expiresOn IS NOT lastConfirmedExpiresOn AND (lastConfirmedExpiresOn IS NULL OR expiresOn IS NULL OR expiresOn > lastConfirmedExpiresOn))`;

const primarySourceTypesSql = `(${[...primarySourceVerifiedTypes].map((t) => `'${t}'`).join(', ')})`;

type ListSqlRow = {
  credentialId: string; staffId: string; givenName: string; familyName: string; degree: string | null; departmentName: string;
  type: CredentialType; title: string | null; jurisdiction: string | null; number: string | null; issuedOn: string | null;
  expiresOn: string | null; lastVerifiedOn: string | null; lastResult: string | null; lastConfirmedExpiresOn?: string | null;
};

/** The expirations board's statement; the bench runs it bare as the floor for the handler. */
export const expirationsSql = `${listSelect}
    WHERE c.expires_on IS NOT NULL AND c.expires_on <= @until AND (@includeExpired = 1 OR c.expires_on >= @today)
      AND (@lapsedOnly = 0 OR c.expires_on < @today)
      AND s.status <> 'inactive' AND (@departmentId IS NULL OR s.department_id = @departmentId) AND ${wasCurrentCredentialOn('c', '@today')}
    ORDER BY c.expires_on, s.family_name COLLATE NOCASE, s.given_name COLLATE NOCASE`;

export function credentialsRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const byId = db.prepare(`${credentialSelect} WHERE c.id = ?`);
  const byStaff = db.prepare(`${credentialSelect} WHERE c.staff_id = ? ORDER BY c.type, c.expires_on DESC`);
  const numberOf = db.prepare('SELECT number FROM credentials WHERE id = ?').pluck();
  const currentOf = db.prepare(`SELECT c.type, c.number, c.issued_on AS issuedOn, c.expires_on AS expiresOn, c.registered_name AS registeredName,
      s.family_name AS familyName FROM credentials c JOIN staff s ON s.id = c.staff_id WHERE c.id = ?`);
  const familyNameOf = db.prepare('SELECT family_name FROM staff WHERE id = ?').pluck();
  const expiring = db.prepare(expirationsSql);
  const verificationColumns = `id, credential_id AS credentialId, kind, source, verified_on AS verifiedOn, verifier, method, result, notes,
    confirmed_expires_on AS confirmedExpiresOn, created_at AS createdAt`;
  const verificationsOf = db.prepare(`SELECT ${verificationColumns} FROM verifications WHERE credential_id = ? ORDER BY verified_on DESC, created_at DESC`);
  const verificationById = db.prepare(`SELECT ${verificationColumns} FROM verifications WHERE id = ?`);
  // Needs verification: never verified, the expiry moved past what the last check confirmed (a renewal, or an expiry
  // edited in place), or the last check did not verify. Only what is verified at the primary source queues at all.
  const needing = db.prepare(`SELECT * FROM (${queueSelect}
      WHERE s.status <> 'inactive' AND c.type IN ${primarySourceTypesSql} AND ${isCurrentCredential('c')} AND (c.expires_on IS NULL OR c.expires_on >= @today))
    WHERE lastVerifiedOn IS NULL OR ${expiryPastVerified} OR lastResult <> 'verified'
    ORDER BY familyName COLLATE NOCASE, givenName COLLATE NOCASE`);

  // Periodic verification: credentials last verified well before a reappointment that is due soon or overdue.
  const appointed = db.prepare(`SELECT id, appointment_start AS appointmentStart, appointment_end AS appointmentEnd FROM staff
    WHERE status <> 'inactive' AND (appointment_start IS NOT NULL OR appointment_end IS NOT NULL)`);
  // Only the practitioners whose reappointment is near: their ids come in as one JSON array, read by the staff index.
  const verifiedCurrent = db.prepare(`SELECT * FROM (${queueSelect}
      WHERE c.staff_id IN (SELECT value FROM json_each(@staffIds)) AND s.status <> 'inactive' AND ${isCurrentCredential('c')}
        AND (c.expires_on IS NULL OR c.expires_on >= @today))
    WHERE lastResult = 'verified' AND NOT ${expiryPastVerified}`);
  const termsOf = db.prepare(`SELECT t.id, t.credential_id AS credentialId, t.issued_on AS issuedOn, t.expires_on AS expiresOn, t.document_id AS documentId,
      a.file_name AS documentName, t.renewed_on AS renewedOn
    FROM credential_terms t LEFT JOIN attachments a ON a.id = t.document_id WHERE t.credential_id = ? ORDER BY t.expires_on DESC`);
  const termEnding = db.prepare('SELECT 1 FROM credential_terms WHERE credential_id = ? AND expires_on = ?').pluck();
  const renewalFacts = db.prepare('SELECT issued_on AS issuedOn, expires_on AS expiresOn, document_id AS documentId FROM credentials WHERE id = ?');

  /** Credentials to verify again before a reappointment falls due (or because it is overdue), with that due date. */
  function dueForPeriodicVerification(today: string): ListSqlRow[] {
    const settings = calendar.settings();
    const windowDays = reverificationWindowDays(settings);
    const dueOn = new Map<string, string>();
    for (const a of appointed.all() as { id: string; appointmentStart: string | null; appointmentEnd: string | null }[]) {
      const status = reappointmentStatus(a, today, settings.reappointmentCycleYears, reappointmentNoticeDays);
      if ((status.state === 'due-soon' || status.state === 'overdue') && status.dueOn) dueOn.set(a.id, status.dueOn);
    }
    if (dueOn.size === 0) return [];
    return (verifiedCurrent.all({ today, staffIds: JSON.stringify([...dueOn.keys()]) }) as ListSqlRow[]).filter((r) => {
      const due = dueOn.get(r.staffId);
      return !!due && reverifiedAtReappointmentTypes.has(r.type) && r.lastVerifiedOn! < addDays(due, -windowDays);
    });
  }

  type Rules = { credentialWarningDays: readonly number[]; practiceStates: readonly string[] };

  function toCredential(row: CredentialRow, today: string, { credentialWarningDays, practiceStates }: Rules): Credential {
    const { number, isCurrent, ...rest } = row;
    const status = credentialStatus({ ...row, isCurrent: isCurrent === 1 }, today, credentialWarningDays, practiceStates);
    return { ...rest, numberMasked: maskIdentifier(number), isCurrent: isCurrent === 1, status };
  }

  function toListRow(row: ListSqlRow, today: string, { credentialWarningDays, practiceStates }: Rules): CredentialListRow {
    return {
      credentialId: row.credentialId,
      staffId: row.staffId,
      staffName: displayName(row),
      degree: row.degree,
      departmentName: row.departmentName,
      type: row.type,
      title: row.title,
      jurisdiction: row.jurisdiction,
      numberMasked: maskIdentifier(row.number),
      issuedOn: row.issuedOn,
      expiresOn: row.expiresOn,
      status: credentialStatus(row, today, credentialWarningDays, practiceStates),
      lastVerifiedOn: row.lastVerifiedOn,
    };
  }

  function get(id: string): Credential {
    const row = byId.get(id) as CredentialRow | undefined;
    if (!row) throw notFound('This credential');
    return toCredential(row, calendar.today(), calendar.settings());
  }

  return {
    get,
    forStaff(staffId: string): Credential[] {
      const rules = calendar.settings();
      const today = calendar.today();
      return (byStaff.all(staffId) as CredentialRow[]).map((r) => toCredential(r, today, rules));
    },
    create(fields: CredentialFields, id?: string): string {
      // The contract checked the fields; only today (nothing issued in the future) is known here alone.
      const familyName = familyNameOf.get(fields.staffId) as string | undefined;
      if (familyName === undefined) throw notFound('This staff member');
      const facts = { type: fields.type, number: fields.number ?? null, issuedOn: fields.issuedOn ?? null, expiresOn: fields.expiresOn ?? null };
      refuseProblems(credentialProblems({ ...facts, registrantName: fields.registeredName || familyName }, calendar.today()));
      return store.insert(credentialEntity, fields, id);
    },
    update(id: string, patch: Partial<CredentialFields>): void {
      store.transaction(() => {
        const found = currentOf.get(id) as (CredentialFacts & { registeredName: string | null; familyName: string }) | undefined;
        if (!found) throw notFound('This credential');
        const { familyName, ...current } = found;
        // The record as it would be after the patch, judged whole (a patch of the number alone is still a DEA number), for
        // what the patch touches: a licence kept before these rules, with no expiry, can still have its restrictions edited.
        const merged = { ...current, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) } as CredentialFacts & { registeredName: string | null };
        const touched = new Set(Object.keys(patch));
        // A DEA number kept before the surname check stays editable: the check speaks only when the number, its type
        // or the name it is registered under is what the edit changes.
        const problems = credentialProblems({ ...merged, registrantName: merged.registeredName || familyName }, calendar.today());
        refuseProblems(problems.filter((p) => touched.has(p.path) || (p.path === 'expiresOn' && touched.has('issuedOn')) || (p.path === 'number' && touched.has('registeredName')) || touched.has('type')));
        store.update(credentialEntity, id, patch);
      });
    },
    /** Its verifications go with it (the store removes what depends on a record, each logged). */
    remove(id: string): void {
      store.remove(credentialEntity, id);
    },
    attach(id: string, documentId: string): void {
      store.update(credentialEntity, id, { documentId });
    },
    revealNumber(id: string): string | null {
      const number = numberOf.get(id) as string | null | undefined;
      if (number === undefined) throw notFound('This credential');
      logReveal(ctx, 'credential', id, 'number');
      return number;
    },
    /** `asOf`: the day the board stands on, e.g. a meeting's for its packet; default the organisation's today. */
    expirations(query: { withinDays: number; includeExpired: boolean; lapsedOnly?: boolean; departmentId?: string | undefined; asOf?: string }) {
      const today = query.asOf ?? calendar.today();
      const rules = calendar.settings();
      const lapsedOnly = query.lapsedOnly === true;
      const rows = expiring.all({
        today, until: addDays(today, query.withinDays), includeExpired: query.includeExpired || lapsedOnly ? 1 : 0, lapsedOnly: lapsedOnly ? 1 : 0,
        departmentId: query.departmentId ?? null,
      }) as ListSqlRow[];
      return { today, rows: rows.map((r) => toListRow(r, today, rules)) };
    },
    verificationsFor(credentialId: string): Verification[] {
      return verificationsOf.all(credentialId) as Verification[];
    },
    /** A check is dated on or after the credential's issue and not after today; left out, its confirmed expiry is the one on file. */
    recordVerification(fields: Omit<Verification, 'id' | 'createdAt' | 'confirmedExpiresOn'> & { confirmedExpiresOn?: string | null | undefined }): Verification {
      const credential = renewalFacts.get(fields.credentialId) as { issuedOn: string | null; expiresOn: string | null } | undefined;
      if (!credential) throw notFound('This credential');
      const today = calendar.today();
      const problems: { path: 'verifiedOn'; message: string }[] = [];
      if (fields.verifiedOn > today) {
        problems.push({ path: 'verifiedOn', message: `A verification cannot be dated in the future (${fields.verifiedOn} is after today, ${today})` });
      } else if (credential.issuedOn && fields.verifiedOn < credential.issuedOn) {
        problems.push({ path: 'verifiedOn', message: `A verification cannot be dated before the credential was issued (${fields.verifiedOn} is before ${credential.issuedOn})` });
      }
      refuseProblems(problems);
      const id = store.insert(verificationEntity, { ...fields, confirmedExpiresOn: fields.confirmedExpiresOn === undefined ? credential.expiresOn : fields.confirmedExpiresOn });
      return verificationById.get(id) as Verification;
    },
    /**
     * A new term: the one it ends is kept (its dates and document) as an earlier term, and the credential takes the new
     * dates. Its last verification confirmed the old expiry, so it needs verifying again. `putDocument` stores the new
     * term's document, and is called only once the renewal is known to be good, so a refused one stores nothing.
     */
    renew(id: string, term: { issuedOn?: string | null | undefined; expiresOn: string }, putDocument?: () => string): void {
      store.transaction(() => {
        const current = renewalFacts.get(id) as { issuedOn: string | null; expiresOn: string | null; documentId: string | null } | undefined;
        if (!current) throw notFound('This credential');
        const issuedOn = term.issuedOn === undefined ? current.issuedOn : term.issuedOn;
        const problems = credentialDateProblems({ issuedOn, expiresOn: term.expiresOn }, calendar.today());
        if (!current.expiresOn) {
          problems.push({ path: 'expiresOn', message: 'This credential has no expiry to renew: edit it instead' });
        } else if (term.expiresOn <= current.expiresOn) {
          problems.push({ path: 'expiresOn', message: `A renewal runs past the current term: the new expiry must be after ${current.expiresOn}` });
        }
        if (issuedOn && current.issuedOn && issuedOn < current.issuedOn) {
          problems.push({ path: 'issuedOn', message: `The new term cannot be issued before the current one was (${current.issuedOn})` });
        }
        refuseProblems(problems);
        // A term already kept with this expiry (the expiry was edited back, then renewed again) is not kept twice.
        if (!termEnding.get(id, current.expiresOn)) {
          store.insert(credentialTermEntity, { credentialId: id, issuedOn: current.issuedOn, expiresOn: current.expiresOn, documentId: current.documentId, renewedOn: calendar.today() });
        }
        // The old card proves the old term: the new term shows no document until its own is attached.
        store.update(credentialEntity, id, { issuedOn, expiresOn: term.expiresOn, documentId: putDocument ? putDocument() : null });
      });
    },
    terms(credentialId: string): CredentialTerm[] {
      if (!renewalFacts.get(credentialId)) throw notFound('This credential');
      return termsOf.all(credentialId) as CredentialTerm[];
    },
    needingVerification(limit: number): { total: number; rows: VerificationQueueRow[] } {
      const today = calendar.today();
      const rules = calendar.settings();
      const reasonOf = (r: ListSqlRow): VerificationQueueRow['reason'] =>
        r.lastVerifiedOn === null ? 'never-verified' : r.lastResult !== 'verified' ? 'last-check-failed' : 'expiry-past-verified';
      const queued = (needing.all({ today }) as ListSqlRow[]).map((r) => ({ row: r, reason: reasonOf(r) }));
      const periodic = dueForPeriodicVerification(today).map((r) => ({ row: r, reason: 'reappointment-due' as const }));
      // The same order as the queue's own statement: by family name, then given name.
      const byName = (a: { row: ListSqlRow }, b: { row: ListSqlRow }) =>
        a.row.familyName.localeCompare(b.row.familyName, undefined, { sensitivity: 'base' }) || a.row.givenName.localeCompare(b.row.givenName, undefined, { sensitivity: 'base' });
      const all = periodic.length ? [...queued, ...periodic].sort(byName) : queued;
      return {
        total: all.length,
        rows: all.slice(0, limit).map(({ row, reason }) => ({ ...toListRow(row, today, rules), reason })),
      };
    },
  };
}
