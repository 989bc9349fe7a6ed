// The risk register's rules: a score is likelihood × impact (1–5 each), its band and colour, escalation at a residual
// score of 15 or more, and what moved between two dates (each risk's scores are dated assessments).

export const riskScaleMin = 1;
export const riskScaleMax = 5;
/** A residual score at or above this goes to the dashboard and the board: "extreme" on a 5×5 matrix. */
export const escalationScore = 15;

export type RiskBand = 'low' | 'moderate' | 'high' | 'extreme';

export const riskBandLabel: Record<RiskBand, string> = { low: 'Low', moderate: 'Moderate', high: 'High', extreme: 'Extreme' };

/** Fill colours of the heat map's cells, one per band, dark enough text-wise to carry black labels (WCAG AA). */
export const riskBandColour: Record<RiskBand, string> = { low: '#7fc97f', moderate: '#f2d95c', high: '#f5a05a', extreme: '#e8685f' };

export interface RiskScores {
  likelihood: number;
  impact: number;
}

export function riskScore({ likelihood, impact }: RiskScores): number {
  return likelihood * impact;
}

/** Bands of the common 5×5 matrix: 1–4 low, 5–9 moderate, 10–14 high, 15–25 extreme. */
export function riskBand(score: number): RiskBand {
  if (score >= escalationScore) return 'extreme';
  if (score >= 10) return 'high';
  if (score >= 5) return 'moderate';
  return 'low';
}

export function escalates(residualScore: number): boolean {
  return residualScore >= escalationScore;
}

/** A review date on or before today is due (ISO calendar days compare as text). */
export function reviewDue(reviewOn: string | null, today: string): boolean {
  return reviewOn !== null && reviewOn <= today;
}

export interface DatedAssessment {
  assessedOn: string;
  residualLikelihood: number;
  residualImpact: number;
  inherentLikelihood: number;
  inherentImpact: number;
}

/** The assessment that stood on a day: the latest one dated on or before it (null before the first). */
export function assessmentAsOf<A extends DatedAssessment>(assessments: readonly A[], day: string): A | null {
  let found: A | null = null;
  for (const a of assessments) if (a.assessedOn <= day && (!found || a.assessedOn >= found.assessedOn)) found = a;
  return found;
}

export type RiskMovement = 'new' | 'up' | 'down' | 'unchanged';

export const riskMovementLabel: Record<RiskMovement, string> = { new: 'New since', up: 'Worse since', down: 'Better since', unchanged: 'Unchanged since' };

export interface MovedSince {
  movement: RiskMovement;
  /** Residual score on the earlier day (null if the risk was not yet assessed). */
  before: number | null;
  after: number;
}

/** How a risk's residual score moved between `since` and `asOf`; null if it had no assessment by `asOf`. */
export function movedSince(assessments: readonly DatedAssessment[], asOf: string, since: string): MovedSince | null {
  const now = assessmentAsOf(assessments, asOf);
  if (!now) return null;
  const after = riskScore({ likelihood: now.residualLikelihood, impact: now.residualImpact });
  const then = since < asOf ? assessmentAsOf(assessments, since) : now;
  if (!then) return { movement: 'new', before: null, after };
  const before = riskScore({ likelihood: then.residualLikelihood, impact: then.residualImpact });
  return { movement: after > before ? 'up' : after < before ? 'down' : 'unchanged', before, after };
}

/** Residual above inherent makes no sense (controls cannot add risk): the problems, by field, for screen and core. */
export function assessmentProblems(a: Omit<DatedAssessment, 'assessedOn'>): { path: string; message: string }[] {
  const inherent = riskScore({ likelihood: a.inherentLikelihood, impact: a.inherentImpact });
  const residual = riskScore({ likelihood: a.residualLikelihood, impact: a.residualImpact });
  return residual > inherent
    ? [{ path: 'residualLikelihood', message: `The residual score (${residual}) is above the inherent score (${inherent}): controls cannot add risk` }]
    : [];
}
