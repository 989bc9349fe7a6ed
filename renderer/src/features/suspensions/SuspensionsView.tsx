// Suspensions across the staff: the lapses to record and the suspensions in force. "#/staff/suspensions?show=unrecorded"
// is what the dashboard's Suspensions tile counted; the filter is on screen too, to clear.
import { hashQuery, hashWithQuery, setHashQuery, useHashQuery } from '../../app/hash-query';
import { PageHeader, SelectField } from '../../ui';
import { SuspensionsPanel, type SuspensionsShown } from './SuspensionsPanel';

const showChoices: Record<SuspensionsShown, string> = {
  all: 'Lapses to record and suspensions in force',
  unrecorded: 'Lapses with no suspension recorded',
  'in-force': 'Suspensions in force',
};

/** The view's address with this filter: "#/staff/suspensions?show=unrecorded". */
export const suspensionsHash = (show: SuspensionsShown) => hashWithQuery('#/staff/suspensions', { show: show === 'all' ? null : show });

export function SuspensionsView() {
  useHashQuery();
  const asked = hashQuery().get('show');
  const show: SuspensionsShown = asked && asked in showChoices ? (asked as SuspensionsShown) : 'all';
  return (
    <>
      <PageHeader
        title="Suspensions"
        description="What a lapse suspends by the bylaws, recorded as an event with its notice and reinstatement: a licence in a state of practice or malpractice cover, all privileges; a DEA or state controlled-substance registration, controlled-substance prescribing only."
      />
      <div className="staff-view__toolbar">
        <SelectField
          label="Show"
          value={show}
          options={Object.entries(showChoices).map(([value, label]) => ({ value, label }))}
          onChange={(event) => setHashQuery({ show: event.target.value === 'all' ? null : event.target.value })}
        />
      </div>
      <SuspensionsPanel staffId={null} show={show} />
    </>
  );
}
