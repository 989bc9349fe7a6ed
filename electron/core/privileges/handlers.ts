// Channel handlers for privileges and FPPE/OPPE evaluations.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { privilegesRepository } from './repository';

type PrivilegeChannels =
  | 'privileges.forStaff' | 'privileges.grant' | 'privileges.update'
  | 'evaluations.forStaff' | 'evaluations.create' | 'evaluations.update' | 'evaluations.complete' | 'evaluations.due';

export function privilegesHandlers(ctx: CoreContext): HandlersFor<PrivilegeChannels> {
  const repo = privilegesRepository(ctx);
  return {
    'privileges.forStaff': ({ staffId }) => repo.privilegesOf(staffId),
    'privileges.grant': (fields) =>
      repo.privilege(
        repo.grant({
          ...fields,
          grantedOn: fields.grantedOn ?? null,
          expiresOn: fields.expiresOn ?? null,
          conditions: fields.conditions ?? null,
          distantSite: fields.distantSite ?? null,
        }),
      ),
    'privileges.update': ({ id, patch }) => {
      repo.updatePrivilege(id, patch);
      return repo.privilege(id);
    },
    'evaluations.forStaff': ({ staffId }) => repo.evaluationsOf(staffId),
    'evaluations.create': (fields) =>
      repo.evaluation(
        repo.openEvaluation({
          ...fields,
          privilegeId: fields.privilegeId ?? null,
          reviewer: fields.reviewer ?? null,
          completedOn: fields.completedOn ?? null,
          notes: fields.notes ?? null,
          decision: null,
          decisionNote: null,
        }),
      ),
    'evaluations.update': ({ id, patch }) => {
      repo.updateEvaluation(id, patch);
      return repo.evaluation(id);
    },
    'evaluations.complete': (input) => repo.evaluation(repo.completeFppe(input)),
    'evaluations.due': ({ withinDays }) => repo.due(withinDays),
  };
}
