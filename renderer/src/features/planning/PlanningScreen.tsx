// Planning: the scorecard, the measures behind it, the plan and its initiatives, PDSA cycles and the risk register,
// under one sub-navigation over the view the address names.
import { SubNav } from '../../ui';
import { MeasureView } from './measures/MeasureView';
import { MeasuresView } from './measures/MeasuresView';
import { ScorecardView } from './measures/ScorecardView';
import { PdsaView } from './pdsa/PdsaView';
import { hashForPlanningView, usePlanningViewStore, type PlanningSection } from './planning-view';
import { RisksView } from './risks/RisksView';
import { StrategyView } from './strategy/StrategyView';
import './measures/measures.css';
import './planning.css';

/** The views in the order the sub-navigation shows them (the command palette offers "Go to" each). */
export const planningViews: readonly { section: PlanningSection; label: string }[] = [
  { section: 'scorecard', label: 'Scorecard' },
  { section: 'measures', label: 'Measures' },
  { section: 'strategy', label: 'Strategy' },
  { section: 'pdsa', label: 'PDSA cycles' },
  { section: 'risks', label: 'Risks' },
];

export function PlanningScreen() {
  const view = usePlanningViewStore((state) => state.view);
  const current = view.section === 'measure' ? 'measures' : view.section;
  return (
    <>
      <SubNav label="Planning views" links={planningViews.map((e) => ({ href: hashForPlanningView({ section: e.section }), label: e.label, current: e.section === current }))} />
      {view.section === 'scorecard' && <ScorecardView />}
      {view.section === 'measures' && <MeasuresView />}
      {view.section === 'measure' && <MeasureView key={view.measureId ?? 'new'} measureId={view.measureId} />}
      {view.section === 'strategy' && <StrategyView />}
      {view.section === 'pdsa' && <PdsaView />}
      {view.section === 'risks' && <RisksView />}
    </>
  );
}
