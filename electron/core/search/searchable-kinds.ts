// Every kind of record the global search finds, in the order its groups are shown. A feature joins with one entry here,
// naming the declaration in its own folder (staff/searchable.ts…); test/core/search/searchable-kinds.test.ts fails
// for an entity that is neither here nor in its list of records not searched, with the reason.
import { credentialSearch } from '../credentials/searchable';
import { ethicsCaseSearch } from '../ethics/searchable';
import { actionItemSearch, agendaItemSearch, committeeSearch, meetingSearch, minutesAmendmentSearch, motionSearch } from '../meetings/searchable';
import { departmentSearch, roleSearch } from '../organisation/searchable';
import {
  goalSearch, initiativeSearch, measureSearch, milestoneSearch, pdsaCycleSearch, planPeriodSearch, riskSearch,
} from '../planning/searchable';
import { policySearch, standardSearch } from '../policies/searchable';
import { privilegeSearch } from '../privileges/searchable';
import { practitionerSearch } from '../staff/searchable';
import { trainingCourseSearch, trainingRequirementSearch } from '../training/searchable';
import type { SearchableKind } from './searchable-kind';

export const searchableKinds: readonly SearchableKind[] = [
  practitionerSearch, credentialSearch, privilegeSearch,
  policySearch, standardSearch,
  committeeSearch, meetingSearch, agendaItemSearch, motionSearch, actionItemSearch, minutesAmendmentSearch,
  planPeriodSearch, goalSearch, initiativeSearch, milestoneSearch, measureSearch, pdsaCycleSearch, riskSearch,
  trainingCourseSearch, trainingRequirementSearch,
  ethicsCaseSearch,
  departmentSearch, roleSearch,
];
