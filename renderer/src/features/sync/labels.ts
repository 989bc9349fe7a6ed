// Words for what sync stores as codes: field names, entity names and values, as a director would say them.
import { fieldLabel as sharedFieldLabel } from '../../../../shared/domain/field-labels';
import { recordKindName } from '../../../../shared/domain/record-kinds';

export function entityLabel(entity: string): string {
  return recordKindName(entity);
}

/** The History panel's words for a field (one definition), but a delete that lost or won is named as such. */
export function fieldLabel(entity: string, field: string): string {
  return field === '_deleted' ? 'Deleted' : sharedFieldLabel(entity, field);
}

/** A stored JSON value as text: strings bare, nothing as "(empty)", the rest as compact JSON. */
export function valueText(json: string | null): string {
  if (json === null || json === 'null') return '(empty)';
  try {
    const value = JSON.parse(json) as unknown;
    if (typeof value === 'string') return value || '(empty)';
    if (value === true) return 'Yes';
    if (value === false) return 'No';
    return JSON.stringify(value);
  } catch {
    return json;
  }
}

export const kindLabels = {
  concurrent: 'Edited on two laptops',
  deleted: 'Edited, but deleted elsewhere',
  resurrected: 'Deleted, but edited later elsewhere',
  merged: 'Merged automatically',
  duplicate: 'From a duplicate merged into this record',
} as const;

/** A merge made while its record was absent (deleted, or waiting for another record): not yet in the record. */
export const mergeWaitingLabel = 'Merged, waiting for its record';

export function when(iso: string | null): string {
  if (!iso) return 'never';
  const d = new Date(iso);
  return d.toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}
