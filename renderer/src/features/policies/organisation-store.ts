// What the policies screens need from the organisation: "today" in its time zone, and the departments and roles to assign to.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { todayIn } from '../../../../shared/domain/calendar-day';
import { onDatabaseChanged } from '../../app/data-events';
import { call } from '../../client';

type Department = OutputOf<'departments.list'>[number];
type Role = OutputOf<'roles.list'>[number];

interface PolicyOrganisationState {
  /** The calendar day in the organisation's time zone: the default for "in force on", reviews and attestations. */
  today: string;
  departments: Department[];
  roles: Role[];
  load(): Promise<void>;
}

export const usePolicyOrganisation = create<PolicyOrganisationState>((set) => ({
  today: todayIn('UTC', new Date()),
  departments: [],
  roles: [],
  async load() {
    try {
      const [settings, departments, roles] = await Promise.all([call('settings.get', {}), call('departments.list', {}), call('roles.list', {})]);
      set({ today: todayIn(settings.timeZone, new Date()), departments, roles });
    } catch {
      // Without them the pickers are empty and today is UTC's; the screens still work and say so where it matters.
    }
  },
}));

onDatabaseChanged(() => usePolicyOrganisation.getState().load());
