// The meetings list: upcoming meetings (soonest first) and past ones (latest first), by committee, with their status in words.
import { useEffect, useState } from 'react';
import { Badge, Button, Card, EmptyState, MeetingsIcon, PageHeader, SelectField, Table } from '../../../ui';
import { useCommitteesStore } from '../committees/store';
import { meetingStatusLabel, meetingStatusTone, meetingTypeLabel } from '../labels';
import { meetingClockText, meetingDayText } from '../meeting-time';
import { hashForMeeting, hashForMeetingsView } from '../meetings-view';
import { ScheduleMeetingDialog } from './ScheduleMeetingDialog';
import { useMeetingsListStore, type MeetingRow } from './store';

export function MeetingsListView() {
  const { rows, loaded, loadError, committeeId, load, filterBy } = useMeetingsListStore();
  const committees = useCommitteesStore((state) => state.committees);
  const loadCommittees = useCommitteesStore((state) => state.load);
  const [scheduling, setScheduling] = useState(false);

  useEffect(() => {
    void load();
    void loadCommittees();
  }, [load, loadCommittees]);

  // The core ordered them: upcoming soonest first, then past latest first; the split is where the order turns.
  const now = new Date().toISOString();
  const upcoming = rows.filter((r) => r.startsAt >= now);
  const past = rows.filter((r) => r.startsAt < now);
  const noCommittees = loaded && committees.length === 0;

  return (
    <>
      <PageHeader
        title="Meetings"
        description="Committee meetings from agenda to approved minutes, and the board packet built from them."
        actions={committees.length > 0 && <Button variant="primary" onClick={() => setScheduling(true)}>Schedule a meeting</Button>}
      />
      {loadError && <p className="meetings__error" role="alert">{loadError}</p>}
      {noCommittees ? (
        <EmptyState
          icon={<MeetingsIcon />}
          title="No meetings yet"
          description="Every meeting belongs to a committee. Set up the Medical Executive Committee, Credentials or any other committee with its members and quorum rule, then schedule its meetings here."
          actions={<a className="button button--primary" href={hashForMeetingsView({ section: 'committees' })}>Set up a committee</a>}
        />
      ) : (
        <>
          <div className="meetings__toolbar">
            <SelectField
              className="meetings__filter"
              label="Committee"
              value={committeeId ?? ''}
              onChange={(event) => void filterBy(event.target.value || null)}
              options={[{ value: '', label: 'All committees' }, ...committees.map((c) => ({ value: c.id, label: c.name }))]}
            />
            <p className="meetings__summary" data-testid="meetings-summary">
              {loaded ? `${upcoming.length} upcoming · ${past.length} past` : 'Reading meetings…'}
            </p>
          </div>
          <MeetingTable title="Upcoming" rows={upcoming} empty="Nothing scheduled. Schedule the next meeting so its agenda can be built." />
          <MeetingTable title="Past" rows={past} empty="No meetings have been held yet." />
        </>
      )}
      {scheduling && <ScheduleMeetingDialog committees={committees} defaultCommitteeId={committeeId} onClose={() => setScheduling(false)} />}
    </>
  );
}

function MeetingTable({ title, rows, empty }: { title: string; rows: readonly MeetingRow[]; empty: string }) {
  return (
    <Card title={title} flush className="meetings__card">
      {rows.length === 0 ? (
        <p className="meetings__empty">{empty}</p>
      ) : (
        <Table label={`${title} meetings`}>
          <thead>
            <tr>
              <th scope="col" style={{ width: '17%' }}>Date</th>
              <th scope="col">Meeting</th>
              <th scope="col" style={{ width: '21%' }}>Committee</th>
              <th scope="col" style={{ width: '9%' }}>Agenda</th>
              <th scope="col" style={{ width: '19%' }}>Status</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.id} data-testid="meeting-row">
                <td>
                  <div>{meetingDayText(row.startsAt, row.timeZone)}</div>
                  <div className="meetings__muted">{meetingClockText(row.startsAt, row.timeZone)}</div>
                </td>
                <td>
                  <a href={hashForMeeting(row.id)} className="meetings__title-link">{row.title}</a>
                  <div className="meetings__muted">{[meetingTypeLabel[row.type], row.location].filter(Boolean).join(' · ')}</div>
                </td>
                <td>{row.committeeName}</td>
                <td>{row.agendaItems === 1 ? '1 item' : `${row.agendaItems} items`}</td>
                <td><Badge tone={meetingStatusTone[row.status]}>{meetingStatusLabel[row.status]}</Badge></td>
              </tr>
            ))}
          </tbody>
        </Table>
      )}
    </Card>
  );
}
