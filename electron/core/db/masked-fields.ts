// Fields an entity declares `masked` (licence and DEA numbers, dates of birth) as every screen receives them:
// masked wherever they appear (a record, its history, a sync conflict), whole only through a reveal that is logged.
import { maskDateOfBirth, maskIdentifier } from '../../../shared/domain/masking';
import type { CoreContext } from '../context';
import { entityNamed } from './entity-registry';

export function isMaskedField(entity: string, field: string): boolean {
  return (entityNamed(entity)?.masked as readonly string[] | undefined)?.includes(field) ?? false;
}

/** The value as a screen may see it: a masked field's text masked (a date of birth to its year), anything else as is. */
export function maskedFieldValue(entity: string, field: string, value: unknown): unknown {
  if (typeof value !== 'string' || !isMaskedField(entity, field)) return value;
  return field === 'dateOfBirth' ? maskDateOfBirth(value) : maskIdentifier(value);
}

/** The same for a value kept as JSON text (change log, sync registers and conflicts). */
export function maskedFieldJson(entity: string, field: string, json: string | null): string | null {
  if (json === null || !isMaskedField(entity, field)) return json;
  return JSON.stringify(maskedFieldValue(entity, field, JSON.parse(json) as unknown));
}

/** Records that this laptop's director saw a masked field whole, as credentials.revealNumber and staff.revealDateOfBirth do. */
export function logReveal(ctx: CoreContext, entity: string, recordId: string, field: string): void {
  const action = field === 'dateOfBirth' ? 'reveal-date-of-birth' : 'reveal-number';
  ctx.db.prepare('INSERT INTO access_log (at, actor, action, entity, record_id) VALUES (?, ?, ?, ?, ?)').run(ctx.now().toISOString(), ctx.store.actor, action, entity, recordId);
}
