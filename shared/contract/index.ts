// The whole IPC contract: one entry per channel. Adding a channel is one entry here and one handler in core.
import type { z } from 'zod';
import type { Result } from './result';
import { appContract } from './app';
import { credentialsContract } from './credentials';
import { dashboardContract } from './dashboard';
import { ethicsContract } from './ethics';
import { historyContract } from './history';
import { meetingsContract } from './meetings';
import { measuresContract } from './measures';
import { organisationContract } from './organisation';
import { policiesContract } from './policies';
import { privilegesContract } from './privileges';
import { rosterImportContract } from './roster-import';
import { settingsContract } from './settings';
import { staffContract } from './staff';
import { syncContract } from './sync';
import { strategyContract } from './strategy';
import { pdsaContract } from './pdsa';
import { risksContract } from './risks';
import { trainingContract } from './training';
import { packetIssuesContract } from './packet-issues';
import { reappointmentsContract } from './reappointments';
import { suspensionsContract } from './suspensions';
import { screeningContract } from './screening';
import { backupContract } from './backup';
import { appLockContract } from './app-lock';
import { searchContract } from './search';
import { jobsContract } from './jobs';

export const contract = {
  ...appContract,
  ...settingsContract,
  ...historyContract,
  ...organisationContract,
  ...staffContract,
  ...rosterImportContract,
  ...credentialsContract,
  ...privilegesContract,
  ...policiesContract,
  ...meetingsContract,
  ...syncContract,
  ...dashboardContract,
  ...measuresContract,
  ...strategyContract,
  ...pdsaContract,
  ...risksContract,
  ...ethicsContract,
  ...trainingContract,
  ...packetIssuesContract,
  ...reappointmentsContract,
  ...suspensionsContract,
  ...screeningContract,
  ...backupContract,
  ...appLockContract,
  ...searchContract,
  ...jobsContract,
};

export type Contract = typeof contract;
export type ChannelName = keyof Contract;
export const channelNames = Object.keys(contract) as ChannelName[];

export type InputOf<C extends ChannelName> = z.input<Contract[C]['input']>;
export type ParsedInputOf<C extends ChannelName> = z.output<Contract[C]['input']>;
export type OutputOf<C extends ChannelName> = z.output<Contract[C]['output']>;

/** What `window.chartroom` is in Electron and what the bridge client builds in a browser: one function per channel. */
export type ChartroomApi = { [C in ChannelName]: (input: InputOf<C>) => Promise<Result<OutputOf<C>>> };

export function isChannelName(name: string): name is ChannelName {
  return Object.hasOwn(contract, name);
}

export * from './result';
