// The app itself: which database is open, what it holds, and the sample hospital for a first look.
import { z } from 'zod';
import { channel } from './define';
import { Empty, NonBlank } from './common';

export const RecordCounts = z.record(z.string(), z.number().int());
export type RecordCounts = z.infer<typeof RecordCounts>;

/** The director using this laptop: named on every change made here, and as the one who recorded decisions taken by others. */
export const DirectorIdentity = z.object({
  name: NonBlank('Your name', 120),
  role: NonBlank('Your role', 120),
}).strict();
export type DirectorIdentity = z.infer<typeof DirectorIdentity>;

export const AppInfo = z.object({
  appVersion: z.string(),
  dataDir: z.string(),
  databaseFile: z.string(),
  schemaVersion: z.number().int(),
  organisationName: z.string(),
  /** True until the first record other than a setting is here: the screens then offer the sample hospital and joining a team's folder. */
  isEmpty: z.boolean(),
  /** Who this laptop's changes are recorded as; null until the director says who they are. */
  director: DirectorIdentity.nullable(),
  /** The name the change log gives this laptop's changes now: the director's, or the computer's user name until it is set. */
  actor: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const sampleSizeLimit = 20_000;

export const appContract = {
  'app.info': channel({
    summary: 'The open database and the app version',
    writes: false,
    input: Empty,
    output: AppInfo,
  }),
  'app.stats': channel({
    summary: 'How many records of each kind the database holds',
    writes: false,
    input: Empty,
    output: RecordCounts,
  }),
  'app.setDirector': channel({
    summary: "Say who is using this laptop: the change log names them on every change from now on",
    writes: true,
    input: DirectorIdentity,
    output: AppInfo,
  }),
  'app.seedSample': channel({
    summary: 'Fill an empty database with the fictional sample hospital',
    writes: true,
    input: z.object({
      staff: z.number().int().min(10, 'The sample needs at least 10 staff').max(sampleSizeLimit, `The sample has at most ${sampleSizeLimit} staff`).default(250),
      seed: z.number().int().min(0).default(1),
    }).strict(),
    output: RecordCounts,
  }),
};
