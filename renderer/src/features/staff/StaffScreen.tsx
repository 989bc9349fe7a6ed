// Staff & Credentials: the roster, searchable and filterable, one page at a time.
import { useEffect } from 'react';
import { useAppStore } from '../../app/app-store';
import { useRouteStore } from '../../app/route-store';
import { Button, Card, EmptyState, PageHeader, SearchIcon, SelectField, StaffIcon, TextField, type SelectOption } from '../../ui';
import { staffStatusDisplay } from './staff-status';
import { StaffTable } from './StaffTable';
import { staffPageSize, useStaffStore, type StaffStatus } from './store';
import './staff.css';

const statusOptions: SelectOption[] = [
  { value: '', label: 'Any status' },
  ...(Object.entries(staffStatusDisplay) as [StaffStatus, { label: string }][]).map(([value, { label }]) => ({ value, label })),
];

export function StaffScreen() {
  const databaseIsEmpty = useAppStore((state) => state.info?.isEmpty ?? false);
  const open = useStaffStore((state) => state.open);

  useEffect(() => {
    void open();
  }, [open]);

  return (
    <>
      <PageHeader title="Staff & Credentials" description="Everyone the medical staff office keeps records on, with their role, department, specialty and status." />
      {databaseIsEmpty ? <NoStaffYet /> : <StaffRoster />}
    </>
  );
}

function StaffRoster() {
  const { searchText, departmentId, status, departments, rows, total, loading, loaded } = useStaffStore();
  const { setSearchText, setDepartment, setStatus, loadMore } = useStaffStore.getState();
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
            placeholder="Search by name, specialty, NPI or email"
            value={searchText}
            onChange={(event) => setSearchText(event.target.value)}
          />
        </div>
        <SelectField label="Department" hideLabel options={departmentOptions} value={departmentId} onChange={(event) => setDepartment(event.target.value)} className="staff__filter" />
        <SelectField label="Status" hideLabel options={statusOptions} value={status} onChange={(event) => setStatus(event.target.value as StaffStatus | '')} className="staff__filter staff__filter--narrow" />
      </div>
      <div className="staff__summary" aria-live="polite" data-testid="staff-summary">
        {loaded ? summaryOf(rows.length, total, filtered) : 'Reading the roster…'}
        {loading === 'first' && loaded && <span className="staff__updating">Updating…</span>}
      </div>
      {loaded && rows.length === 0 ? (
        <div className="staff__no-match">
          <p className="staff__no-match-title">No one matches</p>
          <p>Check the spelling, or clear the department and status filters.</p>
        </div>
      ) : (
        <StaffTable rows={rows} />
      )}
      {rows.length < total && (
        <div className="staff__more">
          <Button variant="secondary" busy={loading === 'more'} onClick={() => void loadMore()}>
            {loading === 'more' ? 'Loading…' : `Show ${Math.min(total - rows.length, staffPageSize)} more`}
          </Button>
        </div>
      )}
    </Card>
  );
}

function summaryOf(shown: number, total: number, filtered: boolean): string {
  const people = `${total.toLocaleString()} ${total === 1 ? 'person' : 'people'}`;
  if (shown >= total) return filtered ? `${people} ${total === 1 ? 'matches' : 'match'}` : people;
  return `Showing ${shown.toLocaleString()} of ${people}${filtered ? ' who match' : ''}`;
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
