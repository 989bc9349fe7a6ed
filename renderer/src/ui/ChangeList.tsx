// A record's recorded changes, newest first: when and by whom, which field, from what to what. The practitioner's
// History tab and an action item's history both show theirs with it.
import { formatInstant } from './dates';
import './ChangeList.css';

export interface RecordedChange {
  seq: number;
  field: string;
  oldValue: unknown;
  newValue: unknown;
  actor: string;
  at: string;
}

const isEmpty = (value: unknown) => value === null || value === undefined || value === '';

function describeChange(change: RecordedChange): string {
  if (change.field === '_deleted') return change.newValue === true ? 'Deleted' : 'Restored';
  // Links are stored as ids, which mean nothing to a reader: say what happened to the link.
  if (change.field.endsWith('Id')) return isEmpty(change.oldValue) ? 'Recorded' : isEmpty(change.newValue) ? 'Cleared' : 'Changed';
  return isEmpty(change.oldValue) ? `Set to ${shown(change.newValue)}` : `${shown(change.oldValue)} → ${shown(change.newValue)}`;
}

function shown(value: unknown): string {
  if (isEmpty(value)) return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

/** `labels` names fields as the record's form does; a field without one shows as stored. */
export function ChangeList({ changes, labels, notes = {} }: { changes: readonly RecordedChange[]; labels: Readonly<Record<string, string>>; notes?: Readonly<Record<string, string>> }) {
  return (
    <ul className="change-list">
      {changes.map((change) => (
        <li key={`${change.seq}-${change.field}`}>
          <span className="change-list__when">{formatInstant(change.at)} · {change.actor}</span>
          <span className="table__primary">{labels[change.field] ?? change.field}</span>
          <span>
            {describeChange(change)}
            {isEmpty(change.newValue) && notes[change.field] ? ` (${notes[change.field]})` : ''}
          </span>
        </li>
      ))}
    </ul>
  );
}
