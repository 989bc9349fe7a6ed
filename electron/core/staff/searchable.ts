// Practitioners in the global search: by name, NPI, role, department, specialty and e-mail.
import { joinedSql, ownRows, staffNameSql, type IndexedSearchKind } from '../search/searchable-kind';

export const practitionerSearch: IndexedSearchKind = {
  kind: 'practitioner',
  label: 'Practitioners',
  entity: 'staff',
  feeds: [
    ownRows('staff', ['givenName', 'familyName', 'degree', 'roleId', 'departmentId', 'specialty', 'npi', 'email']),
    { entity: 'role', ids: 'SELECT id FROM staff WHERE role_id = {row}.id', columns: ['name'] },
    { entity: 'department', ids: 'SELECT id FROM staff WHERE department_id = {row}.id', columns: ['name'] },
  ],
  rows: `SELECT s.id, ${staffNameSql('s')} AS title,
      ${joinedSql('r.name', 'd.name', 's.specialty', "'NPI ' || s.npi")} AS subtitle,
      coalesce(s.email, '') AS body, '' AS identifiers, '#/staff/' || s.id AS opens
    FROM staff s LEFT JOIN roles r ON r.id = s.role_id LEFT JOIN departments d ON d.id = s.department_id`,
};
