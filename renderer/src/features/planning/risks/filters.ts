// The risk register's filters and how the address writes them: "#/planning/risks?show=attention" is exactly what the
// dashboard's risk tile counted; "asOf" and "since" read the register as it stood on a day and what moved since.
import { riskListShows, type RiskListShow } from '../../../../../shared/contract/risks';
import { hashWithQuery } from '../../../app/hash-query';

export interface RiskFilters {
  show: RiskListShow;
  asOf: string;
  since: string;
}

export const defaultRiskFilters: RiskFilters = { show: 'open', asOf: '', since: '' };

export const riskShowLabel: Record<RiskListShow, string> = {
  open: 'Open risks',
  attention: 'Escalated or due for review',
  escalated: 'Escalated (residual 15 or more)',
  'review-due': 'Due for review',
  all: 'All, including closed',
};

export const risksHash = (filters: Partial<RiskFilters> = {}) => {
  const f = { ...defaultRiskFilters, ...filters };
  return hashWithQuery('#/planning/risks', { show: f.show === defaultRiskFilters.show ? null : f.show, asOf: f.asOf, since: f.since });
};

const isDay = (text: string | null) => (text && /^\d{4}-\d{2}-\d{2}$/.test(text) ? text : '');

export function riskFiltersFromQuery(query: URLSearchParams): RiskFilters {
  const show = query.get('show') ?? '';
  return {
    show: (riskListShows as readonly string[]).includes(show) ? (show as RiskListShow) : defaultRiskFilters.show,
    asOf: isDay(query.get('asOf')),
    since: isDay(query.get('since')),
  };
}
