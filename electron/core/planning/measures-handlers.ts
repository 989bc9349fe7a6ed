// Channel handlers for measures, their values and the scorecard.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { measuresImport } from './measures-import';
import { measuresRepository } from './measures-repository';
import { measuresScorecard } from './measures-scorecard';

type MeasuresChannels =
  | 'measures.list' | 'measures.get' | 'measures.save' | 'measures.removePreview' | 'measures.remove' | 'measures.saveValues'
  | 'measures.removeValue' | 'measures.importValues' | 'measures.scorecard';

export function measuresHandlers(ctx: CoreContext): HandlersFor<MeasuresChannels> {
  const repo = measuresRepository(ctx);
  const scorecard = measuresScorecard(ctx);
  const importer = measuresImport(ctx);
  return {
    'measures.list': () => repo.list(),
    'measures.get': ({ id, asOf }) => repo.detail(id, asOf),
    'measures.save': ({ id, measure }) => repo.detail(repo.save(id, measure)),
    'measures.removePreview': ({ id }) => repo.removePreview(id),
    'measures.remove': ({ id }) => {
      repo.remove(id);
      return { id };
    },
    'measures.saveValues': ({ measureId, values }) => {
      repo.saveValues(measureId, values);
      return repo.detail(measureId);
    },
    'measures.removeValue': ({ id }) => {
      repo.removeValue(id);
      return { id };
    },
    'measures.importValues': (input) => importer.importValues(input),
    'measures.scorecard': (input) => scorecard.scorecard(input),
  };
}
