// "Today" as the organisation counts it: the calendar day in its time zone (Settings), not in UTC. A completion typed
// at 6 pm in Los Angeles is dated that day, not the next one, which the core would refuse as in the future.
import { format } from 'date-fns';
import { todayIn } from '../../../shared/domain/calendar-day';
import { call } from '../client';
import { onDatabaseChanged } from './data-events';

let timeZone: string | null = null;
let reading: Promise<void> | null = null;

function readTimeZone(): Promise<void> {
  reading ??= call('settings.get', {})
    .then((settings) => void (timeZone = settings.timeZone))
    // Until Settings can be read, the laptop's own day stands in: right wherever the laptop sits in the organisation's zone.
    .catch(() => undefined);
  return reading;
}

onDatabaseChanged(() => {
  reading = null;
  void readTimeZone();
});

/** YYYY-MM-DD in the organisation's zone; the first call, before Settings is read, answers with the laptop's own day. */
export function organisationToday(): string {
  if (!reading) void readTimeZone();
  return timeZone ? todayIn(timeZone, new Date()) : format(new Date(), 'yyyy-MM-dd');
}
