// The ethics consultation's rules: the CASES steps in order, what each step needs, and the report's figures.
// Pure: the core refuses with these sentences, the screen shows the same ones before saving.

export const caseStates = ['clarify', 'assemble', 'synthesize', 'explain', 'support', 'closed'] as const;
export type CaseState = (typeof caseStates)[number];

export const caseStateLabels: Record<CaseState, string> = {
  clarify: 'Clarify the question', assemble: 'Assemble the information', synthesize: 'Synthesize', explain: 'Explain the synthesis',
  support: 'Support the process', closed: 'Closed',
};

export const consultTypes = ['end-of-life', 'capacity-surrogate', 'treatment-refusal', 'futility', 'conflict', 'other'] as const;
export type ConsultType = (typeof consultTypes)[number];
export const consultTypeLabels: Record<ConsultType, string> = {
  'end-of-life': 'End of life', 'capacity-surrogate': 'Capacity and surrogates', 'treatment-refusal': 'Treatment refusal', futility: 'Futility',
  conflict: 'Conflict', other: 'Other',
};

export const urgencies = ['routine', 'urgent', 'emergent'] as const;
export type Urgency = (typeof urgencies)[number];

/** The narrative fields of a case: patients may read them, and no identifier may be typed into them. */
export const narrativeFields = [
  'question', 'medicalIndications', 'patientPreferences', 'qualityOfLife', 'contextualFeatures', 'stakeholders', 'optionsConsidered',
  'recommendation', 'followUp', 'committeeDiscussion', 'committeeRecommendation',
] as const;
export type NarrativeField = (typeof narrativeFields)[number];

export const narrativeLabels: Record<NarrativeField, string> = {
  question: 'Ethical question', medicalIndications: 'Medical indications', patientPreferences: 'Patient preferences, capacity and surrogate',
  qualityOfLife: 'Quality of life', contextualFeatures: 'Contextual features', stakeholders: 'Stakeholders', optionsConsidered: 'Options considered',
  recommendation: 'Recommendation', followUp: 'Follow-up', committeeDiscussion: 'Committee discussion', committeeRecommendation: 'Committee recommendation',
};

export interface CaseFacts {
  status: CaseState;
  question: string;
  recommendation: string;
}

/** Why the case cannot move to `to`, or null: one step forward (or back) at a time; closing needs a recommendation. */
export function transitionProblem(facts: CaseFacts, to: CaseState): string | null {
  const from = caseStates.indexOf(facts.status);
  const target = caseStates.indexOf(to);
  if (Math.abs(target - from) !== 1) return `A case moves one CASES step at a time: from "${caseStateLabels[facts.status]}" it can go to ${neighbours(facts.status)}`;
  if (!facts.question.trim()) return 'Write the ethical question as clarified before moving the case on';
  if ((to === 'explain' || to === 'support' || to === 'closed') && target > from && !facts.recommendation.trim()) {
    return to === 'closed' ? 'A case cannot be closed without a recommendation' : 'Write the recommendation before explaining it';
  }
  return null;
}

function neighbours(state: CaseState): string {
  const i = caseStates.indexOf(state);
  return [caseStates[i - 1], caseStates[i + 1]].filter(Boolean).map((s) => `"${caseStateLabels[s!]}"`).join(' or ');
}

/** The median of request → recommendation durations, in hours; null when no case has a recommendation yet. */
export function medianHours(durations: readonly number[]): number | null {
  if (durations.length === 0) return null;
  const sorted = [...durations].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
