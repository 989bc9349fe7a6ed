// Credentials and their verifications, declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const credentialEntity = defineEntity({
  name: 'credential',
  table: 'credentials',
  fields: {
    staffId: 'text',
    type: 'text',
    title: 'text',
    number: 'text',
    issuer: 'text',
    jurisdiction: 'text',
    issuedOn: 'text',
    expiresOn: 'text',
    restrictions: 'text',
    documentId: 'text',
    registeredName: 'text',
  },
  masked: ['number'],
});

export const verificationEntity = defineEntity({
  name: 'verification',
  table: 'verifications',
  fields: {
    credentialId: 'text', kind: 'text', source: 'text', verifiedOn: 'text', verifier: 'text', method: 'text', result: 'text', notes: 'text',
    confirmedExpiresOn: 'text',
  },
});

/** An earlier term of a credential, kept when it was renewed: the credential's own row always holds the current term. */
export const credentialTermEntity = defineEntity({
  name: 'credentialTerm',
  table: 'credential_terms',
  fields: { credentialId: 'text', issuedOn: 'text', expiresOn: 'text', documentId: 'text', renewedOn: 'text' },
});
