// The history tab: every recorded change to the practitioner's record, newest first, from the change log.
import { useEffect } from 'react';
import { ChangeList } from '../../../ui';
import { usePractitionerStore } from './store';

/** The change log names fields as stored; these read as the form does. */
const fieldLabels: Record<string, string> = {
  givenName: 'Given name', familyName: 'Family name', degree: 'Degree', roleId: 'Role', departmentId: 'Department', specialty: 'Specialty',
  npi: 'NPI', email: 'Email', hireDate: 'Hire date', status: 'Status', appointmentCategory: 'Appointment category',
  appointmentStart: 'Appointment start', appointmentEnd: 'Appointment end',
};

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
        <ChangeList changes={history} labels={fieldLabels} />
      </div>
    </section>
  );
}
