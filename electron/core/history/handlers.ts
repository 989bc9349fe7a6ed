// Channel handlers for the change log: the history panel of any record.
import type { FieldChange } from '../../../shared/contract/history';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';

export function historyHandlers({ db }: CoreContext): HandlersFor<'history.forRecord'> {
  const forRecord = db.prepare(
    `SELECT seq, tx_id AS txId, entity, record_id AS recordId, field, old_value AS oldValue, new_value AS newValue, actor, at
     FROM change_log WHERE entity = ? AND record_id = ? ORDER BY seq DESC LIMIT ?`,
  );
  return {
    'history.forRecord': ({ entity, id, limit }) =>
      (forRecord.all(entity, id, limit) as (FieldChange & { oldValue: string; newValue: string })[]).map((c) => ({
        ...c,
        oldValue: JSON.parse(c.oldValue) as unknown,
        newValue: JSON.parse(c.newValue) as unknown,
      })),
  };
}
