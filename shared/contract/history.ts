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
  /** The field as a director reads it ("Family name"), one definition for every History panel. */
  label: z.string(),
  oldValue: z.unknown(),
  newValue: z.unknown(),
  actor: z.string(),
  at: IsoDateTime,
  /** True on every change of the record's newest transaction when it can be undone now (made this session, nothing since). */
  undoable: z.boolean(),
});
export type FieldChange = z.infer<typeof FieldChange>;

export const historyContract = {
  'history.forRecord': channel({
    summary: 'Every recorded change to one record, newest first',
    writes: false,
    input: z.object({ entity: z.string().min(1).max(40), id: Id, limit: z.number().int().min(1).max(1000).default(200) }).strict(),
    output: z.array(FieldChange),
  }),
  'history.undo': channel({
    summary: 'Undoes one transaction made this session, as new changes that sync like any edit',
    writes: true,
    input: z.object({ entity: z.string().min(1).max(40), id: Id, txId: z.string().uuid() }).strict(),
    output: z.object({ changes: z.number().int(), records: z.number().int() }),
  }),
};
