// Channel handlers for the change log: the history panel of any record.
import type { FieldChange } from '../../../shared/contract/history';
import type { CoreContext } from '../context';
import { maskedFieldValue } from '../db/masked-fields';
import { ethicsVault } from '../ethics/vault';
import type { HandlersFor } from '../ipc/handlers';

export function historyHandlers(ctx: CoreContext): HandlersFor<'history.forRecord'> {
  const { db } = ctx;
  const forRecord = db.prepare(
    `SELECT seq, tx_id AS txId, entity, record_id AS recordId, field, old_value AS oldValue, new_value AS newValue, actor, at
     FROM change_log WHERE entity = ? AND record_id = ? ORDER BY seq DESC LIMIT ?`,
  );
  return {
    'history.forRecord': ({ entity, id, limit }) => {
      // An ethics case's history tells its story (steps, dates, who): it stays behind the ethics unlock like the case.
      if (entity.startsWith('ethics')) ethicsVault(ctx).requireUnlocked();
      // A licence or DEA number stays masked in its history too: revealing one is a deliberate, logged act.
      const read = (field: string, raw: string): unknown => maskedFieldValue(entity, field, JSON.parse(raw) as unknown);
      return (forRecord.all(entity, id, limit) as (FieldChange & { oldValue: string; newValue: string })[]).map((c) => ({
        ...c,
        oldValue: read(c.field, c.oldValue),
        newValue: read(c.field, c.newValue),
      }));
    },
  };
}
