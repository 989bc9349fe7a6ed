// Channel handlers for the strategic plan.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { strategyRepository } from './strategy-repository';

type StrategyChannels =
  | 'strategy.periods' | 'strategy.savePeriod' | 'strategy.plan' | 'strategy.savePerspective' | 'strategy.saveGoal' | 'strategy.saveInitiative'
  | 'strategy.saveMilestone' | 'strategy.removalPreview' | 'strategy.remove';

export function strategyHandlers(ctx: CoreContext): HandlersFor<StrategyChannels> {
  const repo = strategyRepository(ctx);
  return {
    'strategy.periods': () => repo.periods(),
    'strategy.savePeriod': (input) => repo.savePeriod(input),
    'strategy.plan': ({ planPeriodId }) => repo.plan(planPeriodId),
    'strategy.savePerspective': (input) => ({ id: repo.savePerspective(input) }),
    'strategy.saveGoal': (input) => ({ id: repo.saveGoal(input) }),
    'strategy.saveInitiative': (input) => ({ id: repo.saveInitiative(input) }),
    'strategy.saveMilestone': (input) => ({ id: repo.saveMilestone(input) }),
    'strategy.removalPreview': ({ kind, id }) => repo.removalPreview(kind, id),
    'strategy.remove': ({ kind, id }) => repo.remove(kind, id),
  };
}
