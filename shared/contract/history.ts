// The change log read back: who changed which field of a record, when, from what to what.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDateTime } from './common';

export const FieldChange = z.object({
  seq: z.number().int(),
  txId: z.string(),
  entity: z.string(),
  recordId: z.string(),
  field: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  actor: z.string(),
  at: IsoDateTime,
});
export type FieldChange = z.infer<typeof FieldChange>;

export const historyContract = {
  'history.forRecord': channel({
    summary: 'Every recorded change to one record, newest first',
    writes: false,
    input: z.object({ entity: z.string().min(1).max(40), id: Id, limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(FieldChange),
  }),
};
