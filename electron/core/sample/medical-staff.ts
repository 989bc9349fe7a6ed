// The sample hospital's credentials, verifications, privileges and evaluations, placed around "today" so every
// status the screens show (current, each reminder band, lapsed, unverified, overdue evaluation) is there to see.
import { addDays, addYears } from '../../../shared/domain/calendar-day';
import type { CredentialType } from '../../../shared/domain/credentials';
import { credentialEntity, credentialTermEntity, verificationEntity } from '../credentials/entities';
import { fppePeriodFrom, temporaryPrivilegeMaxDays } from '../../../shared/domain/evaluations';
import { evaluationEntity, privilegeEntity } from '../privileges/entities';
import { SeededRandom } from './random';
import { oppeIndicators, sampleBoards, sampleMalpracticeCarriers, samplePrivileges, sampleStates } from './hospital-data';
import type { SamplePlan, SampleStaff, SampleStep } from './hospital';

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const minDay = (a: string, b: string) => (a < b ? a : b);
const maxDay = (a: string, b: string) => (a > b ? a : b);

/** Fictional schools and programmes for the physicians' education, verified once at appointment. */
const sampleSchools = [
  'Lantern Bay School of Medicine (sample)', 'Northshore University College of Medicine (sample)', 'Cascade State Medical School (sample)',
  'Harborview Internal Medicine Residency (sample)', 'Tidewater Osteopathic College (sample)',
];

/** Days from today to an expiry: mostly comfortable, with every reminder band and some lapses represented. */
function expiryOffset(random: SeededRandom, termYears: number): number {
  // Never later than one term from today: a credential in hand was issued in the past.
  const longest = Math.max(91, termYears * 365 - 1);
  return random.weighted<[number, number]>([
    [[-90, -1], 3],
    [[0, 7], 3],
    [[8, 30], 6],
    [[31, 60], 6],
    [[61, 90], 6],
    [[91, longest], 76],
  ]).reduce((lo, hi) => random.int(lo, hi));
}

/** A DEA number with a valid check digit: registrant letter, the family name's initial, six digits, check digit. */
function deaNumber(random: SeededRandom, familyName: string): string {
  const digits = Array.from({ length: 6 }, () => random.int(0, 9));
  const check = (digits[0]! + digits[2]! + digits[4]! + 2 * (digits[1]! + digits[3]! + digits[5]!)) % 10;
  return `${random.pick(['A', 'B', 'F'])}${familyName[0]!.toUpperCase()}${digits.join('')}${check}`;
}

interface PlannedCredential {
  type: CredentialType;
  title?: string | null;
  number?: string | null;
  issuer?: string | null;
  jurisdiction?: string | null;
  termYears: number;
}

function credentialsFor(person: SampleStaff, random: SeededRandom): PlannedCredential[] {
  const state = random.pick(sampleStates);
  const kind = person.role.kind;
  const list: PlannedCredential[] = [];
  const licenceNumber = `${kind === 'nursing' ? 'RN' : kind === 'pharmacy' ? 'PH' : kind === 'advanced-practice' ? 'AP' : 'MD'}${random.int(100000, 999999)}`;
  if (kind === 'administrative' && person.role.name !== 'Quality Analyst') return list;
  list.push({ type: 'state-license', number: licenceNumber, issuer: `${state} Medical Quality Commission (sample)`, jurisdiction: state, termYears: 2 });
  if (person.role.prescriber) {
    list.push({ type: 'dea', number: deaNumber(random, person.familyName), issuer: 'Drug Enforcement Administration', termYears: 3 });
    list.push({ type: 'controlled-substance', number: `CS${random.int(10000, 99999)}`, issuer: `${state} Board of Pharmacy`, jurisdiction: state, termYears: 2 });
  }
  if (kind === 'physician' && person.specialty && person.role.name !== 'Resident Physician') {
    list.push({ type: 'board-certification', title: sampleBoards[person.specialty] ?? 'American Board of Medical Specialties', issuer: sampleBoards[person.specialty] ?? null, termYears: 10 });
  }
  if (person.role.medicalStaff) list.push({ type: 'malpractice', issuer: random.pick(sampleMalpracticeCarriers), number: `POL-${random.int(100000, 999999)}`, termYears: 1 });
  if (kind !== 'administrative') list.push({ type: 'bls', issuer: 'American Heart Association', termYears: 2 });
  if (['EM', 'ICU', 'CARD', 'ANES'].includes(person.departmentCode) && kind !== 'pharmacy') list.push({ type: 'acls', issuer: 'American Heart Association', termYears: 2 });
  if (person.departmentCode === 'PEDS') list.push({ type: 'pals', issuer: 'American Heart Association', termYears: 2 });
  return list;
}

export const credentialsStep: SampleStep = ({ store }, plan) => {
  const { random } = plan;
  // Renewal history and education draw from their own stream, so the rest of the sample hospital stays as it was.
  const history = new SeededRandom(0x7e2a5);
  const today = isoDay(plan.today);
  for (const person of plan.staff) {
    for (const c of credentialsFor(person, random)) {
      const expiresOn = addDays(today, expiryOffset(random, c.termYears));
      const issuedOn = addYears(expiresOn, -c.termYears);
      const id = store.insert(
        credentialEntity,
        { staffId: person.id, type: c.type, title: c.title ?? null, number: c.number ?? null, issuer: c.issuer ?? null, jurisdiction: c.jurisdiction ?? null, issuedOn, expiresOn, restrictions: random.chance(0.01) ? 'Practice limited to supervised settings pending board review' : null },
        random.uuid(),
      );
      // Most credentials were verified at the source soon after issue; some were renewed since, a few never checked.
      const roll = random.next();
      if (roll < 0.06) continue;
      const renewedSince = roll < 0.12;
      // A renewal the office has not verified yet: the last check confirmed the term before this one.
      const previousIssuedOn = addYears(issuedOn, -c.termYears);
      const verifiedOn = renewedSince ? maxDay(addDays(issuedOn, -random.int(30, 400)), addDays(previousIssuedOn, 1)) : addDays(issuedOn, random.int(1, 20));
      if (verifiedOn > today) continue;
      const source = c.type === 'dea' ? 'DEA registration lookup' : c.type === 'board-certification' ? 'ABMS Certification Matters' : c.issuer ?? 'Issuing body';
      const verifier = random.pick(['M. Quillmere, CPMSM', 'J. Thistlewood', 'R. Ashford, CPCS']);
      const method = random.weighted([['online', 80], ['letter', 10], ['phone', 10]] as const);
      const result = random.chance(0.02) ? 'discrepancy' : 'verified';
      // Renewed credentials keep the term they ended; some verified ones were renewed before, and that term was verified too.
      if (renewedSince || (c.type !== 'malpractice' && history.chance(0.3))) {
        store.insert(credentialTermEntity, { credentialId: id, issuedOn: previousIssuedOn, expiresOn: issuedOn, documentId: null, renewedOn: minDay(addDays(issuedOn, -history.int(5, 40)), today) }, history.uuid());
        if (!renewedSince) {
          const earlier = addDays(previousIssuedOn, history.int(1, 20));
          store.insert(verificationEntity, { credentialId: id, kind: 'initial', source, verifiedOn: earlier, verifier, method, result: 'verified', notes: null, confirmedExpiresOn: issuedOn }, history.uuid());
        }
      }
      store.insert(
        verificationEntity,
        {
          credentialId: id,
          kind: renewedSince ? 'periodic' : 'initial',
          source,
          verifiedOn,
          verifier,
          method,
          result,
          notes: null,
          confirmedExpiresOn: renewedSince ? issuedOn : expiresOn,
        },
        random.uuid(),
      );
    }
    if (person.role.kind === 'physician') {
      // Medical school or residency: verified with the school once, at appointment; a few files still wait for it.
      const graduated = addYears(today, -history.int(4, 30));
      const id = store.insert(
        credentialEntity,
        { staffId: person.id, type: 'education', title: 'Doctor of Medicine', number: null, issuer: history.pick(sampleSchools), jurisdiction: null, issuedOn: graduated, expiresOn: null, restrictions: null },
        history.uuid(),
      );
      if (history.chance(0.95)) {
        const verifiedOn = minDay(maxDay(person.appointmentStart ? addDays(person.appointmentStart, -history.int(10, 60)) : addDays(graduated, 400), addDays(graduated, 1)), today);
        store.insert(
          verificationEntity,
          { credentialId: id, kind: 'initial', source: 'The school’s registrar (sample)', verifiedOn, verifier: 'M. Quillmere, CPMSM', method: 'letter', result: 'verified', notes: null, confirmedExpiresOn: null },
          history.uuid(),
        );
      }
    }
  }
};

export const privilegesStep: SampleStep = ({ store }, plan: SamplePlan) => {
  const { random } = plan;
  const today = isoDay(plan.today);
  for (const person of plan.staff) {
    if (!person.role.medicalStaff || !person.appointmentStart) continue;
    const granted = person.appointmentStart;
    const isNew = granted > addDays(today, -180);
    const coreName = `Core privileges — ${person.specialty ?? person.role.name}`;
    store.insert(privilegeEntity, { staffId: person.id, name: coreName, isCore: true, status: isNew ? 'provisional' : 'granted', grantedOn: granted, expiresOn: null, conditions: null, fppeRequired: isNew, kind: 'regular', distantSite: null }, random.uuid());
    const special = samplePrivileges[person.departmentCode] ?? [];
    const count = person.role.kind === 'physician' ? random.int(0, Math.min(3, special.length)) : 0;
    for (const name of [...special].sort(() => random.next() - 0.5).slice(0, count)) {
      const fppe = random.chance(0.25);
      const privilegeId = store.insert(
        privilegeEntity,
        { staffId: person.id, name, isCore: false, status: 'granted', grantedOn: granted, expiresOn: null, conditions: fppe ? 'Proctored for the first 5 cases' : null, fppeRequired: fppe, kind: 'regular', distantSite: null },
        random.uuid(),
      );
      if (fppe) {
        const periodStart = addDays(today, -random.int(10, 150));
        store.insert(
          evaluationEntity,
          { staffId: person.id, privilegeId, kind: 'fppe', periodStart, periodEnd: addDays(periodStart, 90), dueOn: addDays(periodStart, 120), indicators: [{ name: 'Proctored cases completed', value: String(random.int(0, 5)), target: '5', met: null }], reviewer: 'Department chair', outcome: 'pending', completedOn: null, notes: null },
          random.uuid(),
        );
      }
    }
    if (person.role.kind === 'physician') {
      // OPPE every six months: last period completed, current one due soon or overdue.
      const periodEnd = addDays(today, -random.int(1, 60));
      const periodStart = addDays(periodEnd, -182);
      const done = random.chance(0.6);
      store.insert(
        evaluationEntity,
        {
          staffId: person.id, privilegeId: null, kind: 'oppe', periodStart, periodEnd, dueOn: addDays(periodEnd, 45),
          indicators: [...oppeIndicators].sort(() => random.next() - 0.5).slice(0, 3).map((name) => ({ name, value: null, target: null, met: done ? !random.chance(0.1) : null })),
          reviewer: 'Department chair', outcome: done ? random.weighted([['satisfactory', 90], ['needs-improvement', 10]] as const) : 'pending',
          completedOn: done ? minDay(addDays(periodEnd, random.int(5, 40)), today) : null, notes: null,
        },
        random.uuid(),
      );
    }
  }
};

// Drawn from a random source of their own, so adding them left every other sample record as it was.
const privilegeKindsSeed = 15_005;
const privilegesWithoutFppe = `
  SELECT id, staff_id AS staffId, granted_on AS grantedOn FROM privileges p
  WHERE fppe_required = 1 AND NOT EXISTS (SELECT 1 FROM evaluations e WHERE e.privilege_id = p.id AND e.kind = 'fppe')
  ORDER BY id`;
const temporaryNames = ['Locum coverage', 'Urgent patient-care need', 'Pending application'] as const;
const telemedicineNames = [['Teleneurology — acute stroke consults', 'Harbour University Hospital'], ['Teleradiology — overnight reads', 'Northshore Imaging Partners'], ['Telepsychiatry — ED consults', null]] as const;

/** An FPPE opened by a grant, as the core opens one: pending, from the grant date. */
function openSampleFppe({ store }: Parameters<SampleStep>[0], staffId: string, privilegeId: string, granted: string, id: string): void {
  store.insert(evaluationEntity, { staffId, privilegeId, kind: 'fppe', ...fppePeriodFrom(granted), indicators: [], reviewer: 'Department chair', outcome: 'pending', completedOn: null, notes: null, decision: null, decisionNote: null }, id);
}

/**
 * Temporary, disaster and telemedicine privileges (some ending within the month, one disaster privilege past its
 * end), the FPPE of every new core privilege, and an OPPE completed for each advanced-practice practitioner, some
 * more than 12 months ago.
 */
export const privilegeKindsStep: SampleStep = (ctx, plan: SamplePlan, options) => {
  const { store } = ctx;
  const random = new SeededRandom(options.seed ^ privilegeKindsSeed);
  const today = isoDay(plan.today);
  for (const p of ctx.db.prepare(privilegesWithoutFppe).all() as { id: string; staffId: string; grantedOn: string }[]) {
    openSampleFppe(ctx, p.staffId, p.id, p.grantedOn, random.uuid());
  }
  const practising = plan.staff.filter((p) => p.role.medicalStaff && p.appointmentStart && p.status !== 'inactive');
  const physicians = practising.filter((p) => p.role.kind === 'physician');
  const grant = (person: SampleStaff, fields: { name: string; kind: string; grantedOn: string; expiresOn: string | null; distantSite?: string | null; conditions?: string | null }) =>
    store.insert(privilegeEntity, { staffId: person.id, isCore: false, status: 'granted', conditions: null, fppeRequired: false, distantSite: null, ...fields }, random.uuid());

  temporaryNames.forEach((reason, i) => {
    const person = physicians[i * 7 % physicians.length]!;
    // One ends within the fortnight, the others later; none longer than the bylaws' 120 days.
    const grantedOn = addDays(today, -[110, 60, 20][i]!);
    grant(person, { name: `Temporary privileges — ${reason}`, kind: 'temporary', grantedOn, expiresOn: addDays(grantedOn, temporaryPrivilegeMaxDays - random.int(0, 5)) });
  });
  [[-12, -3], [-5, 9]].forEach(([started, ends], i) => {
    const person = physicians[(i * 11 + 3) % physicians.length]!;
    grant(person, { name: 'Disaster privileges — mass-casualty response', kind: 'disaster', grantedOn: addDays(today, started!), expiresOn: addDays(today, ends!), conditions: 'Under the emergency operations plan; badge and supervising physician assigned' });
  });
  telemedicineNames.forEach(([name, distantSite], i) => {
    const person = physicians[(i * 13 + 5) % physicians.length]!;
    const grantedOn = addDays(today, -random.int(20, 70));
    const privilegeId = grant(person, { name, kind: 'telemedicine', grantedOn, expiresOn: i === 1 ? addDays(today, 25) : addYears(grantedOn, 2), distantSite });
    store.update(privilegeEntity, privilegeId, { fppeRequired: true });
    openSampleFppe(ctx, person.id, privilegeId, grantedOn, random.uuid());
  });
  for (const person of practising.filter((p) => p.role.kind !== 'physician')) {
    const completedOn = addDays(today, -random.int(20, 420));
    const periodEnd = addDays(completedOn, -random.int(10, 30));
    store.insert(evaluationEntity, {
      staffId: person.id, privilegeId: null, kind: 'oppe', periodStart: addDays(periodEnd, -182), periodEnd, dueOn: addDays(periodEnd, 45),
      indicators: [...oppeIndicators].slice(0, 2).map((name) => ({ name, value: null, target: null, met: true })),
      reviewer: 'Department chair', outcome: 'satisfactory', completedOn, notes: null, decision: null, decisionNote: null,
    }, random.uuid());
  }
};
