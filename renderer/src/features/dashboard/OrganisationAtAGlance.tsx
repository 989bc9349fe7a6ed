// The dashboard once records exist: what needs the director today, the next meetings, and the organisation's size.
import type { ComponentType } from 'react';
import { Card, DepartmentsIcon, formatFullDay, PageHeader, PeopleIcon, RolesIcon, type IconProps } from '../../ui';
import { AttentionTiles } from './AttentionTiles';
import { useDashboardStore } from './store';
import { UpcomingMeetings } from './UpcomingMeetings';

interface CountCard {
  kind: 'staff' | 'departments' | 'roles';
  label: string;
  caption: string;
  icon: ComponentType<IconProps>;
}

const countCards: readonly CountCard[] = [
  { kind: 'staff', label: 'Staff', caption: 'Physicians, advanced practice, nursing, pharmacy and support', icon: PeopleIcon },
  { kind: 'departments', label: 'Departments', caption: 'Clinical services and the offices behind them', icon: DepartmentsIcon },
  { kind: 'roles', label: 'Roles', caption: 'What each person is appointed as', icon: RolesIcon },
];

export function OrganisationAtAGlance({ organisationName }: { organisationName: string }) {
  const counts = useDashboardStore((state) => state.counts);
  const attention = useDashboardStore((state) => state.attention);
  const day = attention ? formatFullDay(attention.today) : null;

  return (
    <>
      <PageHeader title="Dashboard" description={day ? `${organisationName} — what needs you on ${day}.` : `${organisationName} at a glance.`} />
      {attention && (
        <>
          <h2 className="dashboard__heading">Needs attention</h2>
          <AttentionTiles attention={attention} />
          <UpcomingMeetings meetings={attention.meetings.upcoming} />
        </>
      )}

      <h2 className="dashboard__heading">The organisation</h2>
      <div className="count-cards">
        {countCards.map(({ kind, label, caption, icon: Icon }) => (
          <Card key={kind} className="count-card" data-testid={`count-${kind}`}>
            <div className="count-card__top">
              <span className="count-card__label">{label}</span>
              <span className="count-card__icon" aria-hidden="true"><Icon /></span>
            </div>
            <div className="count-card__value tabular">{counts ? (counts[kind] ?? 0).toLocaleString() : '–'}</div>
            <div className="count-card__caption">{caption}</div>
          </Card>
        ))}
      </div>
    </>
  );
}
