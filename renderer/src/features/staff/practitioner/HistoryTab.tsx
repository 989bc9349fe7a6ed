// The history tab: every recorded change to the practitioner's record, newest first, from the change log.
import { useEffect } from 'react';
import { formatInstant } from '../format';
import { usePractitionerStore } from './store';

/** The change log names fields as stored; these read as the form does. */
const fieldLabels: Record<string, string> = {
  givenName: 'Given name', familyName: 'Family name', degree: 'Degree', roleId: 'Role', departmentId: 'Department', specialty: 'Specialty',
  npi: 'NPI', email: 'Email', hireDate: 'Hire date', status: 'Status', appointmentCategory: 'Appointment category',
  appointmentStart: 'Appointment start', appointmentEnd: 'Appointment end',
};

function describeChange(change: { field: string; oldValue: unknown; newValue: unknown }): string {
  const isEmpty = (value: unknown) => value === null || value === undefined || value === '';
  // Role and department are stored as ids, which mean nothing to a reader; the current names are in the header.
  if (change.field.endsWith('Id')) return isEmpty(change.oldValue) ? 'Recorded' : 'Changed';
  return isEmpty(change.oldValue) ? `Set to ${shown(change.newValue)}` : `${shown(change.oldValue)} → ${shown(change.newValue)}`;
}

function shown(value: unknown): string {
  if (value === null || value === undefined || value === '') return '—';
  return typeof value === 'string' ? value : JSON.stringify(value);
}

export function HistoryTab() {
  const history = usePractitionerStore((state) => state.history);
  const loadHistory = usePractitionerStore((state) => state.loadHistory);
  useEffect(() => {
    void loadHistory();
  }, [loadHistory]);

  if (!history) return <p className="staff-view__note">Reading the history…</p>;
  if (history.length === 0) return <p className="staff-view__empty">No changes recorded.</p>;
  return (
    <section aria-label="History" className="card">
      <div className="card__body">
        <ul className="history-list">
          {history.map((change) => (
            <li key={`${change.seq}-${change.field}`}>
              <span className="history-list__when">{formatInstant(change.at)} · {change.actor}</span>
              <span className="table__primary">{fieldLabels[change.field] ?? change.field}</span>
              <span>{describeChange(change)}</span>
            </li>
          ))}
        </ul>
      </div>
    </section>
  );
}
