// Every migration, in order. A new schema version is one new file and one line here.
import type { Migration } from '../migration';
import { migration as foundation } from './0001-foundation';
import { migration as credentials } from './0002-credentials';
import { migration as policies } from './0003-policies';
import { migration as meetings } from './0004-meetings';
import { migration as sync } from './0005-sync';
import { migration as syncPerFolder } from './0006-sync-per-folder';
import { migration as syncDuplicates } from './0007-sync-duplicates';
import { migration as syncFaults } from './0008-sync-faults';
import { migration as leavingAndRetiring } from './0009-leaving-and-retiring';
import { migration as approvalChains } from './0010-approval-chains';
import { migration as agendaLinkKinds } from './0011-agenda-link-kinds';
import { migration as planning } from './0012-planning';
import { migration as training } from './0013-training';
import { migration as ethics } from './0014-ethics';
import { migration as governanceKinds } from './0015-governance-kinds';
import { migration as motionRules } from './0016-motion-rules';
import { migration as standardEditions } from './0017-standard-editions';
import { migration as privilegeKinds } from './0018-privilege-kinds';
import { migration as packetIssues } from './0019-packet-issues';
import { migration as reappointments } from './0020-reappointments';
import { migration as suspensions } from './0021-suspensions';
import { migration as screening } from './0022-screening';
import { migration as credentialTerms } from './0023-credential-terms';
import { migration as whoDecided } from './0024-who-decided';
import { migration as searchIndex } from './0025-search-index';

export const migrations: readonly Migration[] = [
  foundation, credentials, policies, meetings, sync, syncPerFolder, syncDuplicates, syncFaults, leavingAndRetiring, approvalChains,
  agendaLinkKinds, planning, training, ethics, governanceKinds, motionRules, standardEditions, privilegeKinds, packetIssues,
  reappointments, suspensions, screening, credentialTerms, whoDecided,
  searchIndex,
];

export const latestSchemaVersion = migrations.at(-1)!.version;
