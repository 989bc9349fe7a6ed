// Privileges in the global search: "moderate sedation" finds who holds it.
import { joinedSql, ownRows, staffNameSql, type IndexedSearchKind } from '../search/searchable-kind';

export const privilegeSearch: IndexedSearchKind = {
  kind: 'privilege',
  label: 'Privileges',
  entity: 'privilege',
  feeds: [
    ownRows('privilege', ['staffId', 'name', 'status', 'conditions', 'distantSite']),
    { entity: 'staff', ids: 'SELECT id FROM privileges WHERE staff_id = {row}.id', columns: ['givenName', 'familyName', 'degree'] },
  ],
  rows: `SELECT p.id, p.name || ' — ' || ${staffNameSql('s')} AS title, ${joinedSql('p.status', 'p.distant_site')} AS subtitle,
      coalesce(p.conditions, '') AS body, '' AS identifiers, '#/staff/' || p.staff_id AS opens
    FROM privileges p JOIN staff s ON s.id = p.staff_id`,
};
