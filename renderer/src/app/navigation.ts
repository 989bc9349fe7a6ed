// The sidebar's entries: label and icon per screen, grouped the way a director thinks about the week.
import type { ComponentType } from 'react';
import {
  DashboardIcon,
  EthicsIcon,
  MeetingsIcon,
  PlanningIcon,
  PoliciesIcon,
  SettingsIcon,
  StaffIcon,
  TrainingIcon,
  type IconProps,
} from '../ui';
import type { RouteId } from './routes';

export interface NavigationEntry {
  route: RouteId;
  label: string;
  icon: ComponentType<IconProps>;
}

export interface NavigationGroup {
  /** Null for the group that needs no heading (the dashboard at the top, settings at the foot). */
  heading: string | null;
  entries: readonly NavigationEntry[];
}

export const navigationGroups: readonly NavigationGroup[] = [
  { heading: null, entries: [{ route: 'dashboard', label: 'Dashboard', icon: DashboardIcon }] },
  {
    heading: 'Records',
    entries: [
      { route: 'policies', label: 'Policies', icon: PoliciesIcon },
      { route: 'staff', label: 'Staff & Credentials', icon: StaffIcon },
      { route: 'meetings', label: 'Meetings', icon: MeetingsIcon },
      { route: 'planning', label: 'Planning', icon: PlanningIcon },
      { route: 'training', label: 'Training', icon: TrainingIcon },
      { route: 'ethics', label: 'Ethics', icon: EthicsIcon },
    ],
  },
];

export const settingsEntry: NavigationEntry = { route: 'settings', label: 'Settings', icon: SettingsIcon };

