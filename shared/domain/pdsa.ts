// A PDSA cycle's states and the one rule for moving between them: planned → doing → studying → decided, one step
// forward at a time (or back to correct), each step needing what the Model for Improvement says comes before it.

export const pdsaStates = ['planned', 'doing', 'studying', 'decided'] as const;
export type PdsaState = (typeof pdsaStates)[number];

export const pdsaActs = ['adopt', 'adapt', 'abandon'] as const;
export type PdsaAct = (typeof pdsaActs)[number];

export const pdsaStateLabel: Record<PdsaState, string> = { planned: 'Planned', doing: 'Doing', studying: 'Studying', decided: 'Decided' };
export const pdsaActLabel: Record<PdsaAct, string> = { adopt: 'Adopt', adapt: 'Adapt', abandon: 'Abandon' };

export interface PdsaFields {
  state: PdsaState;
  prediction?: string | null | undefined;
  plan?: string | null | undefined;
  observations?: string | null | undefined;
  study?: string | null | undefined;
  act?: PdsaAct | null | undefined;
}

const blank = (text: string | null | undefined) => !text || text.trim() === '';

/**
 * What stops a cycle from standing in its state, having come from `from` (null when new). Problems name their field so
 * the screen can show each beside it; the core refuses the same list.
 */
export function pdsaProblems(from: PdsaState | null, cycle: PdsaFields): { path: string; message: string }[] {
  const problems: { path: string; message: string }[] = [];
  const to = pdsaStates.indexOf(cycle.state);
  const at = from === null ? 0 : pdsaStates.indexOf(from);
  if (to > at + 1) {
    problems.push({ path: 'state', message: `A cycle moves one step at a time: from ${pdsaStateLabel[from ?? 'planned'].toLowerCase()} it goes to ${pdsaStateLabel[pdsaStates[at + 1]!].toLowerCase()} next` });
  }
  if (to >= 1) {
    if (blank(cycle.prediction)) problems.push({ path: 'prediction', message: 'Write the prediction before the test starts: the study compares against it' });
    if (blank(cycle.plan)) problems.push({ path: 'plan', message: 'Write the plan (who, what, when, where) before the test starts' });
  }
  if (to >= 2 && blank(cycle.observations)) problems.push({ path: 'observations', message: 'Record what was observed before studying it' });
  if (to >= 3) {
    if (blank(cycle.study)) problems.push({ path: 'study', message: 'Write the study (the results against the prediction) before deciding' });
    if (!cycle.act) problems.push({ path: 'act', message: 'Choose adopt, adapt or abandon to decide' });
  }
  if (to < 3 && cycle.act) problems.push({ path: 'act', message: 'Adopt, adapt or abandon is chosen only when the cycle is decided' });
  return problems;
}

/** The next state on the way to a decision, or null once decided. */
export function nextPdsaState(state: PdsaState): PdsaState | null {
  return pdsaStates[pdsaStates.indexOf(state) + 1] ?? null;
}
