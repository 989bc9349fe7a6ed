// Reads and writes of the risk register. Scores are dated assessments: the register is read as it stood on a day
// (the assessment dated on or before it), and compared with an earlier day to say what moved.
import type { z } from 'zod';
import type { AssessmentInput, RiskAssessment, RiskFields, RiskListShow, RiskRegister, RiskRow } from '../../../shared/contract/risks';
import { assessmentAsOf, assessmentProblems, escalates, movedSince, reviewDue, riskScore } from '../../../shared/domain/risk';
import type { CoreContext } from '../context';
import { notFound, refuseProblems } from '../errors';
import { organisationCalendar } from '../settings/today';
import { riskAssessmentEntity, riskEntity } from './entities';
import { ownerCheck, ownerNameSql } from './owners';

type StoredRisk = Omit<RiskRow, 'current' | 'moved' | 'escalated' | 'reviewDue' | 'controls'> & { controls: string };
type StoredAssessment = Omit<RiskAssessment, 'inherentScore' | 'residualScore'> & { riskId: string };

const riskSelect = `SELECT r.id, r.reference, r.title, r.category, r.cause, r.event, r.consequence, r.owner_staff_id AS ownerStaffId,
    ${ownerNameSql('s')} AS ownerName, r.controls, r.treatment, r.actions, r.review_on AS reviewOn, r.closed_on AS closedOn
  FROM risks r LEFT JOIN staff s ON s.id = r.owner_staff_id`;
const assessmentSelect = `SELECT id, risk_id AS riskId, assessed_on AS assessedOn, inherent_likelihood AS inherentLikelihood, inherent_impact AS inherentImpact,
    residual_likelihood AS residualLikelihood, residual_impact AS residualImpact, note FROM risk_assessments`;

const scored = (a: StoredAssessment): RiskAssessment => ({
  id: a.id, assessedOn: a.assessedOn, inherentLikelihood: a.inherentLikelihood, inherentImpact: a.inherentImpact,
  residualLikelihood: a.residualLikelihood, residualImpact: a.residualImpact, note: a.note,
  inherentScore: riskScore({ likelihood: a.inherentLikelihood, impact: a.inherentImpact }),
  residualScore: riskScore({ likelihood: a.residualLikelihood, impact: a.residualImpact }),
});

/** Which rows a filter keeps: "attention" is what the dashboard counts, escalated or due for review. */
function shown(row: RiskRow, show: RiskListShow): boolean {
  if (show === 'all') return true;
  if (row.closedOn) return false;
  if (show === 'escalated') return row.escalated;
  if (show === 'review-due') return row.reviewDue;
  if (show === 'attention') return row.escalated || row.reviewDue;
  return true;
}

export function riskRepository(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const checkOwner = ownerCheck(db);
  const allRisks = db.prepare(`${riskSelect} ORDER BY coalesce(r.reference, r.title), r.title`);
  const oneRisk = db.prepare(`${riskSelect} WHERE r.id = ?`);
  const allAssessments = db.prepare(`${assessmentSelect} ORDER BY assessed_on`);
  const assessmentsOf = db.prepare(`${assessmentSelect} WHERE risk_id = ? ORDER BY assessed_on`);
  const sameDay = db.prepare('SELECT id FROM risk_assessments WHERE risk_id = ? AND assessed_on = ?').pluck();

  function rowOf(risk: StoredRisk, assessments: readonly StoredAssessment[], asOf: string, since: string | null, today: string): RiskRow {
    const current = assessmentAsOf(assessments, asOf);
    const row: RiskRow = {
      ...risk,
      controls: JSON.parse(risk.controls) as RiskRow['controls'],
      current: current && scored(current),
      moved: since ? movedSince(assessments, asOf, since) : null,
      escalated: current ? escalates(riskScore({ likelihood: current.residualLikelihood, impact: current.residualImpact })) : false,
      reviewDue: !risk.closedOn && reviewDue(risk.reviewOn, today),
    };
    return row;
  }

  /**
   * The register as it stood on `asOf`: risks raised (first assessed) by then and not closed by then, with the scores
   * that stood, sorted by residual score, highest first. "Due for review" is judged on `asOf` too.
   */
  function register(input: { asOf?: string | undefined; since?: string | undefined; show: RiskListShow }): RiskRegister {
    const asOf = input.asOf ?? calendar.today();
    const since = input.since ?? null;
    const byRisk = new Map<string, StoredAssessment[]>();
    for (const a of allAssessments.all() as StoredAssessment[]) byRisk.set(a.riskId, [...(byRisk.get(a.riskId) ?? []), a]);
    const rows = (allRisks.all() as StoredRisk[])
      .map((r) => ({ ...r, closedOn: r.closedOn && r.closedOn <= asOf ? r.closedOn : null }))
      .map((r) => rowOf(r, byRisk.get(r.id) ?? [], asOf, since, asOf))
      .filter((r) => r.current !== null && shown(r, input.show))
      .sort((a, b) => (b.current?.residualScore ?? 0) - (a.current?.residualScore ?? 0) || (a.reference ?? a.title).localeCompare(b.reference ?? b.title));
    return { asOf, since, total: rows.length, rows };
  }

  function risk(id: string): RiskRow {
    const r = oneRisk.get(id) as StoredRisk | undefined;
    if (!r) throw notFound('This risk');
    const today = calendar.today();
    const assessments = assessmentsOf.all(id) as StoredAssessment[];
    // Today's view of one risk: its latest assessment even if dated ahead (a review booked for a board date).
    const latest = assessments.at(-1)?.assessedOn ?? today;
    return rowOf(r, assessments, latest > today ? latest : today, null, today);
  }

  function assess(riskId: string, a: z.output<typeof AssessmentInput>): void {
    refuseProblems(assessmentProblems(a));
    const existing = sameDay.get(riskId, a.assessedOn) as string | undefined;
    const values = { riskId, ...a, note: a.note ?? null };
    if (existing) store.update(riskAssessmentEntity, existing, values);
    else store.insert(riskAssessmentEntity, values);
  }

  type Fields = Partial<z.output<typeof RiskFields>>;
  const defined = (f: Fields) => Object.fromEntries(Object.entries(f).filter(([, v]) => v !== undefined));

  return {
    register,
    risk,
    create(input: z.output<typeof RiskFields> & { assessment: z.output<typeof AssessmentInput> }): RiskRow {
      return store.transaction(() => {
        const { assessment, ...fields } = input;
        checkOwner(fields.ownerStaffId);
        refuseProblems(assessmentProblems(assessment));
        const id = store.insert(riskEntity, { controls: [], ...defined(fields) });
        assess(id, assessment);
        return risk(id);
      });
    },
    update(id: string, patch: Fields): RiskRow {
      return store.transaction(() => {
        risk(id);
        checkOwner(patch.ownerStaffId);
        store.update(riskEntity, id, defined(patch));
        return risk(id);
      });
    },
    assess(input: z.output<typeof AssessmentInput> & { riskId: string }): RiskRow {
      return store.transaction(() => {
        const { riskId, ...a } = input;
        risk(riskId);
        assess(riskId, a);
        return risk(riskId);
      });
    },
    assessments(riskId: string): RiskAssessment[] {
      risk(riskId);
      return (assessmentsOf.all(riskId) as StoredAssessment[]).map(scored).reverse();
    },
    remove(id: string): void {
      store.transaction(() => {
        risk(id);
        store.remove(riskEntity, id);
      });
    },
  };
}
