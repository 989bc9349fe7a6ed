// One meeting: its header (when, where, status, live quorum), the lock banner once the minutes are approved, and tabs for
// the agenda, attendance, minutes, motions and action items.
import { useEffect, useState } from 'react';
import { ArrowLeftIcon, Badge, Button, PageHeader, Tabs } from '../../../ui';
import { hashQuery, useHashQuery } from '../../../app/hash-query';
import { HistoryButton } from '../../history/HistoryButton';
import { meetingStatusLabel, meetingStatusTone, meetingTypeLabel } from '../labels';
import { meetingTimeText } from '../meeting-time';
import { hashForMeetingsView } from '../meetings-view';
import { ActionItemsPanel } from './ActionItemsPanel';
import { AgendaBuilder } from './AgendaBuilder';
import { AttendancePanel } from './AttendancePanel';
import { ExportButtons, ExportReport } from './ExportPanel';
import { LockedBanner } from './LockedBanner';
import { MinutesPanel } from './MinutesPanel';
import { MotionsPanel } from './MotionsPanel';
import { PacketPanel } from './PacketPanel';
import { QuorumIndicator } from './QuorumIndicator';
import { useMeetingStore } from './store';

const tabs = ['agenda', 'attendance', 'minutes', 'motions', 'actions', 'packet'] as const;
type Tab = (typeof tabs)[number];

/** The tab the address names ("#/meetings/<id>?tab=packet": the palette's "Export the packet for the next MEC"), else the agenda. */
function tabFromAddress(): Tab | null {
  const named = hashQuery().get('tab');
  return (tabs as readonly string[]).includes(named ?? '') ? (named as Tab) : null;
}

export function MeetingView({ meetingId }: { meetingId: string }) {
  const { meeting, loadError, open, setStatus } = useMeetingStore();
  const [tab, setTab] = useState<Tab>(() => tabFromAddress() ?? 'agenda');
  const addressed = useHashQuery();
  useEffect(() => {
    const named = tabFromAddress();
    if (named) setTab(named);
  }, [addressed]);

  useEffect(() => {
    void open(meetingId);
  }, [open, meetingId]);

  if (loadError && !meeting) return <p className="meetings__error" role="alert">{loadError}</p>;
  if (!meeting || meeting.id !== meetingId) return <p className="meetings__muted">Opening the meeting…</p>;

  const openActions = meeting.actionItems.filter((a) => a.status === 'open' || a.status === 'in-progress').length + meeting.carriedActionItems.length;
  return (
    <>
      <a className="meetings__back" href={hashForMeetingsView({ section: 'list' })}><ArrowLeftIcon /> All meetings</a>
      <PageHeader
        title={meeting.title}
        description={
          <span className="meetings__facts">
            <span>{meeting.committeeName}</span>
            <span>{meetingTypeLabel[meeting.type]} meeting</span>
            <span>{meetingTimeText(meeting.startsAt, meeting.timeZone)}</span>
            {meeting.location && <span>{meeting.location}</span>}
            <Badge tone={meetingStatusTone[meeting.status]}>{meetingStatusLabel[meeting.status]}</Badge>
          </span>
        }
        actions={
          <>
            {meeting.status === 'scheduled' && <Button onClick={() => void setStatus('held')}>Mark as held</Button>}
            {meeting.status === 'held' && <Button variant="ghost" onClick={() => void setStatus('scheduled')}>Back to scheduled</Button>}
            <ExportButtons meeting={meeting} />
            <HistoryButton entity="meeting" id={meeting.id} name={meeting.title} />
          </>
        }
      />
      <QuorumIndicator quorum={meeting.quorum} />
      {meeting.locked && <LockedBanner meeting={meeting} />}
      <ExportReport meetingId={meeting.id} />
      <Tabs<Tab>
        label="Meeting"
        selected={tab}
        onSelect={setTab}
        tabs={[
          { key: 'agenda', label: 'Agenda', note: String(meeting.agenda.length) },
          { key: 'attendance', label: 'Attendance', note: `${meeting.quorum.presentVoting}/${meeting.quorum.votingMembers}` },
          { key: 'minutes', label: 'Minutes' },
          { key: 'motions', label: 'Motions', note: String(meeting.motions.length) },
          { key: 'actions', label: 'Action items', note: String(openActions) },
          { key: 'packet', label: 'Packet' },
        ]}
      >
        {tab === 'agenda' && <AgendaBuilder meeting={meeting} />}
        {tab === 'attendance' && <AttendancePanel meeting={meeting} />}
        {tab === 'minutes' && <MinutesPanel meeting={meeting} />}
        {tab === 'motions' && <MotionsPanel meeting={meeting} />}
        {tab === 'actions' && <ActionItemsPanel meeting={meeting} />}
        {tab === 'packet' && <PacketPanel meeting={meeting} />}
      </Tabs>
    </>
  );
}
