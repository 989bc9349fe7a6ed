// Credentials in the global search: by title, issuer and number — the number matched in full or by its digits, and
// shown only masked (it is a licence or DEA number).
import { credentialTypeLabels } from '../../../shared/domain/credentials';
import { joinedSql, labelSql, ownRows, staffNameSql, type IndexedSearchKind } from '../search/searchable-kind';

export const credentialSearch: IndexedSearchKind = {
  kind: 'credential',
  label: 'Credentials',
  entity: 'credential',
  feeds: [
    ownRows('credential', ['staffId', 'type', 'title', 'number', 'issuer', 'jurisdiction', 'expiresOn']),
    { entity: 'staff', ids: 'SELECT id FROM credentials WHERE staff_id = {row}.id', columns: ['givenName', 'familyName', 'degree'] },
  ],
  rows: `SELECT c.id, coalesce(c.title, ${labelSql('c.type', credentialTypeLabels)}) || ' — ' || ${staffNameSql('s')} AS title,
      ${joinedSql(labelSql('c.type', credentialTypeLabels), 'c.issuer', 'c.jurisdiction', "'expires ' || c.expires_on")} AS subtitle,
      '' AS body,
      -- The number as written, then without its punctuation ("MD-123 456" is also found as "MD123456").
      coalesce(c.number || ' ' || replace(replace(replace(c.number, '-', ''), ' ', ''), '.', ''), '') AS identifiers,
      '#/staff/' || c.staff_id AS opens
    FROM credentials c JOIN staff s ON s.id = c.staff_id`,
  maskIdentifiers: true,
};
