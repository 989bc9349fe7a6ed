// The history tab: every recorded change to the practitioner's record, newest first, with undo of the newest edit.
import { HistoryPanel } from '../../history/HistoryPanel';
import { usePractitionerStore } from './store';

/** The change log names fields as stored; these read as the form does where the core's labels differ. */
const fieldLabels: Record<string, string> = { roleId: 'Role', departmentId: 'Department' };

export function HistoryTab() {
  const member = usePractitionerStore((state) => state.member);
  if (!member) return null;
  return (
    <section aria-label="History" className="card">
      <div className="card__body">
        <HistoryPanel entity="staff" id={member.id} name={`${member.givenName} ${member.familyName}`} version={member.updatedAt} labels={fieldLabels} />
      </div>
    </section>
  );
}
