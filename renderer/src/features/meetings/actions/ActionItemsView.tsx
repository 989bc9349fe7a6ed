// Action items across every meeting: by status, owner and committee, sorted by due date, owner, status or meeting;
// each row links to the meeting it came from.
import { useEffect } from 'react';
import { hashQuery, useHashQuery } from '../../../app/hash-query';
import { Badge, Card, formatDay, PageHeader, SelectField, SortableHeader, Table } from '../../../ui';
import { plural } from '../../staff/format';
import { useCommitteesStore } from '../committees/store';
import { actionStatusLabel, optionsOf } from '../labels';
import { meetingDayText } from '../meeting-time';
import { hashForMeeting } from '../meetings-view';
import { actionItemsHash, actionListStatusLabel, defaultActionFilters, type ActionListSort, type ActionListStatus } from './filters';
import { useActionItemsStore, type ActionListRow } from './store';

const columns: readonly { sort: ActionListSort; label: string; width?: string }[] = [
  { sort: 'owner', label: 'Owner', width: '16%' },
  { sort: 'due', label: 'Due', width: '13%' },
  { sort: 'meeting', label: 'Meeting', width: '25%' },
  { sort: 'status', label: 'Status', width: '170px' },
];

export function ActionItemsView() {
  const { filters, rows, owners, loaded, error, setFilter } = useActionItemsStore();
  const committees = useCommitteesStore((state) => state.committees);
  const loadCommittees = useCommitteesStore((state) => state.load);
  const query = useHashQuery();

  useEffect(() => {
    void loadCommittees();
  }, [loadCommittees]);
  // The address names the filters (the dashboard tile's link, a reload, Back): the list follows it.
  useEffect(() => {
    void useActionItemsStore.getState().applyQuery(hashQuery(`?${query}`));
  }, [query]);

  const filtered = filters.status !== defaultActionFilters.status || filters.owner !== '' || filters.committeeId !== '';
  // An owner named in the address but holding no action item still shows as chosen, so the filter can be seen and cleared.
  const ownerChoices = filters.owner && !owners.includes(filters.owner) ? [...owners, filters.owner] : owners;

  return (
    <>
      <PageHeader title="Action items" description="What every committee asked someone to do, across all meetings: who owns it, when it is due and where it stands." />
      <div className="meetings__toolbar">
        <SelectField
          className="meetings__filter"
          label="Status"
          value={filters.status}
          onChange={(event) => setFilter({ status: event.target.value as ActionListStatus })}
          options={Object.entries(actionListStatusLabel).map(([value, label]) => ({ value, label }))}
        />
        <SelectField
          className="meetings__filter"
          label="Owner"
          value={filters.owner}
          onChange={(event) => setFilter({ owner: event.target.value })}
          options={[{ value: '', label: 'Everyone' }, ...ownerChoices.map((o) => ({ value: o, label: o }))]}
        />
        <SelectField
          className="meetings__filter"
          label="Committee"
          value={filters.committeeId}
          onChange={(event) => setFilter({ committeeId: event.target.value })}
          options={[{ value: '', label: 'All committees' }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
        />
        {filtered && <a className="button button--ghost" href={actionItemsHash({ sort: filters.sort })}>Clear filters</a>}
        <p className="meetings__summary" data-testid="actions-summary" aria-live="polite">
          {loaded ? plural(rows.length, 'action item') : 'Reading action items…'}
        </p>
      </div>
      {error && <p className="meetings__error" role="alert">{error}</p>}
      <Card flush className="meetings__card">
        {loaded && rows.length === 0 ? (
          <p className="meetings__empty">No action items match. {filtered ? 'Clear the filters to see them all.' : ''}</p>
        ) : (
          <Table label="Action items across meetings">
            <thead>
              <tr>
                <th scope="col">Action</th>
                {columns.map((c) => (
                  <SortableHeader key={c.sort} label={c.label} width={c.width} direction={filters.sort === c.sort ? 'asc' : null} onSort={() => setFilter({ sort: c.sort })} />
                ))}
              </tr>
            </thead>
            <tbody>
              {rows.map((row) => <ActionRow key={row.id} row={row} />)}
            </tbody>
          </Table>
        )}
      </Card>
    </>
  );
}

function ActionRow({ row }: { row: ActionListRow }) {
  const setStatus = useActionItemsStore((state) => state.setStatus);
  return (
    <tr data-testid="action-list-row">
      <td>{row.description}</td>
      <td>{row.ownerName}</td>
      <td className="tabular">
        {row.dueOn ? formatDay(row.dueOn) : 'No date'}
        {row.overdue && <div><Badge tone="danger">Overdue</Badge></div>}
      </td>
      <td>
        <a href={hashForMeeting(row.meetingId)} className="meetings__title-link">{row.meetingTitle}</a>
        <div className="meetings__muted">{meetingDayText(row.meetingStartsAt, row.meetingTimeZone)}</div>
      </td>
      <td>
        <select className="field__control meetings__inline-select meetings__action-status" aria-label={`Status of ${row.description}`} value={row.status} onChange={(e) => void setStatus(row.id, e.target.value as ActionListRow['status'])}>
          {optionsOf(actionStatusLabel).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </td>
    </tr>
  );
}
