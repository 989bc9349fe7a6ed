// The exclusion screening list's filter in the address (?show=): what a dashboard tile opens, and what the screen reads.
import { hashQuery, hashWithQuery } from '../../../app/hash-query';
import type { ExclusionMatch } from './store';

/** What the list below the import shows: the queue, decided matches, or who is overdue. */
export const screeningShows = ['possible', 'confirmed', 'cleared', 'overdue'] as const;
export type ScreeningShow = (typeof screeningShows)[number];

export const screeningHash = (show: ScreeningShow) => hashWithQuery('#/staff/screening', { show: show === 'possible' ? null : show });

export function showFromAddress(): ScreeningShow {
  const show = hashQuery().get('show');
  return (screeningShows as readonly string[]).includes(show ?? '') ? (show as ScreeningShow) : 'possible';
}

export const basisLabels: Record<ExclusionMatch['basis'], string> = {
  npi: 'Same NPI',
  'name-dob': 'Name and birth date',
  'name-only': 'Name only, no birth date',
};
