// The expirations board: every credential lapsing in the next N days across the staff, by week, with lapsed ones first; CSV and .ics exports.
import { useEffect } from 'react';
import { addDays } from '../../../../../shared/domain/calendar-day';
import { hashQuery, useHashQuery } from '../../../app/hash-query';
import { Badge, Button, CalendarIcon, Card, DownloadIcon, PageHeader, SelectField } from '../../../ui';
import { credentialName, credentialStatusDisplay } from '../credential-display';
import { formatDay, plural } from '../format';
import { hashForPractitioner } from '../staff-view';
import { defaultWindow, expirationsHash, showChoices, type ExpirationsShow } from './filters';
import { useExpirationsStore, windowChoices, type ExpirationGroup } from './store';

export function ExpirationsView() {
  const withinDays = useExpirationsStore((state) => state.withinDays);
  const show = useExpirationsStore((state) => state.show);
  const departmentId = useExpirationsStore((state) => state.departmentId);
  const departments = useExpirationsStore((state) => state.departments);
  const groups = useExpirationsStore((state) => state.groups);
  const total = useExpirationsStore((state) => state.total);
  const today = useExpirationsStore((state) => state.today);
  const exporting = useExpirationsStore((state) => state.exporting);
  const { setFilter, exportAs } = useExpirationsStore.getState();
  // The address names the filters (a dashboard tile's link, a reload, Back): the board follows it.
  const query = useHashQuery();
  useEffect(() => {
    void useExpirationsStore.getState().applyQuery(hashQuery(`?${query}`));
  }, [query]);
  const filtered = show !== 'all' || withinDays !== defaultWindow || departmentId !== '';
  // A window the address asked for that the list does not offer (the dashboard's band) is offered too.
  const windows = [...new Set([...windowChoices, withinDays])].sort((a, b) => a - b);

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
          options={windows.map((days) => ({ value: String(days), label: `${days} days` }))}
          onChange={(event) => setFilter({ withinDays: Number(event.target.value) })}
          disabled={show === 'lapsed'}
        />
        <SelectField
          label="Department"
          value={departmentId}
          options={[{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
          onChange={(event) => setFilter({ departmentId: event.target.value })}
        />
        <SelectField
          label="Show"
          value={show}
          options={Object.entries(showChoices).map(([value, label]) => ({ value, label }))}
          onChange={(event) => setFilter({ show: event.target.value as ExpirationsShow })}
        />
        {filtered && <a className="button button--ghost" href={expirationsHash({})}>Clear filters</a>}
        <div className="staff-view__toolbar-end">
          <Button icon={<DownloadIcon />} busy={exporting === 'csv'} onClick={() => void exportAs('csv')} disabled={total === 0}>Export CSV</Button>
          <Button variant="primary" icon={<CalendarIcon />} busy={exporting === 'ics'} onClick={() => void exportAs('ics')} disabled={total === 0}>Add to calendar (.ics)</Button>
        </div>
      </div>
      <p className="staff-view__note staff-view__lead" aria-live="polite" data-testid="expirations-summary">
        {today ? `${summaryOf(total, show, formatDay(addDays(today, withinDays)))} Numbers stay masked here and in the exports.` : 'Reading…'}
      </p>
      {today && groups.length === 0 ? (
        <Card><p className="staff-view__empty">{show === 'lapsed' ? 'No current credential has lapsed.' : `Nothing expires in the next ${withinDays} days.`}</p></Card>
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

function summaryOf(total: number, show: ExpirationsShow, until: string): string {
  if (show === 'lapsed') return `${plural(total, 'credential')} lapsed.`;
  return `${plural(total, 'credential')} ${show === 'all' ? 'lapsed or ' : ''}expiring by ${until}.`;
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
