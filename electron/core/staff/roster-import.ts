// Roster import: map columns, check every row, then write the good rows in one transaction, matching practitioners on NPI.
import type { ColumnMapping, RosterField, RosterImportReport, RosterPreview, RowProblem } from '../../../shared/contract/roster-import';
import { requiredRosterFields, rosterFieldLabels, rosterFields } from '../../../shared/contract/roster-import';
import type { StaffFields, StaffStatus } from '../../../shared/contract/staff';
import { credentialTypeLabels, type CredentialType } from '../../../shared/domain/credentials';
import { isValidDeaNumber } from '../../../shared/domain/dea';
import { maskIdentifier } from '../../../shared/domain/masking';
import { isValidNpi } from '../../../shared/domain/npi';
import type { CoreContext } from '../context';
import { credentialEntity } from '../credentials/entities';
import { AppError } from '../errors';
import { decodeBase64 } from '../attachments/attachment-store';
import { decodeRoster, parseRoster } from './roster-text';
import { readCategory, readDate, readStatus } from './roster-values';
import { staffEntity } from './entities';
import { staffRepository } from './repository';

/** Header words that commonly name each field in exported rosters (compared without case, spaces or punctuation). */
const headerSynonyms: Record<RosterField, string[]> = {
  givenName: ['givenname', 'firstname', 'first', 'forename'],
  familyName: ['familyname', 'lastname', 'last', 'surname'],
  degree: ['degree', 'credentials', 'suffix', 'title'],
  npi: ['npi', 'npinumber', 'nationalprovideridentifier'],
  email: ['email', 'emailaddress', 'mail'],
  role: ['role', 'position', 'jobtitle', 'stafftype', 'providertype'],
  department: ['department', 'dept', 'section', 'service'],
  specialty: ['specialty', 'speciality', 'primaryspecialty'],
  hireDate: ['hiredate', 'startdate', 'datehired'],
  status: ['status', 'staffstatus', 'employmentstatus'],
  appointmentCategory: ['appointmentcategory', 'category', 'staffcategory', 'membershipcategory'],
  appointmentStart: ['appointmentstart', 'appointed', 'appointmentdate', 'appointedon'],
  appointmentEnd: ['appointmentend', 'reappointmentdue', 'appointmentexpires', 'reappointmentdate'],
  licenseNumber: ['licensenumber', 'licencenumber', 'statelicense', 'statelicence', 'license', 'licence', 'medicallicense'],
  licenseState: ['licensestate', 'licencestate', 'state'],
  licenseIssued: ['licenseissued', 'licenceissued', 'licenseissuedate'],
  licenseExpires: ['licenseexpires', 'licenceexpires', 'licenseexpiration', 'licenseexpirationdate', 'licenseexp'],
  deaNumber: ['deanumber', 'dea', 'dearegistration'],
  deaExpires: ['deaexpires', 'deaexpiration', 'deaexpirationdate', 'deaexp'],
  boardCertification: ['boardcertification', 'board', 'boardcertified', 'certifyingboard'],
  boardExpires: ['boardexpires', 'boardexpiration', 'boardexp'],
  malpracticeCarrier: ['malpracticecarrier', 'insurancecarrier', 'carrier', 'malpractice'],
  malpracticeExpires: ['malpracticeexpires', 'malpracticeexpiration', 'insuranceexpires', 'coverageexpires'],
  blsExpires: ['blsexpires', 'bls', 'blsexpiration'],
  aclsExpires: ['aclsexpires', 'acls', 'aclsexpiration'],
};

const squash = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');

export function guessMapping(headers: string[]): ColumnMapping {
  const mapping: ColumnMapping = {};
  const taken = new Set<string>();
  for (const field of rosterFields) {
    const header = headers.find((h) => !taken.has(h) && headerSynonyms[field].includes(squash(h)));
    if (header) {
      mapping[field] = header;
      taken.add(header);
    }
  }
  return mapping;
}

interface CredentialPlan {
  type: CredentialType;
  title: string | null;
  number: string | null;
  issuer: string | null;
  jurisdiction: string | null;
  issuedOn: string | null;
  expiresOn: string | null;
}

interface RowPlan {
  line: number;
  npi: string;
  /** status is null when the row does not give one: a new practitioner is then active, one on file keeps theirs. */
  staff: Omit<StaffFields, 'roleId' | 'departmentId' | 'status'> & { roleId: string; departmentId: string; status: StaffStatus | null };
  credentials: CredentialPlan[];
}

interface CheckedRoster {
  encoding: RosterPreview['encoding'];
  delimiter: string;
  headers: string[];
  mapping: ColumnMapping;
  rowCount: number;
  plans: RowPlan[];
  problems: RowProblem[];
  sample: RosterPreview['sample'];
}

export function rosterImporter(ctx: CoreContext) {
  const { db, store } = ctx;
  const staff = staffRepository(ctx);
  const departments = db.prepare('SELECT id, code, name FROM departments').all() as { id: string; code: string; name: string }[];
  const roles = db.prepare('SELECT id, name FROM roles').all() as { id: string; name: string }[];
  const findCredential = db.prepare(
    `SELECT id, issued_on AS issuedOn, expires_on AS expiresOn FROM credentials WHERE staff_id = ? AND type = ? AND jurisdiction IS ? AND title IS ? ORDER BY expires_on DESC LIMIT 1`,
  );
  type OnFile = { id: string; issuedOn: string | null; expiresOn: string | null };
  const credentialOnFile = (staffId: string, c: CredentialPlan) => findCredential.get(staffId, c.type, c.jurisdiction, c.title) as OnFile | undefined;

  function check(dataBase64: string, given?: ColumnMapping): CheckedRoster {
    const { encoding, text } = decodeRoster(decodeBase64(dataBase64));
    const parsed = parseRoster(text);
    const mapping = given ?? guessMapping(parsed.headers);
    const missingHeaders = Object.values(mapping).filter((h) => h && !parsed.headers.includes(h));
    if (missingHeaders.length) throw new AppError('INVALID_INPUT', `The file has no column named ${missingHeaders.map((h) => `"${h}"`).join(', ')}.`);
    const unmapped = requiredRosterFields.filter((f) => !mapping[f]);
    if (unmapped.length) {
      throw new AppError('INVALID_INPUT', `Choose the column for ${unmapped.map((f) => rosterFieldLabels[f]).join(', ')}: they are needed for every practitioner.`);
    }
    const columnOf = Object.fromEntries(Object.entries(mapping).map(([field, header]) => [field, parsed.headers.indexOf(header!)])) as Partial<Record<RosterField, number>>;

    const problems: RowProblem[] = [...parsed.problems];
    const plans: RowPlan[] = [];
    const sample: RosterPreview['sample'] = [];
    const firstLineOfNpi = new Map<string, number>();
    for (const { line, cells } of parsed.rows) {
      const values: Partial<Record<RosterField, string>> = {};
      for (const field of rosterFields) {
        const index = columnOf[field];
        if (index !== undefined && index >= 0 && cells[index]) values[field] = cells[index];
      }
      const rowProblems: string[] = [];
      const plan = planRow(line, values, rowProblems);
      if (plan) {
        const seen = firstLineOfNpi.get(plan.npi);
        if (seen !== undefined) rowProblems.push(`NPI ${plan.npi} is also on line ${seen}`);
        else firstLineOfNpi.set(plan.npi, line);
        checkAgainstFile(plan, rowProblems);
      }
      if (rowProblems.length === 0 && plan) plans.push(plan);
      else problems.push({ line, reason: rowProblems.join('; ') });
      if (sample.length < 25) sample.push({ line, values: maskedValues(values), problems: rowProblems });
    }
    problems.sort((a, b) => a.line - b.line);
    return { encoding, delimiter: parsed.delimiter, headers: parsed.headers, mapping, rowCount: parsed.rows.length, plans, problems, sample };
  }

  /** A renewal updates the credential on file, keeping what the row leaves blank: the merged dates must still make sense. */
  function checkAgainstFile(plan: RowPlan, problems: string[]): void {
    const staffId = staff.idByNpi(plan.npi);
    if (!staffId) return;
    for (const credential of plan.credentials) {
      const onFile = credentialOnFile(staffId, credential);
      if (!onFile) continue;
      const issuedOn = credential.issuedOn ?? onFile.issuedOn;
      const expiresOn = credential.expiresOn ?? onFile.expiresOn;
      if (issuedOn && expiresOn && expiresOn < issuedOn) {
        problems.push(`The ${credentialTypeLabels[credential.type].toLowerCase()} would expire (${expiresOn}) before it was issued (${issuedOn}, as on file)`);
      }
    }
  }

  function planRow(line: number, v: Partial<Record<RosterField, string>>, problems: string[]): RowPlan | null {
    const need = (field: RosterField) => {
      if (!v[field]) problems.push(`${rosterFieldLabels[field]} is empty`);
      return v[field] ?? '';
    };
    const date = (field: RosterField) => {
      if (!v[field]) return null;
      const read = readDate(v[field]);
      if ('error' in read) {
        problems.push(`${rosterFieldLabels[field]}: ${read.error}`);
        return null;
      }
      return read.value;
    };
    const givenName = need('givenName');
    const familyName = need('familyName');
    const npi = need('npi').replace(/\s/g, '');
    if (npi && !isValidNpi(npi)) problems.push(/^\d{10}$/.test(npi) ? `NPI ${npi} fails its check digit` : `NPI "${npi}" is not ten digits`);
    const roleName = need('role');
    const role = roles.find((r) => r.name.toLowerCase() === roleName.toLowerCase());
    if (roleName && !role) problems.push(`Role "${roleName}" is not one of this hospital's roles`);
    const departmentName = need('department');
    const department = departments.find((d) => d.name.toLowerCase() === departmentName.toLowerCase() || d.code.toLowerCase() === departmentName.toLowerCase());
    if (departmentName && !department) problems.push(`Department "${departmentName}" does not exist here`);
    const status = v.status ? readStatus(v.status) : null;
    if (status === undefined) problems.push(`Status "${v.status}" is not active, leave or inactive`);
    const appointmentCategory = v.appointmentCategory ? readCategory(v.appointmentCategory) : null;
    if (appointmentCategory === undefined) problems.push(`Appointment category "${v.appointmentCategory}" is not active, provisional, courtesy, consulting or AHP`);
    if (v.email && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email)) problems.push(`Email "${v.email}" is not an email address`);
    const hireDate = date('hireDate');
    const appointmentStart = date('appointmentStart');
    const appointmentEnd = date('appointmentEnd');
    if (appointmentStart && appointmentEnd && appointmentEnd < appointmentStart) problems.push('The appointment ends before it starts');

    const credentials: CredentialPlan[] = [];
    const licenseIssued = date('licenseIssued');
    const licenseExpires = date('licenseExpires');
    if (v.licenseNumber || licenseExpires) {
      if (licenseIssued && licenseExpires && licenseExpires < licenseIssued) problems.push(`The licence expires (${licenseExpires}) before it was issued (${licenseIssued})`);
      credentials.push({ type: 'state-license', title: null, number: v.licenseNumber ?? null, issuer: null, jurisdiction: v.licenseState?.toUpperCase() ?? null, issuedOn: licenseIssued, expiresOn: licenseExpires });
    }
    const deaExpires = date('deaExpires');
    if (v.deaNumber || deaExpires) {
      // Masked even here: the problem list is a list, and it is shown and kept after the import.
      if (v.deaNumber && !isValidDeaNumber(v.deaNumber)) problems.push(`DEA number ${maskIdentifier(v.deaNumber)} fails its check digit`);
      credentials.push({ type: 'dea', title: null, number: v.deaNumber?.toUpperCase() ?? null, issuer: 'DEA', jurisdiction: null, issuedOn: null, expiresOn: deaExpires });
    }
    const boardExpires = date('boardExpires');
    if (v.boardCertification || boardExpires) credentials.push({ type: 'board-certification', title: v.boardCertification ?? null, number: null, issuer: null, jurisdiction: null, issuedOn: null, expiresOn: boardExpires });
    const malpracticeExpires = date('malpracticeExpires');
    if (v.malpracticeCarrier || malpracticeExpires) credentials.push({ type: 'malpractice', title: null, number: null, issuer: v.malpracticeCarrier ?? null, jurisdiction: null, issuedOn: null, expiresOn: malpracticeExpires });
    const blsExpires = date('blsExpires');
    if (blsExpires) credentials.push({ type: 'bls', title: null, number: null, issuer: null, jurisdiction: null, issuedOn: null, expiresOn: blsExpires });
    const aclsExpires = date('aclsExpires');
    if (aclsExpires) credentials.push({ type: 'acls', title: null, number: null, issuer: null, jurisdiction: null, issuedOn: null, expiresOn: aclsExpires });

    if (problems.length || !role || !department || status === undefined || appointmentCategory === undefined) return null;
    return {
      line,
      npi,
      staff: {
        givenName, familyName, npi, status, appointmentCategory, appointmentStart, appointmentEnd, hireDate,
        degree: v.degree ?? null, specialty: v.specialty ?? null, email: v.email ?? null, roleId: role.id, departmentId: department.id,
      },
      credentials,
    };
  }

  return {
    preview(dataBase64: string, mapping?: ColumnMapping): RosterPreview {
      const checked = check(dataBase64, mapping);
      const willUpdate = checked.plans.filter((p) => staff.idByNpi(p.npi)).length;
      const { plans, ...rest } = checked;
      return { ...rest, validCount: plans.length, willCreate: plans.length - willUpdate, willUpdate };
    },

    commit(dataBase64: string, mapping?: ColumnMapping): RosterImportReport {
      const { plans, problems } = check(dataBase64, mapping);
      const report: RosterImportReport = { created: 0, updated: 0, unchanged: 0, credentialsWritten: 0, problems };
      store.transaction(() => {
        for (const plan of plans) {
          const existing = staff.idByNpi(plan.npi);
          let staffId: string;
          if (existing) {
            staffId = existing;
            const changed = store.update(staffEntity, existing, withoutEmpty(plan.staff));
            if (changed.length) report.updated++;
            else report.unchanged++;
          } else {
            staffId = staff.create({ ...plan.staff, status: plan.staff.status ?? 'active' });
            report.created++;
          }
          for (const credential of plan.credentials) {
            const id = credentialOnFile(staffId, credential)?.id;
            // A roster carries the current credential: the same kind again is a renewal of the one on file.
            if (id) report.credentialsWritten += store.update(credentialEntity, id, withoutEmpty(credential)).length ? 1 : 0;
            else {
              store.insert(credentialEntity, { ...credential, staffId });
              report.credentialsWritten++;
            }
          }
        }
      });
      return report;
    },
  };
}

/** Licence and DEA numbers as the preview shows them: masked, like every other list. */
function maskedValues(values: Partial<Record<RosterField, string>>): Partial<Record<RosterField, string>> {
  const masked = { ...values };
  if (masked.licenseNumber) masked.licenseNumber = maskIdentifier(masked.licenseNumber)!;
  if (masked.deaNumber) masked.deaNumber = maskIdentifier(masked.deaNumber)!;
  return masked;
}

/** A blank roster cell means "not given", not "erase what is on file". */
function withoutEmpty<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as Partial<T>;
}
