// Words for what sync stores as codes: field names, entity names and values, as a director would say them.
import { recordKindName } from '../../../../shared/domain/record-kinds';

export function entityLabel(entity: string): string {
  return recordKindName(entity);
}

export function fieldLabel(field: string): string {
  if (field === '_deleted') return 'Deleted';
  if (field === 'value') return 'Value';
  const words = field.replace(/([A-Z])/g, ' $1').toLowerCase();
  return words.charAt(0).toUpperCase() + words.slice(1);
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
