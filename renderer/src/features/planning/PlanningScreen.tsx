// Strategy and quality: until plans arrive, what the scorecard, PDSA cycles and risk register will hold.
import { PlannedFeatureScreen } from '../../app/PlannedFeatureScreen';
import { PlanningIcon } from '../../ui';
import { usePlanningStore } from './store';

const capabilities = [
  { title: 'Balanced scorecard', text: 'Perspectives, goals and initiatives, each tied to the measures that show whether it is working.' },
  { title: 'KPIs against target', text: 'Numerator, denominator, baseline, target and direction: on track, at risk or off track from the latest value.' },
  { title: 'PDSA cycles', text: 'The question, the prediction, the plan, what happened, and the decision to adopt, adapt or abandon.' },
  { title: 'Risk register', text: 'Cause and consequence, controls, likelihood × impact, treatment, residual risk, an owner and a review date.' },
] as const;

export function PlanningScreen() {
  return (
    <PlannedFeatureScreen
      title="Planning"
      description="The strategic plan and quality work of the medical staff, measured against its targets."
      icon={<PlanningIcon />}
      emptyTitle="No plans yet"
      emptyDescription="Set out the goals for the year, the measures that track them and the improvement cycles behind them, and keep the risk register beside them."
      capabilities={capabilities}
      store={usePlanningStore}
      foundation={(counts) => {
        const departments = counts['departments'] ?? 0;
        return departments > 0 ? `Measures and risks can be owned by any of the ${departments} departments already in Chartroom.` : null;
      }}
    />
  );
}
