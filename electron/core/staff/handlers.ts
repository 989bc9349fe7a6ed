// Channel handlers for staff members.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { staffRepository } from './repository';
import { rosterImporter } from './roster-import';

export function staffHandlers(ctx: CoreContext): HandlersFor<'staff.list' | 'staff.get' | 'staff.create' | 'staff.update' | 'staff.endAppointment' | 'staff.reappointments' | 'staff.importPreview' | 'staff.importCommit' | 'staff.revealDateOfBirth'> {
  const repo = staffRepository(ctx);
  return {
    'staff.list': (query) => repo.list(query),
    'staff.get': ({ id }) => repo.get(id),
    'staff.create': (fields) => repo.get(repo.create(fields)),
    'staff.update': ({ id, patch }) => {
      repo.update(id, patch);
      return repo.get(id);
    },
    'staff.endAppointment': ({ id, endedOn, reason }) => {
      repo.endAppointment(id, endedOn, reason);
      return repo.get(id);
    },
    'staff.reappointments': ({ withinDays }) => repo.reappointments(withinDays),
    'staff.revealDateOfBirth': ({ id }) => ({ dateOfBirth: repo.revealDateOfBirth(id) }),
    // The importer reads departments and roles when it starts, so each import gets a fresh one.
    'staff.importPreview': ({ dataBase64, mapping }) => rosterImporter(ctx).preview(dataBase64, mapping),
    'staff.importCommit': ({ dataBase64, mapping, jobId }) => ctx.jobs.run(jobId, (job) => rosterImporter(ctx).commit(dataBase64, mapping, job)),
  };
}
