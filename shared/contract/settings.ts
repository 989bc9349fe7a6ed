// Settings the director can change: each is typed here once, with its default.
import { z } from 'zod';
import { channel } from './define';
import { Empty } from './common';
import { isValidTimeZone } from '../domain/calendar-day';
import { accreditors, defaultWarningDays } from '../domain/credentials';

export const Settings = z.object({
  organisationName: z.string().trim().min(1, 'The organisation needs a name').max(160),
  /** IANA zone used to show times and to decide which calendar day "today" is. */
  timeZone: z.string().trim().min(1).max(64).refine(isValidTimeZone, 'Not a time zone this computer knows (use a name like America/Chicago)'),
  /** Reminder bands before a credential expires, in days. */
  credentialWarningDays: z
    .array(z.number().int().min(1, 'A reminder is at least 1 day ahead').max(365, 'A reminder is at most 365 days ahead'))
    .min(1, 'Keep at least one reminder')
    .max(6, 'At most six reminders')
    .refine((days) => new Set(days).size === days.length, 'Each reminder day appears once'),
  /** The bylaws' reappointment cycle. */
  reappointmentCycleYears: z.union([z.literal(2), z.literal(3)], { error: 'The reappointment cycle is 2 or 3 years' }),
  /**
   * The state(s) the organisation practises in, as two-letter codes: a licence or registration lapsing there suspends
   * what it covers; one from another state suspends nothing here. Empty: every state counts.
   */
  practiceStates: z
    .array(z.string().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'A state is its two-letter code, like WA or OR'))
    .max(60, 'At most 60 states')
    .refine((states) => new Set(states).size === states.length, 'Each state appears once'),
  /** Whose standards set how old a primary-source verification may be when the committee decides (reverificationWindowDays). */
  accreditor: z.enum(accreditors, { error: 'Choose The Joint Commission, NCQA or another accreditor' }),
  /** The window when the accreditor is "other" (DNV, a state's rule, the bylaws); ignored otherwise. */
  otherReverificationDays: z.number({ error: 'The window is a whole number of days' }).int('The window is a whole number of days')
    .min(30, 'The window is at least 30 days').max(365, 'The window is at most 365 days'),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  organisationName: 'My organisation',
  timeZone: 'UTC',
  credentialWarningDays: [...defaultWarningDays],
  reappointmentCycleYears: 2,
  practiceStates: [],
  // The Joint Commission's 180 days: the window every laptop used before it was a setting.
  accreditor: 'joint-commission',
  otherReverificationDays: 180,
};

export const settingsContract = {
  'settings.get': channel({
    summary: 'All settings, with defaults for those never set',
    writes: false,
    input: Empty,
    output: Settings,
  }),
  'settings.update': channel({
    summary: 'Change some settings',
    writes: true,
    input: Settings.partial().strict(),
    output: Settings,
  }),
};
