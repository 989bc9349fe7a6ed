// Privileges and FPPE/OPPE evaluations, declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const privilegeEntity = defineEntity({
  name: 'privilege',
  table: 'privileges',
  fields: { staffId: 'text', name: 'text', isCore: 'boolean', status: 'text', grantedOn: 'text', expiresOn: 'text', conditions: 'text', fppeRequired: 'boolean', kind: 'text', distantSite: 'text' },
});

export const evaluationEntity = defineEntity({
  name: 'evaluation',
  table: 'evaluations',
  fields: {
    staffId: 'text', privilegeId: 'text', kind: 'text', periodStart: 'text', periodEnd: 'text', dueOn: 'text',
    indicators: 'json', reviewer: 'text', outcome: 'text', completedOn: 'text', notes: 'text', decision: 'text', decisionNote: 'text',
  },
});
