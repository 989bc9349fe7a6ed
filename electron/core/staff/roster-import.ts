// Roster import: map columns, check every row, then write the good rows in one transaction, matching practitioners on NPI.
import type { ColumnMapping, RosterField, RosterImportReport, RosterPreview, RowProblem } from '../../../shared/contract/roster-import';
import { requiredRosterFields, rosterFieldLabels, rosterFields } from '../../../shared/contract/roster-import';
import { StaffInput, type StaffFields, type StaffStatus } from '../../../shared/contract/staff';
import { credentialProblems, type CredentialFacts } from '../../../shared/domain/credential-rules';
import { credentialTypeLabels, type CredentialType } from '../../../shared/domain/credentials';
import { maskDateOfBirth, maskIdentifier } from '../../../shared/domain/masking';
import type { CoreContext } from '../context';
import { credentialEntity } from '../credentials/entities';
import { AppError } from '../errors';
import { organisationCalendar } from '../settings/today';
import { decodeBase64 } from '../attachments/attachment-store';
import { decodeRoster, parseRoster } from './roster-text';
import { readCategory, readDate, readStatus } from './roster-values';
import { staffEntity } from './entities';
import { staffRepository } from './repository';
import type { Job } from '../jobs/jobs';

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
  dateOfBirth: ['dateofbirth', 'dob', 'birthdate', 'born'],
};

/** A staff field as the contract names it → the roster column it came from, to name the column in a row's problem. */
const staffFieldToRoster: Partial<Record<keyof StaffFields, RosterField>> = {
  givenName: 'givenName', familyName: 'familyName', degree: 'degree', npi: 'npi', email: 'email', roleId: 'role', departmentId: 'department',
  specialty: 'specialty', hireDate: 'hireDate', status: 'status', appointmentCategory: 'appointmentCategory',
  appointmentStart: 'appointmentStart', appointmentEnd: 'appointmentEnd', dateOfBirth: 'dateOfBirth',
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
  staff: Partial<Omit<StaffFields, 'status'>> & Pick<StaffFields, 'givenName' | 'familyName' | 'roleId' | 'departmentId'> & { status: StaffStatus | null };
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
  const calendar = organisationCalendar(ctx);
  const departments = db.prepare('SELECT id, code, name, retired_on AS retiredOn FROM departments').all() as { id: string; code: string; name: string; retiredOn: string | null }[];
  const roles = db.prepare('SELECT id, name, retired_on AS retiredOn FROM roles').all() as { id: string; name: string; retiredOn: string | null }[];
  const findCredential = db.prepare(
    `SELECT id, type, number, issued_on AS issuedOn, expires_on AS expiresOn, registered_name AS registeredName FROM credentials WHERE staff_id = ? AND type = ? AND jurisdiction IS ? AND title IS ? ORDER BY expires_on DESC LIMIT 1`,
  );
  type OnFile = CredentialFacts & { id: string; registeredName: string | null };
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
      }
      if (rowProblems.length === 0 && plan) plans.push(plan);
      else problems.push({ line, reason: rowProblems.join('; ') });
      if (sample.length < 25) sample.push({ line, values: maskedValues(values), problems: rowProblems });
    }
    problems.sort((a, b) => a.line - b.line);
    return { encoding, delimiter: parsed.delimiter, headers: parsed.headers, mapping, rowCount: parsed.rows.length, plans, problems, sample };
  }

  /**
   * Each credential as it would be kept, judged by the same rule as the Add credential form: a renewal updates the one
   * on file and keeps what the row leaves blank, so the merged record is what must make sense.
   */
  function checkCredentials(npi: string, familyName: string, credentials: CredentialPlan[], problems: string[]): void {
    const staffId = staff.idByNpi(npi);
    const today = calendar.today();
    for (const credential of credentials) {
      const onFile = staffId ? credentialOnFile(staffId, credential) : undefined;
      const merged = onFile ? { ...onFile, ...withoutEmpty(credential) } : credential;
      // The DEA surname check speaks when the row brings a number; one kept on file from before the check stays as it is.
      const registrantName = credential.number ? onFile?.registeredName || familyName : null;
      for (const problem of credentialProblems({ ...merged, registrantName }, today)) {
        problems.push(`${credentialTypeLabels[credential.type]}: ${lowerFirst(problem.message)}${onFile ? ' (with what is on file)' : ''}`);
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
    need('givenName');
    need('familyName');
    need('npi');
    const roleName = need('role');
    const role = roles.find((r) => r.name.toLowerCase() === roleName.toLowerCase());
    if (roleName && !role) problems.push(`Role "${roleName}" is not one of this hospital's roles: add it under Staff & Credentials → Organisation`);
    else if (role?.retiredOn) problems.push(`Role "${role.name}" is retired`);
    const departmentName = need('department');
    const department = departments.find((d) => d.name.toLowerCase() === departmentName.toLowerCase() || d.code.toLowerCase() === departmentName.toLowerCase());
    if (departmentName && !department) problems.push(`Department "${departmentName}" does not exist here: add it under Staff & Credentials → Organisation`);
    else if (department?.retiredOn) problems.push(`Department "${department.name}" is retired`);
    const status = v.status ? readStatus(v.status) : null;
    if (status === undefined) problems.push(`Status "${v.status}" is not active, leave or inactive`);
    const appointmentCategory = v.appointmentCategory ? readCategory(v.appointmentCategory) : null;
    if (appointmentCategory === undefined) problems.push(`Appointment category "${v.appointmentCategory}" is not active, provisional, courtesy, consulting or AHP`);
    // The words and dates read, the row is judged by the contract's own schema for a staff member: one definition of
    // a valid NPI, email or appointment, whether typed on screen or imported.
    const parsed = StaffInput.safeParse({
      givenName: v.givenName ?? '', familyName: v.familyName ?? '', npi: v.npi?.replace(/\s/g, '') ?? null, email: v.email ?? null,
      degree: v.degree ?? null, specialty: v.specialty ?? null, roleId: role?.id ?? 'unknown', departmentId: department?.id ?? 'unknown',
      hireDate: date('hireDate'), appointmentStart: date('appointmentStart'), appointmentEnd: date('appointmentEnd'),
      ...(status ? { status } : {}), appointmentCategory: appointmentCategory ?? null, dateOfBirth: date('dateOfBirth'),
    });
    const dateOfBirth = parsed.success ? parsed.data.dateOfBirth : null;
    if (dateOfBirth && dateOfBirth > calendar.today()) problems.push(`Date of birth "${v.dateOfBirth}" is after today`);
    if (!parsed.success) {
      const named = new Set<string>();
      for (const issue of parsed.error.issues) {
        const column = staffFieldToRoster[issue.path[0] as keyof StaffFields];
        // A blank required cell is already named as empty; one sentence per cell is enough.
        if ((column && !v[column] && requiredRosterFields.includes(column)) || named.has(String(column))) continue;
        named.add(String(column));
        const raw = column && v[column];
        problems.push(`${column ? rosterFieldLabels[column] : 'Row'}${raw ? ` "${raw}"` : ''}: ${lowerFirst(issue.message)}`);
      }
    }

    const credentials: CredentialPlan[] = [];
    const licenseIssued = date('licenseIssued');
    const licenseExpires = date('licenseExpires');
    if (v.licenseNumber || licenseExpires) {
      credentials.push({ type: 'state-license', title: null, number: v.licenseNumber ?? null, issuer: null, jurisdiction: v.licenseState?.toUpperCase() ?? null, issuedOn: licenseIssued, expiresOn: licenseExpires });
    }
    const deaExpires = date('deaExpires');
    if (v.deaNumber || deaExpires) {
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

    if (problems.length === 0) checkCredentials(v.npi!.replace(/\s/g, ''), v.familyName ?? '', credentials, problems);
    if (problems.length || !parsed.success || !role || !department) return null;
    const { status: _status, ...fields } = parsed.data;
    return { line, npi: fields.npi!, staff: { ...fields, status: status ?? null }, credentials };
  }

  return {
    preview(dataBase64: string, mapping?: ColumnMapping): RosterPreview {
      const checked = check(dataBase64, mapping);
      const willUpdate = checked.plans.filter((p) => staff.idByNpi(p.npi)).length;
      const { plans, ...rest } = checked;
      return { ...rest, validCount: plans.length, willCreate: plans.length - willUpdate, willUpdate };
    },

    /** `job` sees each 100 rows written; a cancel there rolls the one transaction back, so nothing of the file is kept. */
    commit(dataBase64: string, mapping?: ColumnMapping, job?: Job): RosterImportReport {
      job?.report('Checking the rows', 0, 0);
      const { plans, problems } = check(dataBase64, mapping);
      const report: RosterImportReport = { created: 0, updated: 0, unchanged: 0, credentialsWritten: 0, problems };
      store.transaction(() => {
        for (const [index, plan] of plans.entries()) {
          if (job && index % 100 === 0) {
            job.report('Importing practitioners', index, plans.length);
            job.checkpoint();
          }
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

/** A sentence continued after a colon: "NPI: this NPI fails…" (an acronym such as DEA keeps its capitals). */
const lowerFirst = (sentence: string) => sentence.replace(/^[A-Z](?=[a-z ])/, (c) => c.toLowerCase());

/** Licence and DEA numbers as the preview shows them: masked, like every other list. */
function maskedValues(values: Partial<Record<RosterField, string>>): Partial<Record<RosterField, string>> {
  const masked = { ...values };
  if (masked.licenseNumber) masked.licenseNumber = maskIdentifier(masked.licenseNumber)!;
  if (masked.deaNumber) masked.deaNumber = maskIdentifier(masked.deaNumber)!;
  if (masked.dateOfBirth) masked.dateOfBirth = maskDateOfBirth(readDateOrRaw(masked.dateOfBirth))!;
  return masked;
}

/** A blank roster cell means "not given", not "erase what is on file". */
function withoutEmpty<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== null)) as Partial<T>;
}

/** A cell as an ISO date when it reads as one (so the mask keeps the year), else as typed. */
function readDateOrRaw(cell: string): string {
  const read = readDate(cell);
  return 'value' in read && read.value ? read.value : cell;
}
