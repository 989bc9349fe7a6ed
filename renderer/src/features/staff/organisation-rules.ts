// The organisation's settings the credential rules need (reminder days, reappointment cycle, time zone) and "today" in that zone.
import { create } from 'zustand';
import { todayIn } from '../../../../shared/domain/calendar-day';
import { accreditorReverificationDays, defaultWarningDays, reverificationWindowDays } from '../../../../shared/domain/credentials';
import { onDatabaseChanged } from '../../app/data-events';
import { call } from '../../client';

interface OrganisationRulesState {
  /** The calendar day in the organisation's time zone: what every status on these screens is measured from. */
  today: string;
  warningDays: readonly number[];
  cycleYears: 2 | 3;
  /** How old a primary-source verification may be when the committee decides: the accreditor's window. */
  reverificationDays: number;
  timeZone: string;
  load(): Promise<void>;
}

export const useOrganisationRules = create<OrganisationRulesState>((set) => ({
  today: todayIn('UTC', new Date()),
  warningDays: defaultWarningDays,
  cycleYears: 2,
  reverificationDays: accreditorReverificationDays['joint-commission'],
  timeZone: 'UTC',
  async load() {
    try {
      const settings = await call('settings.get', {});
      set({
        today: todayIn(settings.timeZone, new Date()),
        warningDays: settings.credentialWarningDays,
        cycleYears: settings.reappointmentCycleYears,
        reverificationDays: reverificationWindowDays(settings),
        timeZone: settings.timeZone,
      });
    } catch {
      // The defaults stay: statuses are then measured in UTC with 90/60/30/7, which the screens still explain.
    }
  },
}));

onDatabaseChanged(() => useOrganisationRules.getState().load());
