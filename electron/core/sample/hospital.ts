// The sample hospital: a deterministic, fictional organisation for the first-run screen, the tests and the bench.
// Each feature adds one step; a step sees what earlier steps made (departments, roles, staff) through the plan.
import { subDays, formatISO } from 'date-fns';
import { npiCheckDigit } from '../../../shared/domain/npi';
import type { Department, Role } from '../../../shared/contract/organisation';
import type { StaffStatus } from '../../../shared/contract/staff';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { organisationRepository } from '../organisation/repository';
import { settingsRepository } from '../settings/repository';
import { staffRepository } from '../staff/repository';
import { sampleDepartments, sampleEmailDomain, sampleFamilyNames, sampleGivenNames, sampleOrganisationName, sampleRoles, sampleTimeZone, type SampleRole } from './hospital-data';
import { SeededRandom } from './random';
import { credentialsStep, privilegeKindsStep, privilegesStep } from './medical-staff';
import { policyManualStep } from './policy-manual';
import { committeeYearStep } from './committee-year';
import { ethicsStep } from './ethics';
import { planningMeasuresStep } from './planning-measures';
import { planningStrategyStep } from './planning-strategy';
import { trainingStep } from './training';
import { reappointmentsStep } from './reappointments';
import { suspensionsStep } from './suspensions';
import { screeningStep } from './screening';

export interface SampleOptions {
  staff: number;
  seed: number;
  /** The day the sample is built around: expiries, due dates and hire dates are placed relative to it. */
  today?: Date;
}

export interface SampleStaff {
  id: string;
  role: SampleRole;
  departmentCode: string;
  status: StaffStatus;
  familyName: string;
  specialty: string | null;
  appointmentStart: string | null;
}

export interface SamplePlan {
  random: SeededRandom;
  today: Date;
  departments: Map<string, Pick<Department, 'id' | 'code' | 'name'>>;
  roles: Map<string, Pick<Role, 'id' | 'name' | 'kind'>>;
  staff: SampleStaff[];
}

export type SampleStep = (ctx: CoreContext, plan: SamplePlan, options: SampleOptions) => void;

const isoDay = (d: Date) => formatISO(d, { representation: 'date' });

const organisationStep: SampleStep = (ctx, plan) => {
  settingsRepository(ctx).write({ organisationName: sampleOrganisationName, timeZone: sampleTimeZone });
  const org = organisationRepository(ctx);
  for (const { code, name } of sampleDepartments) {
    const id = org.createDepartment({ code, name }, plan.random.uuid());
    plan.departments.set(code, { id, code, name });
  }
  for (const { name, kind } of sampleRoles) {
    const id = org.createRole({ name, kind }, plan.random.uuid());
    plan.roles.set(name, { id, name, kind });
  }
};

const clinicalDepartments = sampleDepartments.filter((d) => d.specialties.length > 0).map((d) => d.code);

const staffStep: SampleStep = (ctx, plan, options) => {
  const { random } = plan;
  const repo = staffRepository(ctx);
  const usedNpis = new Set<string>();
  const roleTable = sampleRoles.map((r) => [r, r.weight] as const);
  const nameCounts = new Map<string, number>();

  for (let i = 0; i < options.staff; i++) {
    // The first person is always the CMO: every hospital has one, and the director's screens expect a chair.
    const role = i === 0 ? sampleRoles.find((r) => r.name === 'Chief Medical Officer')! : random.weighted(roleTable);
    const departmentCode = random.pick(role.departments.length ? role.departments : clinicalDepartments);
    const department = sampleDepartments.find((d) => d.code === departmentCode)!;
    const givenName = random.pick(sampleGivenNames);
    const familyName = random.pick(sampleFamilyNames);
    const degree = random.pick(role.degrees) || null;
    const status = random.weighted<StaffStatus>([['active', 92], ['leave', 4], ['inactive', 4]]);
    const handle = `${givenName}.${familyName}`.toLowerCase();
    const specialty = role.kind === 'physician' && department.specialties.length ? random.pick(department.specialties) : null;
    // Appointments spread over a little more than one 2-year cycle, so some reappointments are due and a few overdue.
    const appointmentStart = role.medicalStaff ? isoDay(subDays(plan.today, random.int(0, 2 * 365 + 45))) : null;
    const appointmentCategory = !role.medicalStaff
      ? null
      : role.kind === 'advanced-practice'
        ? 'ahp'
        : random.weighted<'active' | 'provisional' | 'courtesy' | 'consulting'>([['active', 70], ['provisional', 8], ['courtesy', 12], ['consulting', 10]]);
    const seen = nameCounts.get(handle) ?? 0;
    nameCounts.set(handle, seen + 1);
    const id = repo.create(
      {
        givenName,
        familyName,
        degree,
        roleId: plan.roles.get(role.name)!.id,
        departmentId: plan.departments.get(departmentCode)!.id,
        specialty,
        npi: role.prescriber ? uniqueNpi(random, usedNpis) : null,
        email: `${handle}${seen ? seen + 1 : ''}@${sampleEmailDomain}`,
        hireDate: hiredBy(isoDay(subDays(plan.today, random.int(30, role.maxTenureYears * 365))), appointmentStart),
        status,
        appointmentCategory,
        appointmentStart,
        appointmentEnd: null,
      },
      random.uuid(),
    );
    plan.staff.push({ id, role, departmentCode, status, familyName, specialty, appointmentStart });
  }
};

function uniqueNpi(random: SeededRandom, used: Set<string>): string {
  for (;;) {
    const firstNine = `1${String(random.int(0, 99_999_999)).padStart(8, '0')}`;
    const npi = `${firstNine}${npiCheckDigit(firstNine)}`;
    if (!used.has(npi)) {
      used.add(npi);
      return npi;
    }
  }
}

/** Every feature's step, in the order they build on each other. */
export const sampleSteps: readonly SampleStep[] = [
  organisationStep, staffStep, credentialsStep, privilegesStep, policyManualStep, committeeYearStep, planningMeasuresStep, planningStrategyStep, ethicsStep,
  trainingStep, privilegeKindsStep,
  reappointmentsStep, suspensionsStep, screeningStep,
];

export function seedSampleHospital(ctx: CoreContext, options: SampleOptions): void {
  const hasData = ctx.db.prepare('SELECT EXISTS (SELECT 1 FROM staff) OR EXISTS (SELECT 1 FROM departments)').pluck().get();
  if (hasData) {
    throw new AppError('CONFLICT', 'This database already holds records. The sample hospital only fills an empty database; open a new data folder to try it.');
  }
  const plan: SamplePlan = {
    random: new SeededRandom(options.seed),
    today: options.today ?? ctx.now(),
    departments: new Map(),
    roles: new Map(),
    staff: [],
  };
  ctx.store.transaction(() => {
    for (const step of sampleSteps) step(ctx, plan, options);
  });
}

/** No one is appointed to the medical staff before they are hired: a later hire date moves back to the appointment. */
function hiredBy(hireDate: string, appointmentStart: string | null): string {
  return appointmentStart && appointmentStart < hireDate ? appointmentStart : hireDate;
}
