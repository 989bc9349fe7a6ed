// Strategy and quality — plan periods, perspectives, goals, initiatives and milestones, measures and their values,
// PDSA cycles, risks and their dated assessments — declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const planPeriodEntity = defineEntity({ name: 'planPeriod', table: 'plan_periods', fields: { name: 'text', startsOn: 'text', endsOn: 'text' } });
export const perspectiveEntity = defineEntity({ name: 'perspective', table: 'perspectives', fields: { planPeriodId: 'text', name: 'text', position: 'integer' } });
export const goalEntity = defineEntity({
  name: 'goal',
  table: 'goals',
  fields: { perspectiveId: 'text', title: 'text', description: 'text', ownerStaffId: 'text', position: 'integer' },
});
export const initiativeEntity = defineEntity({
  name: 'initiative',
  table: 'initiatives',
  fields: {
    goalId: 'text', title: 'text', description: 'text', ownerStaffId: 'text', startsOn: 'text', dueOn: 'text', status: 'text',
    budgetPlanned: 'real', budgetSpent: 'real',
  },
});
export const milestoneEntity = defineEntity({ name: 'milestone', table: 'milestones', fields: { initiativeId: 'text', title: 'text', dueOn: 'text', doneOn: 'text' } });
export const measureEntity = defineEntity({
  name: 'measure',
  table: 'measures',
  fields: {
    goalId: 'text', initiativeId: 'text', name: 'text', definition: 'text', type: 'text', numeratorDefinition: 'text', denominatorDefinition: 'text',
    exclusions: 'text', source: 'text', frequency: 'text', direction: 'text', unit: 'text', rateMultiplier: 'real', baseline: 'real', target: 'real',
    ownerStaffId: 'text', committeeId: 'text',
  },
});
export const pdsaCycleEntity = defineEntity({
  name: 'pdsaCycle',
  table: 'pdsa_cycles',
  fields: {
    initiativeId: 'text', measureId: 'text', previousCycleId: 'text', title: 'text', aim: 'text', changeIdea: 'text', question: 'text',
    prediction: 'text', plan: 'text', dataPlan: 'text', observations: 'text', study: 'text', act: 'text', state: 'text', ownerStaffId: 'text',
    startsOn: 'text', endsOn: 'text',
  },
});
export const measureValueEntity = defineEntity({
  name: 'measureValue',
  table: 'measure_values',
  fields: {
    measureId: 'text', period: 'text', numerator: 'real', denominator: 'real', value: 'real', annotation: 'text', pdsaCycleId: 'text',
    startsPhase: 'boolean',
  },
});
export const riskEntity = defineEntity({
  name: 'risk',
  table: 'risks',
  fields: {
    reference: 'text', title: 'text', category: 'text', cause: 'text', event: 'text', consequence: 'text', ownerStaffId: 'text', controls: 'json',
    treatment: 'text', actions: 'text', reviewOn: 'text', closedOn: 'text',
  },
});
export const riskAssessmentEntity = defineEntity({
  name: 'riskAssessment',
  table: 'risk_assessments',
  fields: {
    riskId: 'text', assessedOn: 'text', inherentLikelihood: 'integer', inherentImpact: 'integer', residualLikelihood: 'integer',
    residualImpact: 'integer', note: 'text',
  },
});
