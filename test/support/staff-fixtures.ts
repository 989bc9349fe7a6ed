// A small organisation made through the real handlers, for tests that need departments, roles and a practitioner.
import { npiCheckDigit } from '../../shared/domain/npi';
import type { Core } from '../../electron/core/core';
import { roleEntity } from '../../electron/core/organisation/entities';

/** A valid NPI made from a number, so tests can have as many distinct practitioners as they like. */
export function npiFor(n: number): string {
  const firstNine = `1${String(n).padStart(8, '0')}`;
  return `${firstNine}${npiCheckDigit(firstNine)}`;
}

export async function smallOrganisation(core: Core) {
  const cardiology = await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  const emergency = await core.call('departments.create', { code: 'EM', name: 'Emergency Medicine' });
  // Roles keep fixed ids so tests can name them; written through the store like every other record.
  const { store } = core.context;
  store.insert(roleEntity, { name: 'Attending Physician', kind: 'physician' }, 'role-attending');
  store.insert(roleEntity, { name: 'Nurse Practitioner', kind: 'advanced-practice' }, 'role-np');
  const practitioner = await core.call('staff.create', {
    givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', roleId: 'role-attending', departmentId: cardiology.id, npi: npiFor(1),
  });
  return { cardiology, emergency, practitioner };
}
