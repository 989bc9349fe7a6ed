// Continuing medical education per licence cycle: credits earned from issue to expiry of the licence in the state of
// practice, by category, against that state's profile. Shortfall = required − earned, never below zero.

export const creditTypes = ['ama-pra-1', 'ama-pra-2', 'ancc', 'acpe', 'moc', 'none'] as const;
export type CreditType = (typeof creditTypes)[number];

export const creditTypeLabels: Record<CreditType, string> = {
  'ama-pra-1': 'AMA PRA Category 1',
  'ama-pra-2': 'AMA PRA Category 2',
  ancc: 'ANCC contact hours',
  acpe: 'ACPE',
  moc: 'MOC points',
  none: 'No credit',
};

export interface CmeProfile {
  state: string;
  totalCredits: number;
  category1Minimum: number;
  requiredTopics: readonly { topic: string; credits: number }[];
}

export interface CmeCredit {
  completedOn: string;
  credits: number;
  creditType: CreditType;
  topics: readonly string[];
}

export interface CmeRollup {
  cycleStart: string;
  cycleEnd: string;
  byCategory: Partial<Record<CreditType, number>>;
  total: number;
  category1: number;
  topics: { topic: string; required: number; earned: number }[];
  /** What is still missing: total, Category 1, and each required topic short of its credits. */
  shortfall: { total: number; category1: number; topics: string[] };
  /** True when anything is missing. */
  short: boolean;
}

const quarter = (n: number) => Math.round(n * 4) / 4;

/** Credits earned on a day inside the cycle (both ends included) count toward it; outside, toward another cycle. */
export function cmeRollup(profile: CmeProfile, cycle: { start: string; end: string }, credits: readonly CmeCredit[]): CmeRollup {
  const inCycle = credits.filter((c) => c.completedOn >= cycle.start && c.completedOn <= cycle.end && c.creditType !== 'none');
  const byCategory: Partial<Record<CreditType, number>> = {};
  for (const c of inCycle) byCategory[c.creditType] = quarter((byCategory[c.creditType] ?? 0) + c.credits);
  const total = quarter(inCycle.reduce((sum, c) => sum + c.credits, 0));
  const category1 = byCategory['ama-pra-1'] ?? 0;
  const topics = profile.requiredTopics.map((t) => ({
    topic: t.topic,
    required: t.credits,
    earned: quarter(inCycle.filter((c) => c.topics.some((x) => x.toLowerCase() === t.topic.toLowerCase())).reduce((s, c) => s + c.credits, 0)),
  }));
  const shortfall = {
    total: Math.max(0, quarter(profile.totalCredits - total)),
    category1: Math.max(0, quarter(profile.category1Minimum - category1)),
    topics: topics.filter((t) => t.earned < t.required).map((t) => t.topic),
  };
  return {
    cycleStart: cycle.start, cycleEnd: cycle.end, byCategory, total, category1, topics, shortfall,
    short: shortfall.total > 0 || shortfall.category1 > 0 || shortfall.topics.length > 0,
  };
}

/** A shortfall in words, for screens, the packet and the dashboard: "14.75 credits · 2 Category 1 · topic: Pain management". */
export function describeShortfall(shortfall: { total: number; category1: number; topics: readonly string[] } | null): string {
  if (!shortfall) return '';
  return [shortfall.total > 0 && `${shortfall.total} credits`, shortfall.category1 > 0 && `${shortfall.category1} Category 1`, ...shortfall.topics.map((t) => `topic: ${t}`)]
    .filter(Boolean).join(' · ');
}
