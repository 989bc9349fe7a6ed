// The action items list's filters and how the address writes them: "#/meetings/actions" (open ones, by due date) is
// what the dashboard's "Open action items" tile counted; a reload keeps the filters.
import { actionListSorts, actionListStatuses } from '../../../../../shared/contract/meetings';
import { hashWithQuery } from '../../../app/hash-query';

export type ActionListStatus = (typeof actionListStatuses)[number];
export type ActionListSort = (typeof actionListSorts)[number];

export interface ActionFilters {
  status: ActionListStatus;
  owner: string;
  committeeId: string;
  sort: ActionListSort;
}

export const defaultActionFilters: ActionFilters = { status: 'open', owner: '', committeeId: '', sort: 'due' };

export const actionListStatusLabel: Record<ActionListStatus, string> = {
  open: 'Open or in progress',
  overdue: 'Overdue',
  done: 'Done',
  cancelled: 'Cancelled',
  all: 'All',
};

/** The filters as the address writes them, defaults left out. */
export function actionQueryOf(filters: Partial<ActionFilters>) {
  const f = { ...defaultActionFilters, ...filters };
  return {
    status: f.status === defaultActionFilters.status ? null : f.status,
    owner: f.owner,
    committee: f.committeeId,
    sort: f.sort === defaultActionFilters.sort ? null : f.sort,
  };
}

export const actionItemsHash = (filters: Partial<ActionFilters> = {}) => hashWithQuery('#/meetings/actions', actionQueryOf(filters));

const oneOf = <T extends string>(choices: readonly T[], value: string | null, fallback: T): T =>
  (choices as readonly string[]).includes(value ?? '') ? (value as T) : fallback;

export function actionFiltersFromQuery(query: URLSearchParams): ActionFilters {
  return {
    status: oneOf(actionListStatuses, query.get('status'), defaultActionFilters.status),
    owner: query.get('owner')?.trim() ?? '',
    committeeId: query.get('committee') ?? '',
    sort: oneOf(actionListSorts, query.get('sort'), defaultActionFilters.sort),
  };
}
