// Channel handlers for the app itself: what is open, what it holds, and the sample hospital.
import type { RecordCounts } from '../../../shared/contract/app';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { seedSampleHospital } from '../sample/hospital';
import { settingsRepository } from '../settings/repository';
import { actorOf, readDirector, writeDirector } from './director-identity';
import { holdsRecords } from './first-run';
import { countedKinds } from './record-kinds';

export function countRecords({ db }: CoreContext): RecordCounts {
  const counts: RecordCounts = {};
  for (const { kind, table } of countedKinds) counts[kind] = db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number;
  return counts;
}

export function appHandlers(ctx: CoreContext): HandlersFor<'app.info' | 'app.stats' | 'app.seedSample' | 'app.setDirector'> {
  const settings = settingsRepository(ctx);
  const info = () => ({
    appVersion: ctx.appVersion,
    dataDir: ctx.dataDir,
    databaseFile: ctx.databaseFile,
    schemaVersion: ctx.db.pragma('user_version', { simple: true }) as number,
    organisationName: settings.read().organisationName,
    isEmpty: !holdsRecords(ctx.db),
    director: readDirector(ctx.db),
    actor: ctx.store.actor,
  });
  return {
    'app.info': info,
    'app.setDirector': (director) => {
      writeDirector(ctx.db, director);
      ctx.store.actAs(actorOf(director));
      return info();
    },
    'app.stats': () => countRecords(ctx),
    'app.seedSample': ({ staff, seed }) => {
      seedSampleHospital(ctx, { staff, seed });
      return countRecords(ctx);
    },
  };
}
