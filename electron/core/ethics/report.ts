// The ethics committee's report: counts by month, type, unit and CASES step, time from request to recommendation,
// recurring themes and policy recommendations. Read from the plain columns only, so the packet can print it while
// the cases stay locked; `asOf` gives the figures as they stood that day (steps from the change log).
import type { EthicsReport } from '../../../shared/contract/ethics';
import { caseStates, consultTypes, medianHours, type CaseState, type ConsultType } from '../../../shared/domain/ethics-cases';
import type { CoreContext } from '../context';

export function ethicsReport({ db }: CoreContext, from: string, to: string): EthicsReport {
  const end = `${to}T23:59:59.999Z`;
  const current = db.prepare(
    `SELECT c.id, c.case_number AS caseNumber, c.requested_at AS requestedAt, c.type, c.unit_id AS unitId, c.recommended_at AS recommendedAt,
            c.themes, c.policy_recommendation AS policyRecommendation
     FROM ethics_cases c WHERE c.requested_at >= ? AND c.requested_at <= ? ORDER BY c.requested_at`,
  ).all(from, end) as { id: string; caseNumber: string; requestedAt: string; type: ConsultType; unitId: string | null; recommendedAt: string | null; themes: string; policyRecommendation: string | null }[];
  // Each field as it stood at the end of the period: its last change logged by then (a later edit does not rewrite a
  // report a committee already read).
  const loggedAt = db.prepare(
    `SELECT new_value FROM change_log WHERE entity = 'ethicsCase' AND record_id = ? AND field = ? AND at <= ? ORDER BY hlc DESC LIMIT 1`,
  ).pluck();
  const at = <T>(id: string, field: string, fallback: T): T => {
    const logged = loggedAt.get(id, field, end) as string | undefined;
    return logged === undefined ? fallback : (JSON.parse(logged) as T);
  };
  const unitName = db.prepare('SELECT name FROM departments WHERE id = ?').pluck();
  const rows = current.map((r) => {
    const unitId = at<string | null>(r.id, 'unitId', r.unitId);
    return {
      ...r,
      type: at<ConsultType>(r.id, 'type', r.type),
      unit: unitId ? ((unitName.get(unitId) as string | undefined) ?? null) : null,
      status: at<CaseState>(r.id, 'status', 'clarify'),
      themes: at<string[] | null>(r.id, 'themes', JSON.parse(r.themes) as string[]) ?? [],
      policyRecommendation: at<string | null>(r.id, 'policyRecommendation', r.policyRecommendation),
    };
  });

  const count = <K extends string>(keys: K[]) => {
    const m = new Map<K, number>();
    for (const k of keys) m.set(k, (m.get(k) ?? 0) + 1);
    return m;
  };
  const months = count(rows.map((r) => r.requestedAt.slice(0, 7)));
  const types = count(rows.map((r) => r.type));
  const units = count(rows.map((r) => r.unit ?? 'No unit given'));
  const states = count(rows.map((r) => r.status));
  const themes = count(rows.flatMap((r) => r.themes.map((t) => t.toLowerCase())));
  const hours = rows.filter((r) => r.recommendedAt && r.recommendedAt <= end).map((r) => (Date.parse(r.recommendedAt!) - Date.parse(r.requestedAt)) / 3_600_000);
  const median = medianHours(hours);

  return {
    from, to, total: rows.length,
    byMonth: [...months].map(([month, n]) => ({ month, count: n })),
    byType: consultTypes.filter((t) => types.has(t)).map((t) => ({ type: t, count: types.get(t)! })),
    byUnit: [...units].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([unit, n]) => ({ unit, count: n })),
    byState: caseStates.filter((s) => states.has(s)).map((s) => ({ state: s, count: states.get(s)! })),
    medianHoursToRecommendation: median === null ? null : Math.round(median * 10) / 10,
    themes: [...themes].filter(([, n]) => n >= 2).sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([theme, n]) => ({ theme, count: n })),
    policyRecommendations: rows.filter((r) => r.policyRecommendation?.trim()).map((r) => ({ caseNumber: r.caseNumber, text: r.policyRecommendation!.trim() })),
  };
}
