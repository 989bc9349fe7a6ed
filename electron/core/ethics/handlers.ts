// Channel handlers for ethics consultations: every case channel asks the vault first (LOCKED while locked).
import { deidentify } from '../../../shared/domain/deidentify';
import type { CoreContext } from '../context';
import type { HandlersFor } from '../ipc/handlers';
import { ethicsCases } from './cases';
import { ethicsReport } from './report';
import { ethicsVault } from './vault';

type EthicsChannels =
  | 'ethics.lockState' | 'ethics.setPassphrase' | 'ethics.unlock' | 'ethics.lock' | 'ethics.list' | 'ethics.get' | 'ethics.create'
  | 'ethics.update' | 'ethics.advance' | 'ethics.addNote' | 'ethics.draftSummary' | 'ethics.summaryReview' | 'ethics.saveSummary'
  | 'ethics.signOff' | 'ethics.signedSummaries' | 'ethics.report' | 'ethics.deidentify';

export function ethicsHandlers(ctx: CoreContext): HandlersFor<EthicsChannels> {
  const vault = ethicsVault(ctx);
  const cases = ethicsCases(ctx);
  return {
    'ethics.lockState': () => vault.state(),
    'ethics.setPassphrase': ({ passphrase, idleMinutes }) => {
      vault.setPassphrase(passphrase, idleMinutes);
      return vault.state();
    },
    'ethics.unlock': ({ passphrase }) => {
      vault.unlock(passphrase);
      return vault.state();
    },
    'ethics.lock': () => {
      vault.lock();
      return vault.state();
    },
    'ethics.list': ({ status }) => cases.list(status),
    'ethics.get': ({ id }) => cases.get(id),
    'ethics.create': (input) => cases.create(input),
    'ethics.update': ({ id, patch }) => cases.update(id, patch),
    'ethics.advance': ({ id, to }) => cases.advance(id, to),
    'ethics.addNote': ({ caseId, text }) => cases.addNote(caseId, text),
    'ethics.draftSummary': ({ id }) => cases.draftSummary(id),
    'ethics.summaryReview': ({ id }) => cases.review(id),
    'ethics.saveSummary': ({ id, text }) => cases.saveSummary(id, text),
    'ethics.signOff': ({ id }) => cases.signOff(id),
    'ethics.signedSummaries': () => cases.signedSummaries(),
    'ethics.report': ({ from, to }) => {
      vault.requireUnlocked();
      return ethicsReport(ctx, from, to);
    },
    // Pure text in, text out: touches no case, so it needs no unlock.
    'ethics.deidentify': ({ text }) => deidentify(text, { staffNames: ctx.db.prepare("SELECT given_name || ' ' || family_name FROM staff").pluck().all() as string[] }),
  };
}
