// The sub-navigation of Meetings: the meetings list, action items across meetings and the committees, the current one marked for eyes and screen readers.
import { SubNav } from '../../ui';
import { hashForMeetingsView } from './meetings-view';

export type MeetingsSection = 'list' | 'actions' | 'committees';

/** The views in the order the sub-navigation shows them (the command palette offers "Go to" each). */
export const meetingsViews: readonly { section: MeetingsSection; label: string }[] = [
  { section: 'list', label: 'Meetings' },
  { section: 'actions', label: 'Action items' },
  { section: 'committees', label: 'Committees' },
];

export function MeetingsSubnav({ current }: { current: MeetingsSection | null }) {
  return (
    <SubNav
      label="Meetings views"
      links={meetingsViews.map((entry) => ({ href: hashForMeetingsView({ section: entry.section }), label: entry.label, current: entry.section === current }))}
    />
  );
}
