// The expirations board's filters and how the address writes them: "#/staff/expirations?show=lapsed" is what the
// dashboard's "Lapsed credentials" tile counted, and a reload keeps it.
import { hashWithQuery } from '../../../app/hash-query';

/** Which credentials the board lists: lapsed and expiring (the default), only the lapsed, or only those still valid. */
export const showChoices = { all: 'Lapsed and expiring', lapsed: 'Lapsed only', expiring: 'Expiring only' } as const;
export type ExpirationsShow = keyof typeof showChoices;

export const defaultWindow = 90;

export interface ExpirationsFilters { show: ExpirationsShow; withinDays: number; departmentId: string }

/** The board's filters as the address writes them, defaults left out. */
export function queryOf(filters: Partial<ExpirationsFilters>) {
  return {
    show: filters.show === 'all' ? null : filters.show,
    within: filters.withinDays === defaultWindow ? null : filters.withinDays,
    department: filters.departmentId,
  };
}

/** The board's address with these filters: "#/staff/expirations?show=lapsed". */
export const expirationsHash = (filters: Partial<ExpirationsFilters>) => hashWithQuery('#/staff/expirations', queryOf(filters));

export function filtersFromQuery(query: URLSearchParams): ExpirationsFilters {
  const show = query.get('show');
  const within = Number(query.get('within'));
  return {
    show: show && show in showChoices ? (show as ExpirationsShow) : 'all',
    withinDays: Number.isInteger(within) && within >= 1 && within <= 730 ? within : defaultWindow,
    departmentId: query.get('department') ?? '',
  };
}
