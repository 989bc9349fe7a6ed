// Channel handlers for credentials, verifications, the expirations board and attached documents.
import type { CoreContext } from '../context';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import type { HandlersFor } from '../ipc/handlers';
import { organisationCalendar } from '../settings/today';
import { expirationsCalendar, expirationsCsv } from './calendar-export';
import { credentialsRepository } from './repository';

type CredentialChannels =
  | 'credentials.forStaff' | 'credentials.create' | 'credentials.update' | 'credentials.renew' | 'credentials.terms' | 'credentials.remove' | 'credentials.revealNumber'
  | 'credentials.attachDocument' | 'credentials.expirations' | 'credentials.exportExpirations'
  | 'verifications.forCredential' | 'verifications.record' | 'verifications.needed' | 'attachments.read';

export function credentialsHandlers(ctx: CoreContext): HandlersFor<CredentialChannels> {
  const repo = credentialsRepository(ctx);
  const attachments = attachmentStore(ctx);
  const calendar = organisationCalendar(ctx);
  return {
    'credentials.forStaff': ({ staffId }) => repo.forStaff(staffId),
    'credentials.create': (fields) => repo.get(repo.create(fields)),
    'credentials.update': ({ id, patch }) => {
      repo.update(id, patch);
      return repo.get(id);
    },
    'credentials.renew': ({ id, document, ...term }) => {
      repo.renew(id, term, document && (() => attachments.put(document.fileName, decodeBase64(document.dataBase64))));
      return repo.get(id);
    },
    'credentials.terms': ({ credentialId }) => repo.terms(credentialId),
    'credentials.remove': ({ id }) => {
      repo.remove(id);
      return { id };
    },
    'credentials.revealNumber': ({ id }) => ({ number: repo.revealNumber(id) }),
    'credentials.attachDocument': ({ credentialId, fileName, dataBase64 }) => {
      repo.get(credentialId);
      ctx.store.transaction(() => repo.attach(credentialId, attachments.put(fileName, decodeBase64(dataBase64))));
      return repo.get(credentialId);
    },
    'credentials.expirations': (query) => repo.expirations(query),
    'credentials.exportExpirations': ({ format, ...query }) => {
      const { today, rows } = repo.expirations(query);
      const settings = calendar.settings();
      return format === 'csv' ? expirationsCsv(rows, today) : expirationsCalendar(rows, today, settings.credentialWarningDays, settings.organisationName, ctx.now());
    },
    'verifications.forCredential': ({ credentialId }) => repo.verificationsFor(credentialId),
    'verifications.record': (fields) => repo.recordVerification({ ...fields, notes: fields.notes ?? null }),
    'verifications.needed': ({ limit }) => repo.needingVerification(limit),
    'attachments.read': ({ id }) => {
      const { bytes, ...meta } = attachments.read(id);
      return { ...meta, dataBase64: bytes.toString('base64') };
    },
  };
}
