// Departments and roles in the global search: they open Organisation, where they are renamed and retired.
import { joinedSql, ownRows, type IndexedSearchKind } from '../search/searchable-kind';

export const departmentSearch: IndexedSearchKind = {
  kind: 'department',
  label: 'Departments',
  entity: 'department',
  feeds: [ownRows('department')],
  rows: `SELECT id, name AS title, ${joinedSql('code', "CASE WHEN retired_on IS NOT NULL THEN 'retired' END")} AS subtitle, '' AS body,
      '' AS identifiers, '#/staff/organisation' AS opens FROM departments`,
};

export const roleSearch: IndexedSearchKind = {
  kind: 'role',
  label: 'Roles',
  entity: 'role',
  feeds: [ownRows('role')],
  rows: `SELECT id, name AS title, ${joinedSql('kind', "CASE WHEN retired_on IS NOT NULL THEN 'retired' END")} AS subtitle, '' AS body,
      '' AS identifiers, '#/staff/organisation' AS opens FROM roles`,
};
