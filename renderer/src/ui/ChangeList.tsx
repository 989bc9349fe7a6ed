// A record's recorded changes, newest first, grouped by the edit that made them: when and by whom, then each field
// with what it was and what it became. The History panel of every record shows its history with it.
import type { ReactNode } from 'react';
import { formatInstant } from './dates';
import './ChangeList.css';

export interface RecordedChange {
  seq: number;
  /** The edit this change was part of: changes of one edit are shown, and undone, together. */
  txId?: string;
  field: string;
  /** The field as a director reads it, from the core; `labels` may still name it otherwise. */
  label?: string;
  oldValue: unknown;
  newValue: unknown;
  actor: string;
  at: string;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

export function describeChange(change: RecordedChange): string {
  if (change.field === '_deleted') return change.newValue === true ? 'Deleted' : 'Restored';
  // Links are stored as ids, which mean nothing to a reader: say what happened to the link.
  if (change.field.endsWith('Id')) return isEmpty(change.oldValue) ? 'Recorded' : isEmpty(change.newValue) ? 'Cleared' : 'Changed';
  return isEmpty(change.oldValue) ? `Set to ${shown(change.newValue)}` : `${shown(change.oldValue)} → ${shown(change.newValue)}`;
}

function shown(value: unknown): string {
  if (isEmpty(value)) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** Consecutive changes of one edit, in the order given (newest first). */
export function groupByEdit<C extends RecordedChange>(changes: readonly C[]): C[][] {
  const groups: C[][] = [];
  for (const change of changes) {
    const last = groups.at(-1);
    if (last && change.txId !== undefined && last[0]!.txId === change.txId) last.push(change);
    else groups.push([change]);
  }
  return groups;
}

export interface ChangeListProps<C extends RecordedChange> {
  changes: readonly C[];
  /** Names fields as the record's form does, where that differs from the core's label; else the field shows as stored. */
  labels?: Readonly<Record<string, string>>;
  notes?: Readonly<Record<string, string>>;
  /** Shown beside an edit's time and author: the History panel's Undo button. */
  actionFor?: (edit: readonly C[]) => ReactNode;
}

export function ChangeList<C extends RecordedChange>({ changes, labels = {}, notes = {}, actionFor }: ChangeListProps<C>) {
  return (
    <ol className="change-list">
      {groupByEdit(changes).map((edit) => (
        <li key={edit[0]!.seq} className="change-list__edit">
          <div className="change-list__head">
            <span className="change-list__when">{formatInstant(edit[0]!.at)} · {edit[0]!.actor}</span>
            {actionFor?.(edit)}
          </div>
          <ul className="change-list__fields">
            {edit.map((change) => (
              <li key={`${change.seq}-${change.field}`}>
                <span className="table__primary">{labels[change.field] ?? change.label ?? change.field}</span>
                <span>
                  {describeChange(change)}
                  {isEmpty(change.newValue) && notes[change.field] ? ` (${notes[change.field]})` : ''}
                </span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
