// Channel handlers for the risk register.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { riskRepository } from './risk-repository';

type RiskChannels = 'risks.list' | 'risks.create' | 'risks.update' | 'risks.assess' | 'risks.assessments' | 'risks.remove';

export function riskHandlers(ctx: CoreContext): HandlersFor<RiskChannels> {
  const repo = riskRepository(ctx);
  return {
    'risks.list': (input) => repo.register(input),
    'risks.create': (input) => repo.create(input),
    'risks.update': ({ id, patch }) => repo.update(id, patch),
    'risks.assess': (input) => repo.assess(input),
    'risks.assessments': ({ riskId }) => repo.assessments(riskId),
    'risks.remove': ({ id }) => {
      repo.remove(id);
      return { id };
    },
  };
}
