// What the board packet shows of quality work, as it stood on the meeting day: PDSA summaries and the top risks with
// what moved since the previous meeting. Plain data; the print/packet renderers turn it into pages.
import type { HeatMapRisk } from '../../../shared/charts/risk-heat-map';
import { pdsaActLabel, pdsaStateLabel, pdsaStates, type PdsaAct, type PdsaState } from '../../../shared/domain/pdsa';
import { riskBand, riskBandLabel, type RiskMovement } from '../../../shared/domain/risk';
import type { CoreContext } from '../context';
import { inChainOrder, pdsaSelect } from './pdsa-repository';
import { riskRepository } from './risk-repository';
import type { PdsaCycle } from '../../../shared/contract/pdsa';

export interface PdsaSummary {
  title: string;
  subject: string;
  owner: string | null;
  state: PdsaState;
  stateLabel: string;
  /** "Cycle 2 of 3" in its chain, or null for a cycle on its own. */
  chain: string | null;
  question: string | null;
  prediction: string | null;
  /** Shown once the cycle was being studied on the day. */
  study: string | null;
  /** Shown once decided on the day. */
  act: string | null;
}

/** The fields whose history decides what a summary shows on a day. */
const asOfFields = ['state', 'study', 'act'] as const;

/**
 * PDSA cycles started on or before `asOf`, each with its state, study and act as they stood at the end of that day
 * (read back from the change log). A cycle entered after the day with an earlier start shows as recorded. With a
 * measure, only the cycles testing changes on it (their chains still counted across every cycle).
 */
export function pdsaSummaries(ctx: CoreContext, asOf: string, only: { measureId?: string } = {}): PdsaSummary[] {
  const { db } = ctx;
  const endOfDay = `${asOf}T23:59:59.999Z`;
  const valueThen = db.prepare(`SELECT new_value FROM change_log WHERE entity = 'pdsaCycle' AND record_id = ? AND field = ? AND at <= ? ORDER BY seq DESC LIMIT 1`).pluck();
  const loggedBy = db.prepare(`SELECT 1 FROM change_log WHERE entity = 'pdsaCycle' AND record_id = ? AND at <= ? LIMIT 1`).pluck();
  const cycles = inChainOrder((db.prepare(pdsaSelect).all() as PdsaCycle[]).filter((c) => (c.startsOn ?? c.updatedAt.slice(0, 10)) <= asOf));
  const byId = new Map(cycles.map((c) => [c.id, c]));
  const chainOf = (c: PdsaCycle): PdsaCycle[] => {
    let first = c;
    for (let steps = 0; first.previousCycleId && byId.has(first.previousCycleId) && steps < 100; steps++) first = byId.get(first.previousCycleId)!;
    const chain = [first];
    for (let next = cycles.find((x) => x.previousCycleId === first.id); next && chain.length < 100; next = cycles.find((x) => x.previousCycleId === next!.id)) chain.push(next);
    return chain;
  };
  return cycles.filter((c) => !only.measureId || c.measureId === only.measureId).map((c) => {
    const then: Partial<Pick<PdsaCycle, (typeof asOfFields)[number]>> = {};
    if (loggedBy.get(c.id, endOfDay) === 1) {
      for (const f of asOfFields) {
        const raw = valueThen.get(c.id, f, endOfDay) as string | undefined;
        (then as Record<string, unknown>)[f] = raw === undefined ? null : JSON.parse(raw);
      }
    }
    const state = (then.state ?? c.state) as PdsaState;
    const step = pdsaStates.indexOf(state);
    const act = (then.act === undefined ? c.act : then.act) as PdsaAct | null;
    const study = then.study === undefined ? c.study : then.study;
    const chain = chainOf(c);
    return {
      title: c.title,
      subject: c.subject,
      owner: c.ownerName,
      state,
      stateLabel: pdsaStateLabel[state],
      chain: chain.length > 1 ? `Cycle ${chain.indexOf(c) + 1} of ${chain.length}` : null,
      question: c.question,
      prediction: c.prediction,
      study: step >= 2 ? study : null,
      act: step >= 3 && act ? pdsaActLabel[act] : null,
    };
  });
}

export interface TopRisk {
  reference: string | null;
  title: string;
  owner: string | null;
  inherentScore: number;
  residualScore: number;
  band: string;
  escalated: boolean;
  movement: RiskMovement | null;
  before: number | null;
  treatment: string | null;
  reviewOn: string | null;
}

export interface TopRisks {
  asOf: string;
  since: string | null;
  /** The highest residual scores first, at most `limit` (8 fit one printed page under the heat map). */
  risks: TopRisk[];
  /** Every open risk's residual position on the day, for the heat map. */
  heatMap: HeatMapRisk[];
  /** Open risks on the day whose residual score changed (or that were new) since `since`. */
  moved: number;
}

export function topRisks(ctx: CoreContext, asOf: string, since: string | null, limit = 8): TopRisks {
  const register = riskRepository(ctx).register({ asOf, since: since ?? undefined, show: 'open' });
  const risks = register.rows.map((r): TopRisk => ({
    reference: r.reference,
    title: r.title,
    owner: r.ownerName,
    inherentScore: r.current!.inherentScore,
    residualScore: r.current!.residualScore,
    band: riskBandLabel[riskBand(r.current!.residualScore)],
    escalated: r.escalated,
    movement: r.moved?.movement ?? null,
    before: r.moved?.before ?? null,
    treatment: r.treatment,
    reviewOn: r.reviewOn,
  }));
  return {
    asOf,
    since,
    risks: risks.slice(0, limit),
    heatMap: register.rows.map((r) => ({ label: r.reference ?? r.title.slice(0, 12), likelihood: r.current!.residualLikelihood, impact: r.current!.residualImpact })),
    moved: risks.filter((r) => r.movement && r.movement !== 'unchanged').length,
  };
}
