// Training's records, declared once for the store, the change log and sync. Assignments are not among them: they are
// derived from requirements, people, completions and waivers whenever they are read.
import { defineEntity } from '../db/entity';

export const trainingCourseEntity = defineEntity({
  name: 'trainingCourse',
  table: 'training_courses',
  fields: {
    title: 'text', provider: 'text', accreditingBody: 'text', creditType: 'text', credits: 'real', modality: 'text', validityMonths: 'integer',
    availableFrom: 'text', topics: 'json', policyVersionIds: 'json',
  },
});

export const trainingRequirementEntity = defineEntity({
  name: 'trainingRequirement',
  table: 'training_requirements',
  fields: {
    title: 'text', courseId: 'text', appliesTo: 'json', recurrence: 'text', intervalMonths: 'integer', annualDate: 'text', daysAfter: 'integer',
    policyId: 'text', graceDays: 'integer', source: 'text', sourceNote: 'text', effectiveFrom: 'text', retiredOn: 'text',
  },
});

export const trainingCompletionEntity = defineEntity({
  name: 'trainingCompletion',
  table: 'training_completions',
  fields: { staffId: 'text', courseId: 'text', completedOn: 'text', credits: 'real', creditType: 'text', validUntil: 'text', certificateId: 'text', method: 'text' },
});

export const trainingWaiverEntity = defineEntity({
  name: 'trainingWaiver',
  table: 'training_waivers',
  fields: { staffId: 'text', requirementId: 'text', approver: 'text', reason: 'text', grantedOn: 'text', endsOn: 'text' },
});

export const competencyAssessmentEntity = defineEntity({
  name: 'competencyAssessment',
  table: 'competency_assessments',
  fields: { staffId: 'text', competency: 'text', method: 'text', assessor: 'text', result: 'text', assessedOn: 'text', nextDueOn: 'text' },
});

export const cmeStateProfileEntity = defineEntity({
  name: 'cmeStateProfile',
  table: 'cme_state_profiles',
  fields: { state: 'text', totalCredits: 'real', category1Minimum: 'real', requiredTopics: 'json' },
});
