// A small organisation made through the real handlers, for tests that need departments, roles and a practitioner.
import { npiCheckDigit } from '../../shared/domain/npi';
import type { Core } from '../../electron/core/core';

/** A valid NPI made from a number, so tests can have as many distinct practitioners as they like. */
export function npiFor(n: number): string {
  const firstNine = `1${String(n).padStart(8, '0')}`;
  return `${firstNine}${npiCheckDigit(firstNine)}`;
}

export async function smallOrganisation(core: Core) {
  const cardiology = await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
  const emergency = await core.call('departments.create', { code: 'EM', name: 'Emergency Medicine' });
  const { db } = core.context;
  const insertRole = db.prepare("INSERT INTO roles (id, name, kind, created_at, updated_at) VALUES (?, ?, ?, 'x', 'x')");
  insertRole.run('role-attending', 'Attending Physician', 'physician');
  insertRole.run('role-np', 'Nurse Practitioner', 'advanced-practice');
  const practitioner = await core.call('staff.create', {
    givenName: 'Amara', familyName: 'Quillmere', degree: 'MD', roleId: 'role-attending', departmentId: cardiology.id, npi: npiFor(1),
  });
  return { cardiology, emergency, practitioner };
}
