// The expirations board: every credential lapsing in the next N days across the staff, by week, with lapsed ones first; CSV and .ics exports.
import { useEffect } from 'react';
import { addDays } from '../../../../../shared/domain/calendar-day';
import { Badge, Button, CalendarIcon, Card, CheckboxField, DownloadIcon, PageHeader, SelectField } from '../../../ui';
import { credentialName, credentialStatusDisplay } from '../credential-display';
import { formatDay, plural } from '../format';
import { hashForPractitioner } from '../staff-view';
import { useExpirationsStore, windowChoices, type ExpirationGroup, type WindowDays } from './store';

export function ExpirationsView() {
  const load = useExpirationsStore((state) => state.load);
  const withinDays = useExpirationsStore((state) => state.withinDays);
  const includeExpired = useExpirationsStore((state) => state.includeExpired);
  const departmentId = useExpirationsStore((state) => state.departmentId);
  const departments = useExpirationsStore((state) => state.departments);
  const groups = useExpirationsStore((state) => state.groups);
  const total = useExpirationsStore((state) => state.total);
  const today = useExpirationsStore((state) => state.today);
  const exporting = useExpirationsStore((state) => state.exporting);
  const { setWithinDays, setIncludeExpired, setDepartment, exportAs } = useExpirationsStore.getState();

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Credential expirations"
        description="Every current credential that lapses soon, across the whole medical staff, week by week."
      />
      <div className="staff-view__toolbar">
        <SelectField
          label="Expiring within"
          value={String(withinDays)}
          options={windowChoices.map((days) => ({ value: String(days), label: `${days} days` }))}
          onChange={(event) => setWithinDays(Number(event.target.value) as WindowDays)}
        />
        <SelectField
          label="Department"
          value={departmentId}
          options={[{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(event) => setDepartment(event.target.value)}
        />
        <CheckboxField className="staff-view__checkbox" label="Include expired" checked={includeExpired} onChange={(event) => setIncludeExpired(event.target.checked)} />
        <div className="staff-view__toolbar-end">
          <Button icon={<DownloadIcon />} busy={exporting === 'csv'} onClick={() => void exportAs('csv')} disabled={total === 0}>Export CSV</Button>
          <Button variant="primary" icon={<CalendarIcon />} busy={exporting === 'ics'} onClick={() => void exportAs('ics')} disabled={total === 0}>Add to calendar (.ics)</Button>
        </div>
      </div>
      <p className="staff-view__note staff-view__lead" aria-live="polite" data-testid="expirations-summary">
        {today ? `${plural(total, 'credential')} ${includeExpired ? 'lapsed or ' : ''}expiring by ${formatDay(addDays(today, withinDays))}. Numbers stay masked here and in the exports.` : 'Reading…'}
      </p>
      {today && groups.length === 0 ? (
        <Card><p className="staff-view__empty">Nothing expires in the next {withinDays} days.</p></Card>
      ) : (
        <div className="staff-view__groups">
          {groups.map((group) => (
            <ExpirationWeek key={group.key} group={group} />
          ))}
        </div>
      )}
    </>
  );
}

function groupTitle(group: ExpirationGroup): string {
  if (group.kind === 'expired') return 'Expired';
  return `Week of ${formatDay(group.weekOf)}`;
}

function ExpirationWeek({ group }: { group: ExpirationGroup }) {
  const title = groupTitle(group);
  return (
    <Card flush title={<>{title} <span className="expirations__count">{plural(group.rows.length, 'credential')}</span></>} aria-label={title} data-testid="expiration-group">
      <div className="table-wrap">
        <table className="table" aria-label={title}>
          <thead>
            <tr>
              <th scope="col" style={{ width: '23%' }}>Practitioner</th>
              <th scope="col" style={{ width: '24%' }}>Credential</th>
              <th scope="col" style={{ width: '13%' }}>Number</th>
              <th scope="col" style={{ width: '12%' }}>Expires</th>
              <th scope="col" style={{ width: '28%' }}>Status</th>
            </tr>
          </thead>
          <tbody>
            {group.rows.map((row) => {
              const status = credentialStatusDisplay(row.status);
              return (
                <tr key={row.credentialId} data-testid="expiration-row">
                  <td>
                    <a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a>
                    <div className="table__secondary">{row.departmentName}</div>
                  </td>
                  <td>{credentialName(row)}</td>
                  <td className="staff-view__mono">{row.numberMasked ?? '—'}</td>
                  <td className="tabular">{formatDay(row.expiresOn)}</td>
                  <td><Badge tone={status.tone}>{status.text}</Badge></td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </Card>
  );
}
