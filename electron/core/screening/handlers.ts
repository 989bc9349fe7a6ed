// Channel handlers for exclusion screening and NPDB queries.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import { exclusionImporter } from './exclusion-import';
import { screeningRepository } from './repository';

export function screeningHandlers(ctx: CoreContext): HandlersFor<
  'screening.import' | 'screening.list' | 'screening.matches' | 'screening.decide' | 'screening.overdue' | 'screening.forStaff' | 'npdb.record' | 'npdb.due'
> {
  const repo = screeningRepository(ctx);
  const attachments = attachmentStore(ctx);
  return {
    'screening.import': ({ listKind, listName, fileName, dataBase64 }) => exclusionImporter(ctx).screen({ listKind, listName, fileName, bytes: decodeBase64(dataBase64) }),
    'screening.list': () => repo.screenings(),
    'screening.matches': ({ status }) => repo.matches(status),
    'screening.decide': ({ id, decision, note }) => repo.decide(id, decision, note),
    'screening.overdue': () => repo.overdue(),
    'screening.forStaff': ({ staffId }) => repo.forStaff(staffId),
    // The report and the query are written together: a refused query leaves no orphan document.
    'npdb.record': ({ report, note, ...fields }) =>
      ctx.store.transaction(() => repo.recordNpdb({ ...fields, note: note ?? null, reportDocumentId: report ? attachments.put(report.fileName, decodeBase64(report.dataBase64)) : null })),
    'npdb.due': ({ withinDays }) => repo.npdbDue(withinDays),
  };
}
