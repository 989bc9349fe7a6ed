// A hospital with departments and roles but no staff yet: what a medical staff office has before its first roster import.
import type { Core } from '../../../electron/core/core';

export async function organisationWithoutStaff(core: Core): Promise<void> {
  await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  await core.call('departments.create', { code: 'EM', name: 'Emergency Medicine' });
  await core.call('settings.update', { organisationName: 'Harbour View Community Hospital', timeZone: 'UTC' });
  await core.call('roles.create', { name: 'Attending Physician', kind: 'physician' });
  await core.call('roles.create', { name: 'Nurse Practitioner', kind: 'advanced-practice' });
}
