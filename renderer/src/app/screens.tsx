// Which screen each route shows.
import type { ComponentType } from 'react';
import { DashboardScreen } from '../features/dashboard/DashboardScreen';
import { EthicsScreen } from '../features/ethics/EthicsScreen';
import { MeetingsScreen } from '../features/meetings/MeetingsScreen';
import { PlanningScreen } from '../features/planning/PlanningScreen';
import { PoliciesScreen } from '../features/policies/PoliciesScreen';
import { SettingsScreen } from '../features/settings/SettingsScreen';
import { StaffScreen } from '../features/staff/StaffScreen';
import { TrainingScreen } from '../features/training/TrainingScreen';
import type { RouteId } from './routes';

export const screens: Record<RouteId, ComponentType> = {
  dashboard: DashboardScreen,
  policies: PoliciesScreen,
  staff: StaffScreen,
  meetings: MeetingsScreen,
  planning: PlanningScreen,
  training: TrainingScreen,
  ethics: EthicsScreen,
  settings: SettingsScreen,
};
