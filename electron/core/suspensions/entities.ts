// Suspensions, declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const suspensionEntity = defineEntity({
  name: 'suspension',
  table: 'suspensions',
  fields: {
    staffId: 'text',
    credentialId: 'text',
    scope: 'text',
    reason: 'text',
    startedOn: 'text',
    noticeSentOn: 'text',
    reinstatedOn: 'text',
    reinstatementNote: 'text',
    notes: 'text',
  },
});
