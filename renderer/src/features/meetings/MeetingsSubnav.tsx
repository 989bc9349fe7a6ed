// The sub-navigation of Meetings: the meetings list and the committees, the current one marked for eyes and screen readers.
import { hashForMeetingsView } from './meetings-view';

export type MeetingsSection = 'list' | 'committees';

const entries: readonly { section: MeetingsSection; label: string }[] = [
  { section: 'list', label: 'Meetings' },
  { section: 'committees', label: 'Committees' },
];

export function MeetingsSubnav({ current }: { current: MeetingsSection | null }) {
  return (
    <nav className="meetings-subnav" aria-label="Meetings views">
      {entries.map((entry) => (
        <a key={entry.section} className="meetings-subnav__link" href={hashForMeetingsView({ section: entry.section })} aria-current={entry.section === current ? 'page' : undefined}>
          {entry.label}
        </a>
      ))}
    </nav>
  );
}
