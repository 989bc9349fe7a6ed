// The dashboard once records exist: how many departments, staff and roles, and the next useful steps.
import type { ComponentType } from 'react';
import { useRouteStore } from '../../app/route-store';
import type { RouteId } from '../../app/routes';
import { ArrowRightIcon, Card, DepartmentsIcon, PageHeader, PeopleIcon, PoliciesIcon, RolesIcon, SettingsIcon, StaffIcon, type IconProps } from '../../ui';
import { useDashboardStore } from './store';

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

interface NextStep {
  route: RouteId;
  title: string;
  text: string;
  icon: ComponentType<IconProps>;
}

const nextSteps: readonly NextStep[] = [
  { route: 'staff', title: 'Review the medical staff roster', text: 'Search by name, specialty, NPI or email, and narrow it to one department.', icon: StaffIcon },
  { route: 'settings', title: 'Confirm the organisation’s details', text: 'The name appears on every packet; the time zone decides which day is “today” for due dates.', icon: SettingsIcon },
  { route: 'policies', title: 'Plan the policy library', text: 'See how versions, approvals, review cycles and read-and-sign will fit together.', icon: PoliciesIcon },
];

export function OrganisationAtAGlance({ organisationName }: { organisationName: string }) {
  const counts = useDashboardStore((state) => state.counts);
  const navigate = useRouteStore((state) => state.navigate);

  return (
    <>
      <PageHeader title="Dashboard" description={`${organisationName} at a glance.`} />
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

      <Card title="What’s next" className="next-steps" flush>
        <ul className="next-steps__list">
          {nextSteps.map(({ route, title, text, icon: Icon }) => (
            <li key={route}>
              <button type="button" className="next-steps__item" onClick={() => navigate(route)}>
                <span className="next-steps__icon" aria-hidden="true"><Icon /></span>
                <span className="next-steps__words">
                  <span className="next-steps__title">{title}</span>
                  <span className="next-steps__text">{text}</span>
                </span>
                <ArrowRightIcon className="next-steps__arrow" />
              </button>
            </li>
          ))}
        </ul>
      </Card>
    </>
  );
}
