// The sub-navigation of Staff & Credentials: plain links to each view, the current one marked for eyes and screen readers.
import { SubNav } from '../../ui';
import { hashForStaffView, type StaffSection } from './staff-view';

/** The views in the order the sub-navigation shows them (the command palette offers "Go to" each). */
export const staffViews: readonly { section: StaffSection; label: string }[] = [
  { section: 'roster', label: 'Roster' },
  { section: 'expirations', label: 'Expirations' },
  { section: 'verification', label: 'Verification' },
  { section: 'reappointments', label: 'Reappointments' },
  { section: 'evaluations', label: 'Evaluations' },
  { section: 'suspensions', label: 'Suspensions' },
  { section: 'screening', label: 'Exclusions' },
  { section: 'npdb', label: 'NPDB' },
  { section: 'import', label: 'Import' },
  { section: 'organisation', label: 'Organisation' },
];

export function StaffSubnav({ current }: { current: StaffSection }) {
  return (
    <SubNav
      label="Staff & Credentials views"
      links={staffViews.map((entry) => ({ href: hashForStaffView({ section: entry.section }), label: entry.label, current: entry.section === current }))}
    />
  );
}
