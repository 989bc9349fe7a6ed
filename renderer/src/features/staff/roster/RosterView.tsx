// The roster: search, department and status filters above a virtualized table of everyone on the medical staff.
import { useEffect, useState } from 'react';
import { useAppStore } from '../../../app/app-store';
import { useRouteStore } from '../../../app/route-store';
import { Button, Card, EmptyState, PageHeader, PlusIcon, SearchIcon, SelectField, StaffIcon, TextField, UploadIcon, type SelectOption } from '../../../ui';
import { PractitionerDetailsDialog } from '../practitioner/PractitionerDetailsDialog';
import { plural } from '../format';
import { staffStatusDisplay } from '../staff-status';
import { hashForPractitioner, hashForStaffView } from '../staff-view';
import { RosterTable } from './RosterTable';
import { useRosterStore, type StaffStatus } from './store';

const statusOptions: SelectOption[] = [
  { value: '', label: 'Any status' },
  ...(Object.entries(staffStatusDisplay) as [StaffStatus, { label: string }][]).map(([value, { label }]) => ({ value, label })),
];

export function RosterView() {
  const databaseIsEmpty = useAppStore((state) => state.info?.isEmpty ?? false);
  const open = useRosterStore((state) => state.open);
  const [adding, setAdding] = useState(false);

  useEffect(() => {
    void open();
  }, [open]);

  return (
    <>
      <PageHeader
        title="Staff & Credentials"
        description="Everyone the medical staff office keeps records on, with where their credentials stand."
        actions={
          <>
            <a className="button button--secondary" href={hashForStaffView({ section: 'import' })}>
              <UploadIcon /> Import a roster
            </a>
            <Button variant="primary" icon={<PlusIcon />} onClick={() => setAdding(true)}>Add practitioner</Button>
          </>
        }
      />
      {adding && <PractitionerDetailsDialog member={null} onClose={() => setAdding(false)} onAdded={(staffId) => (window.location.hash = hashForPractitioner(staffId))} />}
      {databaseIsEmpty ? <NoStaffYet /> : <Roster />}
    </>
  );
}

function Roster() {
  const searchText = useRosterStore((state) => state.searchText);
  const departmentId = useRosterStore((state) => state.departmentId);
  const status = useRosterStore((state) => state.status);
  const departments = useRosterStore((state) => state.departments);
  const total = useRosterStore((state) => state.total);
  const loaded = useRosterStore((state) => state.loaded);
  const querying = useRosterStore((state) => state.querying);
  const { setSearchText, setDepartment, setStatus } = useRosterStore.getState();
  const filtered = searchText.trim() !== '' || departmentId !== '' || status !== '';

  const departmentOptions: SelectOption[] = [{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))];

  return (
    <Card flush className="staff">
      <div className="staff__toolbar" role="search">
        <div className="staff__search">
          <SearchIcon className="staff__search-icon" />
          <TextField
            label="Search staff"
            hideLabel
            type="search"
            placeholder="Search by name, specialty, department, NPI or email"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <SelectField label="Department" hideLabel options={departmentOptions} value={departmentId} onChange={(event) => setDepartment(event.target.value)} className="staff__filter" />
        <SelectField label="Status" hideLabel options={statusOptions} value={status} onChange={(event) => setStatus(event.target.value as StaffStatus | '')} className="staff__filter staff__filter--narrow" />
      </div>
      <div className="staff__summary" aria-live="polite" data-testid="staff-summary">
        {loaded ? summaryOf(total, filtered) : 'Reading the roster…'}
        {querying && loaded && <span className="staff__updating">Updating…</span>}
      </div>
      {loaded && total === 0 ? (
        filtered ? (
          <div className="staff__no-match">
            <p className="staff__no-match-title">No one matches</p>
            <p>Check the spelling, or clear the department and status filters.</p>
          </div>
        ) : (
          <div className="staff__no-match">
            <p className="staff__no-match-title">No practitioners yet</p>
            <p>Import the medical staff roster from a CSV file exported from your credentialing system or a spreadsheet.</p>
            <p><a href={hashForStaffView({ section: 'import' })}>Import a roster</a></p>
          </div>
        )
      ) : (
        <RosterTable />
      )}
    </Card>
  );
}

function summaryOf(total: number, filtered: boolean): string {
  const people = plural(total, 'person', 'people');
  return filtered ? `${people} ${total === 1 ? 'matches' : 'match'}` : people;
}

function NoStaffYet() {
  const navigate = useRouteStore((state) => state.navigate);
  return (
    <Card>
      <EmptyState
        icon={<StaffIcon />}
        title="No staff yet"
        description="Your medical staff roster will live here, and each person’s credentials, privileges and evaluations with it."
        capabilities={[
          { title: 'Practitioner records', text: 'Degree, specialty, department, NPI with its check digit verified, and appointment category and dates.' },
          { title: 'Licences and registrations', text: 'State licence, controlled-substance and DEA registrations, board certification, BLS/ACLS/PALS and insurance.' },
          { title: 'Expiry reminders', text: 'Reminders at 90, 60, 30 and 7 days, and privileges suspended the day after a lapse.' },
          { title: 'Privileges and evaluations', text: 'Privileges granted item by item, with FPPE for new privileges and OPPE every 6 to 12 months.' },
        ]}
        actions={
          <Button variant="primary" onClick={() => navigate('dashboard')}>
            Open the sample hospital from the Dashboard
          </Button>
        }
      />
    </Card>
  );
}
