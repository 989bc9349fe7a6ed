// Exclusion screenings, the matches they found and NPDB queries, declared once for the store, the change log and sync.
import { defineEntity } from '../db/entity';

export const exclusionScreeningEntity = defineEntity({
  name: 'exclusionScreening',
  table: 'exclusion_screenings',
  fields: {
    listKind: 'text',
    listName: 'text',
    fileName: 'text',
    fileSha256: 'text',
    screenedOn: 'text',
    rowCount: 'integer',
    staffScreened: 'integer',
    matchCount: 'integer',
    nearMisses: 'integer',
  },
});

export const exclusionMatchEntity = defineEntity({
  name: 'exclusionMatch',
  table: 'exclusion_matches',
  fields: {
    staffId: 'text',
    screeningId: 'text',
    basis: 'text',
    listedKey: 'text',
    listedName: 'text',
    listedNpi: 'text',
    listedDob: 'text',
    listedAddress: 'text',
    listedSpecialty: 'text',
    exclType: 'text',
    exclDate: 'text',
    status: 'text',
    decidedBy: 'text',
    decidedOn: 'text',
    note: 'text',
  },
});

export const npdbQueryEntity = defineEntity({
  name: 'npdbQuery',
  table: 'npdb_queries',
  fields: { staffId: 'text', queriedOn: 'text', kind: 'text', result: 'text', reportDocumentId: 'text', note: 'text' },
});
