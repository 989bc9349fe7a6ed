// The training report a committee reads: compliance by department, overdue counts by requirement, the MATE Act's
// standing, and CME shortfalls for reappointments coming up, all as of one day (a meeting's, for its packet).
import type { CoreContext } from '../context';
import { assess, countState, emptyCounts, trainingFacts, type StateCounts } from './assignments';
import { trainingCme } from './cme';
import { describeShortfall } from '../../../shared/domain/cme';

export interface TrainingReport {
  asOf: string;
  byDepartment: ({ department: string } & StateCounts)[];
  byRequirement: ({ requirement: string } & StateCounts)[];
  /** Requirements that reach every DEA registrant (the MATE Act's one-time 8 hours), with their standing. */
  mateAct: ({ requirement: string } & StateCounts)[];
  cmeShortfalls: { practitioner: string; state: string; reappointmentDue: string; shortfall: string }[];
}

export function trainingReport(ctx: CoreContext) {
  const facts = trainingFacts(ctx);
  const cme = trainingCme(ctx);
  return function report(asOf: string): TrainingReport {
    const read = facts(asOf);
    const departments = new Map<string, StateCounts>();
    const requirements = read.requirements.map((r) => ({ requirement: r.title, dea: r.appliesTo.some((t) => t.kind === 'credential-type' && t.value === 'dea'), ...emptyCounts() }));
    for (const person of read.people) {
      let dept = departments.get(person.departmentName);
      if (!dept) departments.set(person.departmentName, (dept = emptyCounts()));
      read.requirements.forEach((r, i) => {
        const state = assess(r, person, read).state;
        countState(dept!, state);
        countState(requirements[i]!, state);
      });
    }
    const strip = ({ dea: _dea, ...rest }: (typeof requirements)[number]) => rest;
    return {
      asOf,
      byDepartment: [...departments].filter(([, c]) => c.assigned > 0).map(([department, c]) => ({ department, ...c })).sort((a, b) => a.department.localeCompare(b.department)),
      byRequirement: requirements.filter((r) => r.assigned > 0).map(strip),
      mateAct: requirements.filter((r) => r.dea).map(strip),
      cmeShortfalls: cme.shortfalls(90, asOf).map((s) => ({ practitioner: s.staffName, state: s.state ?? '', reappointmentDue: s.reappointmentDue ?? '', shortfall: describeShortfall(s.shortfall) })),
    };
  };
}
