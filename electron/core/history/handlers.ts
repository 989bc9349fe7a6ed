// Channel handlers for the change log: the history panel of any record, and undo of this session's last change.
import type { FieldChange } from '../../../shared/contract/history';
import { fieldLabel } from '../../../shared/domain/field-labels';
import type { CoreContext } from '../context';
import { maskedFieldValue } from '../db/masked-fields';
import { AppError } from '../errors';
import { ethicsVault } from '../ethics/vault';
import type { HandlersFor } from '../ipc/handlers';
import { undoRefusal, undoTransaction } from './undo';

type LoggedRow = Omit<FieldChange, 'label' | 'undoable'> & { oldValue: string; newValue: string };

export function historyHandlers(ctx: CoreContext): HandlersFor<'history.forRecord' | 'history.undo'> {
  const { db } = ctx;
  const forRecord = db.prepare(
    `SELECT seq, tx_id AS txId, entity, record_id AS recordId, field, old_value AS oldValue, new_value AS newValue, actor, at
     FROM change_log WHERE entity = ? AND record_id = ? ORDER BY seq DESC LIMIT ?`,
  );
  const touchedBy = db.prepare('SELECT 1 FROM change_log WHERE tx_id = ? AND entity = ? AND record_id = ? LIMIT 1').pluck();
  // An ethics case's history tells its story (steps, dates, who): it stays behind the ethics unlock like the case.
  const guardEthics = (entity: string) => {
    if (entity.startsWith('ethics')) ethicsVault(ctx).requireUnlocked();
  };
  return {
    'history.forRecord': ({ entity, id, limit }) => {
      guardEthics(entity);
      // A licence or DEA number stays masked in its history too: revealing one is a deliberate, logged act.
      const read = (field: string, raw: string): unknown => maskedFieldValue(entity, field, JSON.parse(raw) as unknown);
      const rows = forRecord.all(entity, id, limit) as LoggedRow[];
      // Undo is offered on the newest transaction only: an older one waits until the later ones are undone.
      const newestTx = rows[0]?.txId;
      const undoableTx = newestTx && ctx.store.wroteThisSession(newestTx) && undoRefusal(ctx, newestTx) === null ? newestTx : null;
      return rows.map((c) => ({
        ...c,
        label: fieldLabel(c.entity, c.field),
        oldValue: read(c.field, c.oldValue),
        newValue: read(c.field, c.newValue),
        undoable: c.txId === undoableTx,
      }));
    },
    'history.undo': ({ entity, id, txId }) => {
      guardEthics(entity);
      if (touchedBy.get(txId, entity, id) !== 1) throw new AppError('NOT_FOUND', 'This change is not in the record’s history: reopen the History panel and choose it again.');
      return undoTransaction(ctx, txId);
    },
  };
}
