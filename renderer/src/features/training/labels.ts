// Training's words for its codes, in one place for every view.
import type { OutputOf } from '../../../../shared/contract';
import type { BadgeTone } from '../../ui';

export { creditTypeLabels } from '../../../../shared/domain/cme';

type Requirement = OutputOf<'training.requirements'>[number];

export const recurrenceLabels: Record<Requirement['recurrence'], string> = {
  'one-time': 'One time',
  'annual-date': 'Each year by a date',
  'rolling-months': 'Every N months',
  'after-hire': 'N days after hire',
  'after-privilege': 'N days after a grant',
  'policy-version': 'Each policy version',
};

export function recurrenceText(r: Pick<Requirement, 'recurrence' | 'intervalMonths' | 'annualDate' | 'daysAfter'>): string {
  switch (r.recurrence) {
    case 'one-time':
      return r.daysAfter ? `Once, within ${r.daysAfter} days` : 'Once';
    case 'annual-date':
      return `Every year by ${r.annualDate}`;
    case 'rolling-months':
      return `Every ${r.intervalMonths} months`;
    case 'after-hire':
      return `Within ${r.daysAfter} days of hire`;
    case 'after-privilege':
      return `Within ${r.daysAfter} days of the grant`;
    case 'policy-version':
      return `Each new policy version, within ${r.daysAfter ?? 30} days`;
  }
}

export const sourceLabels: Record<Requirement['source'], string> = { regulation: 'Regulation', policy: 'Policy', bylaw: 'Bylaw', accreditation: 'Accreditation' };

/** A matrix cell's letter → its words and tone. */
export const cellDisplay: Record<string, { label: string; tone: BadgeTone | 'none' }> = {
  C: { label: 'Current', tone: 'success' },
  S: { label: 'Due soon', tone: 'warning' },
  O: { label: 'Overdue', tone: 'danger' },
  N: { label: 'Not yet due', tone: 'info' },
  E: { label: 'Exempt', tone: 'neutral' },
  L: { label: 'On leave', tone: 'neutral' },
  '-': { label: 'Not required', tone: 'none' },
};

export const stateDisplay: Record<OutputOf<'training.assignments'>[number]['state'], { label: string; tone: BadgeTone }> = {
  complete: { label: 'Current', tone: 'success' },
  'due-soon': { label: 'Due soon', tone: 'warning' },
  overdue: { label: 'Overdue', tone: 'danger' },
  'not-yet-due': { label: 'Not yet due', tone: 'info' },
  exempt: { label: 'Exempt', tone: 'neutral' },
  'on-leave': { label: 'On leave', tone: 'neutral' },
  'not-required': { label: 'Not required', tone: 'neutral' },
};
