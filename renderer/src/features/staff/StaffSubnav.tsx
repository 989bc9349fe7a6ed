// The sub-navigation of Staff & Credentials: plain links to each view, the current one marked for eyes and screen readers.
import { hashForStaffView, type StaffSection } from './staff-view';

const entries: readonly { section: StaffSection; label: string }[] = [
  { section: 'roster', label: 'Roster' },
  { section: 'expirations', label: 'Expirations' },
  { section: 'verification', label: 'Verification' },
  { section: 'reappointments', label: 'Reappointments' },
  { section: 'evaluations', label: 'Evaluations' },
  { section: 'import', label: 'Import' },
];

export function StaffSubnav({ current }: { current: StaffSection }) {
  return (
    <nav className="staff-subnav" aria-label="Staff & Credentials views">
      {entries.map((entry) => (
        <a key={entry.section} className="staff-subnav__link" href={hashForStaffView({ section: entry.section })} aria-current={entry.section === current ? 'page' : undefined}>
          {entry.label}
        </a>
      ))}
    </nav>
  );
}
