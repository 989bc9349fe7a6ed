// Channel handlers for training and continuing education.
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { trainingCatalogue } from './catalogue';
import { trainingCme } from './cme';
import { trainingCompletions } from './completions';
import { trainingMatrix } from './matrix';
import { policyTraining } from './policy-training';

type TrainingChannels = Extract<keyof import('../../../shared/contract').Contract, `training.${string}`>;

export function trainingHandlers(ctx: CoreContext): HandlersFor<TrainingChannels> {
  const catalogue = trainingCatalogue(ctx);
  const completions = trainingCompletions(ctx);
  const matrix = trainingMatrix(ctx);
  const cme = trainingCme(ctx);
  const policies = policyTraining(ctx);
  return {
    'training.courses': () => catalogue.courses(),
    'training.saveCourse': ({ id, course }) => catalogue.saveCourse(id, course),
    'training.requirements': () => catalogue.requirements(),
    'training.saveRequirement': ({ id, requirement }) => catalogue.requirement(catalogue.saveRequirement(id, requirement)),
    'training.retireRequirement': ({ id, retired }) => {
      catalogue.retireRequirement(id, retired);
      return catalogue.requirement(id);
    },
    'training.matrix': (query) => matrix.matrix(query),
    'training.exportMatrix': (query) => matrix.export(query),
    'training.assignments': ({ staffId }) => matrix.assignments(staffId),
    'training.completions': (query) => completions.list(query),
    'training.recordCompletions': (input) => completions.record(input),
    'training.importCompletions': ({ dataBase64, commit }) => completions.importCsv(dataBase64, commit),
    'training.grantWaiver': (input) => catalogue.grantWaiver(input),
    'training.competencies': ({ staffId }) => catalogue.competencies(staffId),
    'training.recordCompetency': (input) => catalogue.recordCompetency(input),
    'training.cmeProfiles': () => catalogue.cmeProfiles(),
    'training.saveCmeProfile': (input) => catalogue.saveCmeProfile(input),
    'training.cme': ({ staffId }) => cme.summary(staffId),
    'training.cmeShortfalls': ({ withinDays }) => cme.shortfalls(withinDays),
    'training.policyCompliance': ({ policyId }) => matrix.policyCompliance(policyId),
    'training.requireForPolicy': ({ policyId, courseId, daysAfter, graceDays }) => policies.requireFor(policyId, courseId, daysAfter, graceDays),
  };
}
