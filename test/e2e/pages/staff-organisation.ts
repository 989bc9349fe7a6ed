// A hospital with departments and roles but no staff yet: what a medical staff office has before its first roster import.
import type { Core } from '../../../electron/core/core';

export async function organisationWithoutStaff(core: Core): Promise<void> {
  await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  await core.call('departments.create', { code: 'EM', name: 'Emergency Medicine' });
  await core.call('settings.update', { organisationName: 'Harbour View Community Hospital', timeZone: 'UTC' });
  // Roles have no channel of their own yet (the sample hospital and migrations make them), so they are written directly.
  const insertRole = core.context.db.prepare('INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, ?, ?)');
  const now = new Date().toISOString();
  insertRole.run('role-attending', 'Attending Physician', 'physician', now, now);
  insertRole.run('role-np', 'Nurse Practitioner', 'advanced-practice', now, now);
}
