// The app lock: after idle minutes or on demand the core refuses every channel but these, until the passphrase is given.
import { z } from 'zod';
import { channel } from './define';
import { Empty } from './common';

export const defaultLockIdleMinutes = 15;

export const LockStatus = z.object({
  locked: z.boolean(),
  /** Without a lock passphrase the app never locks: there would be no way back in. */
  hasPassphrase: z.boolean(),
  /** Minutes without use before the app locks itself. */
  idleMinutes: z.number().int(),
});
export type LockStatus = z.infer<typeof LockStatus>;

const Passphrase = z.string().min(1, 'Type the lock passphrase').max(200, 'A passphrase is at most 200 characters');
const NewPassphrase = z.string().min(10, 'Use at least 10 characters: a few words are easier to remember than symbols').max(200, 'A passphrase is at most 200 characters');
export const LockIdleMinutes = z.number({ error: 'The minutes are a whole number' }).int('The minutes are a whole number')
  .min(1, 'Lock after at least 1 minute').max(480, 'Lock after at most 480 minutes (8 hours)');

export const LockSettingsInput = z.object({
  /** A new lock passphrase: the first one, or a change (then currentPassphrase is required). */
  passphrase: NewPassphrase.optional(),
  currentPassphrase: Passphrase.optional(),
  idleMinutes: LockIdleMinutes.optional(),
}).strict();
export type LockSettingsInput = z.infer<typeof LockSettingsInput>;

/** The only channels a locked core answers. */
export const channelsWhileLocked = ['lock.status', 'lock.unlock', 'lock.now'] as const;

export const appLockContract = {
  'lock.status': channel({
    summary: 'Whether Chartroom is locked, and after how many idle minutes it locks itself',
    writes: false,
    input: Empty,
    output: LockStatus,
  }),
  'lock.now': channel({
    summary: 'Lock Chartroom now: nothing is shown or answered until the lock passphrase is given',
    writes: false,
    input: Empty,
    output: LockStatus,
  }),
  'lock.unlock': channel({
    summary: 'Unlock Chartroom with the lock passphrase',
    writes: false,
    input: z.object({ passphrase: Passphrase }).strict(),
    output: LockStatus,
  }),
  'lock.configure': channel({
    summary: 'Set or change the lock passphrase, or the idle minutes before Chartroom locks itself',
    writes: true,
    input: LockSettingsInput,
    output: LockStatus,
  }),
};
