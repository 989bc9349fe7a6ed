// Planning: the scorecard, the measures behind it, and (from the strategy work) the plan, PDSA cycles and risks,
// under one sub-navigation over the view the address names.
import { EmptyState, PlanningIcon, SubNav } from '../../ui';
import { MeasureView } from './measures/MeasureView';
import { MeasuresView } from './measures/MeasuresView';
import { ScorecardView } from './measures/ScorecardView';
import { hashForPlanningView, usePlanningViewStore, type PlanningSection } from './planning-view';
import './measures/measures.css';

const entries: readonly { section: PlanningSection; label: string }[] = [
  { section: 'scorecard', label: 'Scorecard' },
  { section: 'measures', label: 'Measures' },
  { section: 'strategy', label: 'Strategy' },
  { section: 'pdsa', label: 'PDSA cycles' },
  { section: 'risks', label: 'Risks' },
];

/** Stands in for a view the strategy work delivers; each of the three lines below is replaced by that view. */
function ArrivingView({ title, text }: { title: string; text: string }) {
  return <EmptyState icon={<PlanningIcon />} title={title} description={text} />;
}

export function PlanningScreen() {
  const view = usePlanningViewStore((state) => state.view);
  const current = view.section === 'measure' ? 'measures' : view.section;
  return (
    <>
      <SubNav label="Planning views" links={entries.map((e) => ({ href: hashForPlanningView({ section: e.section }), label: e.label, current: e.section === current }))} />
      {view.section === 'scorecard' && <ScorecardView />}
      {view.section === 'measures' && <MeasuresView />}
      {view.section === 'measure' && <MeasureView key={view.measureId ?? 'new'} measureId={view.measureId} />}
      {view.section === 'strategy' && <ArrivingView title="Strategy" text="Plan periods, perspectives, goals, initiatives and milestones arrive here." />}
      {view.section === 'pdsa' && <ArrivingView title="PDSA cycles" text="Plan–do–study–act cycles on initiatives and measures arrive here." />}
      {view.section === 'risks' && <ArrivingView title="Risks" text="The risk register and its heat map arrive here." />}
    </>
  );
}
