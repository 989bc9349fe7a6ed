// A record's History panel: its edits newest first (who, when, each field from → to, masked fields masked), and
// "Undo" on the newest edit when it was made this session and nothing has changed the record since.
import { useEffect, useState } from 'react';
import { Button, ChangeList, describeChange, formatInstant } from '../../ui';
import { Dialog } from '../../ui/Dialog';
import { keyOf, useHistoryStore, type RecordChange, type RecordRef } from './store';
import './history.css';

export interface HistoryPanelProps extends RecordRef {
  /** What the record is called, for the undo confirmation ("Dr Amara Quillmere"). */
  name: string;
  /** A value that changes when the record is saved on this screen (its updatedAt): the history is read again. */
  version?: unknown;
  /** The record's form names some fields otherwise than the core's labels. */
  labels?: Readonly<Record<string, string>>;
  notes?: Readonly<Record<string, string>>;
}

export function HistoryPanel({ entity, id, name, version, labels, notes }: HistoryPanelProps) {
  const record = useHistoryStore((state) => state.records[keyOf({ entity, id })]);
  const load = useHistoryStore((state) => state.load);
  const forget = useHistoryStore((state) => state.forget);
  const [confirming, setConfirming] = useState<readonly RecordChange[] | null>(null);
  useEffect(() => {
    void load({ entity, id });
  }, [entity, id, version, load]);
  useEffect(() => () => forget({ entity, id }), [entity, id, forget]);

  if (record?.error) return <p className="history-panel__note" role="alert">The history could not be read: {record.error}</p>;
  if (!record?.changes) return <p className="history-panel__note">Reading the history…</p>;
  if (record.changes.length === 0) return <p className="history-panel__note">No changes recorded.</p>;
  return (
    <div className="history-panel">
      <ChangeList
        changes={record.changes}
        labels={labels}
        notes={notes}
        actionFor={(edit) =>
          edit[0]!.undoable ? (
            <Button variant="secondary" onClick={() => setConfirming(edit)} aria-label={`Undo the change of ${formatInstant(edit[0]!.at)}`}>
              Undo
            </Button>
          ) : null
        }
      />
      {confirming && <UndoDialog record={{ entity, id }} name={name} edit={confirming} labels={labels} onClose={() => setConfirming(null)} />}
    </div>
  );
}

function UndoDialog({ record, name, edit, labels = {}, onClose }: { record: RecordRef; name: string; edit: readonly RecordChange[]; labels?: Readonly<Record<string, string>>; onClose(): void }) {
  const undo = useHistoryStore((state) => state.undo);
  const undoing = useHistoryStore((state) => state.undoing);
  const created = edit.every((c) => c.oldValue === null) && !edit.some((c) => c.field === '_deleted');
  const deleted = edit.some((c) => c.field === '_deleted' && c.newValue === true);
  const confirm = async () => {
    if (await undo(record, edit[0]!.txId)) onClose();
  };
  return (
    <Dialog
      title={`Undo this change to ${name}?`}
      onClose={onClose}
      footer={
        <>
          <Button variant="ghost" onClick={onClose}>Keep it</Button>
          <Button variant="primary" busy={undoing === edit[0]!.txId} onClick={() => void confirm()}>
            {undoing ? 'Undoing…' : 'Undo change'}
          </Button>
        </>
      }
    >
      <p>
        {deleted
          ? `${name} comes back as it was, with what was deleted with it.`
          : created
            ? `${name} was added by this change: undoing it deletes the record again.`
            : `Made ${formatInstant(edit[0]!.at)} by ${edit[0]!.actor}. These go back to what they were:`}
      </p>
      {!deleted && !created && (
        <ul className="history-panel__undo-list">
          {edit.map((c) => (
            <li key={`${c.seq}-${c.field}`}>
              <strong>{labels[c.field] ?? c.label}</strong>: {describeChange({ ...c, oldValue: c.newValue, newValue: c.oldValue })}
            </li>
          ))}
        </ul>
      )}
      <p className="history-panel__note">The undo is recorded as a new change and reaches other laptops at the next sync.</p>
    </Dialog>
  );
}
