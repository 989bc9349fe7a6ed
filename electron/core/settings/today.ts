// "Today" for every due-date rule: the calendar day in the organisation's time zone, not the laptop's.
import { todayIn } from '../../../shared/domain/calendar-day';
import type { CoreContext } from '../context';
import { settingsRepository } from './repository';

export function organisationCalendar(ctx: CoreContext) {
  const settings = settingsRepository(ctx);
  return {
    today: () => todayIn(settings.read().timeZone, ctx.now()),
    settings: () => settings.read(),
  };
}
