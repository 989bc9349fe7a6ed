// Committees, meetings and board packets: a sub-navigation (meetings, action items, committees) over the view the address names.
import { ActionItemsView } from './actions/ActionItemsView';
import { CommitteesView } from './committees/CommitteesView';
import { MeetingsListView } from './list/MeetingsListView';
import { MeetingView } from './meeting/MeetingView';
import { MeetingsSubnav } from './MeetingsSubnav';
import { useMeetingsViewStore } from './meetings-view';
import './meetings.css';

export function MeetingsScreen() {
  const view = useMeetingsViewStore((state) => state.view);
  return (
    <>
      <MeetingsSubnav current={view.section === 'meeting' ? null : view.section} />
      {view.section === 'list' && <MeetingsListView />}
      {view.section === 'actions' && <ActionItemsView />}
      {view.section === 'committees' && <CommitteesView />}
      {view.section === 'meeting' && <MeetingView key={view.meetingId} meetingId={view.meetingId} />}
    </>
  );
}
