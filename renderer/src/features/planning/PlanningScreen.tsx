// Strategy and quality: the plan and its initiatives, PDSA cycles and the risk register, one view at a time.
import { SubNav } from '../../ui';
import { PdsaView } from './pdsa/PdsaView';
import { hashForPlanningSection, usePlanningSection, type PlanningSection } from './planning-view';
import { RisksView } from './risks/RisksView';
import { StrategyView } from './strategy/StrategyView';
import './planning.css';

const entries: readonly { section: PlanningSection; label: string }[] = [
  { section: 'strategy', label: 'Strategy' },
  { section: 'pdsa', label: 'PDSA cycles' },
  { section: 'risks', label: 'Risks' },
];

export function PlanningScreen() {
  const section = usePlanningSection();
  return (
    <>
      <SubNav label="Planning views" links={entries.map((e) => ({ href: hashForPlanningSection(e.section), label: e.label, current: e.section === section }))} />
      {section === 'strategy' && <StrategyView />}
      {section === 'pdsa' && <PdsaView />}
      {section === 'risks' && <RisksView />}
    </>
  );
}
