// Reappointment as the bylaws run it: application, department chair, Credentials Committee, MEC, board — in that
// order, each dated no earlier than the one before; what an overdue reappointment still lacks.

export const reappointmentSteps = ['application', 'chair', 'committee', 'mec', 'board'] as const;
export type ReappointmentStep = (typeof reappointmentSteps)[number];

/** The steps after the application: each records an outcome, the board's being the decision. */
export const decidedSteps = ['chair', 'committee', 'mec', 'board'] as const;
export type DecidedStep = (typeof decidedSteps)[number];

export const stepOutcomes = ['favourable', 'with-conditions', 'unfavourable'] as const;
export type StepOutcome = (typeof stepOutcomes)[number];

export const reappointmentStatuses = ['open', 'approved', 'denied', 'withdrawn'] as const;
export type ReappointmentProcessStatus = (typeof reappointmentStatuses)[number];

/** "the department chair's review": how a sentence names each step. */
export const stepNames: Record<ReappointmentStep, string> = {
  application: 'the application',
  chair: 'the department chair’s review',
  committee: 'the Credentials Committee’s recommendation',
  mec: 'the MEC’s recommendation',
  board: 'the board’s decision',
};

/** Column and list labels. */
export const stepLabels: Record<ReappointmentStep, string> = {
  application: 'Application received',
  chair: 'Department chair',
  committee: 'Credentials Committee',
  mec: 'MEC recommendation',
  board: 'Board decision',
};

/** What each outcome reads as: the recommending steps recommend, the board decides. */
export function outcomeLabel(step: DecidedStep, outcome: StepOutcome): string {
  if (step === 'board') return { favourable: 'Reappointed', 'with-conditions': 'Reappointed with conditions', unfavourable: 'Denied' }[outcome];
  return { favourable: 'Recommends reappointment', 'with-conditions': 'Recommends with conditions', unfavourable: 'Recommends denial' }[outcome];
}

export interface StepRecord {
  on: string | null;
  outcome: StepOutcome | null;
}

/** Where a reappointment stands: the application's date and each later step's date and outcome. */
export interface ReappointmentProgress {
  applicationReceivedOn: string | null;
  chair: StepRecord;
  committee: StepRecord;
  mec: StepRecord;
  board: StepRecord;
}

/** The progress out of a stored reappointment (which carries more: notes, meetings, motions). */
export function progressOf(p: ReappointmentProgress): ReappointmentProgress {
  return { applicationReceivedOn: p.applicationReceivedOn, chair: p.chair, committee: p.committee, mec: p.mec, board: p.board };
}

export function stepDate(progress: ReappointmentProgress, step: ReappointmentStep): string | null {
  return step === 'application' ? progress.applicationReceivedOn : progress[step].on;
}

/** The first step not yet dated; null once the board has decided. */
export function nextStep(progress: ReappointmentProgress): ReappointmentStep | null {
  return reappointmentSteps.find((step) => stepDate(progress, step) === null) ?? null;
}

/** The step before this one (the one whose recommendation it acts on). */
export function previousStep(step: ReappointmentStep): ReappointmentStep | null {
  const index = reappointmentSteps.indexOf(step);
  return index > 0 ? reappointmentSteps[index - 1]! : null;
}

/**
 * Why this step cannot be recorded on this day, as a sentence a director can act on; null when it can. Steps go in
 * order, each dated on or after the one before and never after today: a committee cannot recommend what the chair
 * has not reviewed, and a record dated ahead would let a file pass for complete before it is.
 */
export function stepRefusal(progress: ReappointmentProgress, step: ReappointmentStep, on: string, today: string): string | null {
  const recorded = stepDate(progress, step);
  if (recorded) return `${capitalise(stepNames[step])} is already recorded, on ${recorded}.`;
  if (on > today) return `${capitalise(stepNames[step])} cannot be dated ${on}: that is after today (${today}). Record it on the day it happens.`;
  const expected = nextStep(progress);
  if (expected !== step) return `${capitalise(stepNames[expected!])} comes first: record it before ${stepNames[step]}.`;
  const before = previousStep(step);
  const beforeOn = before ? stepDate(progress, before) : null;
  if (before && beforeOn && on < beforeOn) return `${capitalise(stepNames[step])} cannot be dated ${on}, before ${stepNames[before]} on ${beforeOn}.`;
  return null;
}

/** The steps an open reappointment has not reached, in order. */
export function missingSteps(progress: ReappointmentProgress): ReappointmentStep[] {
  return reappointmentSteps.filter((step) => stepDate(progress, step) === null);
}

/** No progress at all: a practitioner due whose application has not arrived. */
export const notStarted: ReappointmentProgress = {
  applicationReceivedOn: null,
  chair: { on: null, outcome: null },
  committee: { on: null, outcome: null },
  mec: { on: null, outcome: null },
  board: { on: null, outcome: null },
};

/** Which step a committee's meeting takes on the slate: the Credentials Committee, the MEC or the board. */
export function slateStepOf(committeeKind: string): 'committee' | 'mec' | 'board' | null {
  return committeeKind === 'credentials' ? 'committee' : committeeKind === 'medical-executive' ? 'mec' : committeeKind === 'board' ? 'board' : null;
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
