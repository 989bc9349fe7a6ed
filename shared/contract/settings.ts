// Settings the director can change: each is typed here once, with its default.
import { z } from 'zod';
import { channel } from './define';
import { Empty } from './common';

export const Settings = z.object({
  organisationName: z.string().trim().min(1, 'The organisation needs a name').max(160),
  /** IANA zone used to show times and to decide which calendar day "today" is. */
  timeZone: z.string().trim().min(1).max(64),
});
export type Settings = z.infer<typeof Settings>;

export const defaultSettings: Settings = {
  organisationName: 'My organisation',
  timeZone: 'UTC',
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
