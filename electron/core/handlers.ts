// Every channel's handler, gathered from the feature folders. `satisfies Handlers` makes a missing one a compile error.
import { appHandlers } from './app/handlers';
import { credentialsHandlers } from './credentials/handlers';
import type { CoreContext } from './context';
import { dashboardHandlers } from './dashboard/handlers';
import { ethicsHandlers } from './ethics/handlers';
import { historyHandlers } from './history/handlers';
import type { Handlers } from './ipc/handlers';
import { meetingsHandlers } from './meetings/handlers';
import { measuresHandlers } from './planning/measures-handlers';
import { organisationHandlers } from './organisation/handlers';
import { policiesHandlers } from './policies/handlers';
import { privilegesHandlers } from './privileges/handlers';
import { settingsHandlers } from './settings/handlers';
import { staffHandlers } from './staff/handlers';
import { syncHandlers } from './sync/handlers';
import { strategyHandlers } from './planning/strategy-handlers';
import { pdsaHandlers } from './planning/pdsa-handlers';
import { riskHandlers } from './planning/risk-handlers';
import { trainingHandlers } from './training/handlers';
import { packetIssueHandlers } from './meetings/packet-issue-handlers';
import { reappointmentsHandlers } from './reappointments/handlers';
import { suspensionsHandlers } from './suspensions/handlers';
import { screeningHandlers } from './screening/handlers';
import { backupHandlers } from './backup/handlers';
import { appLockHandlers } from './app-lock/handlers';
import { searchHandlers } from './search/handlers';
import { jobsHandlers } from './jobs/handlers';

export function createHandlers(ctx: CoreContext): Handlers {
  const features = {
    ...appHandlers(ctx),
    ...settingsHandlers(ctx),
    ...historyHandlers(ctx),
    ...organisationHandlers(ctx),
    ...staffHandlers(ctx),
    ...credentialsHandlers(ctx),
    ...privilegesHandlers(ctx),
    ...policiesHandlers(ctx),
    ...meetingsHandlers(ctx),
    ...syncHandlers(ctx),
    ...measuresHandlers(ctx),
    ...strategyHandlers(ctx),
    ...pdsaHandlers(ctx),
    ...riskHandlers(ctx),
    ...ethicsHandlers(ctx),
    ...trainingHandlers(ctx),
    ...packetIssueHandlers(ctx),
    ...reappointmentsHandlers(ctx),
    ...suspensionsHandlers(ctx),
    ...screeningHandlers(ctx),
    ...backupHandlers(ctx),
    ...appLockHandlers(ctx),
    ...searchHandlers(ctx),
    ...jobsHandlers(ctx),
  };
  // The dashboard only reads, through the features' own handlers.
  return { ...features, ...dashboardHandlers(ctx, features) } satisfies Handlers;
}
