// Channel handlers for policies: the library, the lifecycle, read-and-sign, the crosswalk, search, import and print.
import { redline } from '../../../shared/domain/redline';
import type { CoreContext } from '../context';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import { AppError } from '../errors';
import type { HandlersFor } from '../ipc/handlers';
import { exportPolicyVersionPdf } from '../print/policy-document';
import { organisationCalendar } from '../settings/today';
import { approvalChains } from './approval-chains';
import { standardsCrosswalk } from './crosswalk';
import { editionImport } from './edition-import';
import { policyAttachmentEntity } from './entities';
import { policyImporter } from './import';
import { policyLibrary } from './library';
import { policyLifecycle } from './lifecycle';
import { readAndSign } from './read-and-sign';
import { retirementAndReview } from './retirement-and-review';
import { policySearch } from './search';
import { policyVersions } from './versions';

type PolicyChannels =
  | 'policies.list' | 'policies.get' | 'policies.create' | 'policies.update' | 'policies.version' | 'policies.autosave' | 'policies.saveDraft'
  | 'policies.newVersion' | 'policies.discardDraft' | 'policies.submit' | 'policies.decide' | 'policies.markReviewed' | 'policies.retire' | 'policies.inForceOn'
  | 'policies.redline' | 'policies.search' | 'policies.assign' | 'policies.attest' | 'policies.attestMany' | 'policies.attestations' | 'policies.setStandards'
  | 'standards.list' | 'standards.create' | 'standards.editions' | 'standards.importEdition' | 'standards.moveCitations' | 'policies.import' | 'policies.attach' | 'policies.exportPdf'
  | 'policies.approvalChains' | 'policies.saveApprovalChain' | 'policies.removeApprovalChain';

export function policiesHandlers(ctx: CoreContext): HandlersFor<PolicyChannels> {
  const calendar = organisationCalendar(ctx);
  const library = policyLibrary(ctx);
  const lifecycle = policyLifecycle(ctx);
  const versions = policyVersions(ctx);
  const signing = readAndSign(ctx);
  const decisions = retirementAndReview(ctx);
  const crosswalk = standardsCrosswalk(ctx);
  const editions = editionImport(ctx);
  const search = policySearch(ctx);
  const attachments = attachmentStore(ctx);
  const importFiles = policyImporter(ctx);
  const chains = approvalChains(ctx);
  const version = (id: string) => versions.full(id, calendar.today());
  const retiredOn = ctx.db.prepare('SELECT retired_on FROM policies WHERE id = ?').pluck();
  const linked = ctx.db.prepare('SELECT 1 FROM policy_attachments WHERE policy_id = ? AND attachment_id = ?').pluck();

  return {
    'policies.list': (query) => library.list(query),
    'policies.get': ({ id }) => library.get(id),
    'policies.create': (input) => library.get(lifecycle.create(input)),
    'policies.update': ({ id, patch }) => {
      lifecycle.update(id, patch);
      return library.get(id);
    },
    'policies.version': ({ id }) => version(id),
    'policies.autosave': ({ versionId, body }) => ({ savedAt: lifecycle.autosave(versionId, body) }),
    'policies.saveDraft': (input) => {
      lifecycle.saveDraft(input);
      return version(input.versionId);
    },
    'policies.newVersion': (input) => version(lifecycle.newVersion(input)),
    'policies.discardDraft': ({ versionId }) => ({ policyId: lifecycle.discardDraft(versionId) }),
    'policies.submit': (input) => {
      lifecycle.submit(input);
      return version(input.versionId);
    },
    'policies.approvalChains': () => chains.list(),
    'policies.saveApprovalChain': ({ category, steps }) => chains.save(category, steps),
    'policies.removeApprovalChain': ({ category }) => ({ removed: chains.remove(category) }),
    'policies.decide': (input) => version(lifecycle.decide(input)),
    'policies.markReviewed': (input) => {
      decisions.markReviewed(input);
      return library.get(input.policyId);
    },
    'policies.retire': (input) => {
      decisions.retire(input);
      return library.get(input.policyId);
    },
    'policies.inForceOn': ({ policyId, date }) => {
      const retired = retiredOn.get(policyId) as string | null | undefined;
      if (retired === undefined) throw new AppError('NOT_FOUND', 'This policy was not found.');
      const inForce = versions.inForce(versions.skeletonsOf(policyId), date, retired);
      return inForce ? versions.summary(inForce.id, calendar.today()) : null;
    },
    'policies.redline': ({ fromVersionId, toVersionId }) => redline(versions.text(fromVersionId).body, versions.text(toVersionId).body),
    'policies.search': ({ query, includeOlderVersions, limit }) => search(query, includeOlderVersions, limit),
    'policies.assign': ({ policyId, targets }) => {
      signing.assign(policyId, targets);
      return library.get(policyId);
    },
    'policies.attest': ({ versionId, staffId, attestedOn, method, evidence }) => signing.attest(versionId, staffId, attestedOn, method, evidence),
    'policies.attestMany': ({ versionId, staffIds, attestedOn, method, evidence }) => signing.attestMany(versionId, staffIds, attestedOn, method, evidence),
    'policies.attestations': ({ policyId, pendingOnly }) => signing.attestations(policyId, pendingOnly),
    'policies.setStandards': ({ policyId, standardIds }) => {
      crosswalk.setForPolicy(policyId, standardIds);
      return library.get(policyId);
    },
    'standards.list': () => crosswalk.list(),
    'standards.create': (fields) => crosswalk.create(fields),
    'standards.editions': () => crosswalk.editions(),
    'standards.importEdition': (input) => editions.importEdition(input),
    'standards.moveCitations': ({ standardId }) => crosswalk.moveCitations(standardId),
    'policies.import': ({ files, ownerId, category }) => importFiles(files, ownerId, category),
    'policies.attach': ({ policyId, fileName, dataBase64 }) => {
      library.get(policyId);
      ctx.store.transaction(() => {
        const id = attachments.put(fileName, decodeBase64(dataBase64));
        if (!linked.get(policyId, id)) ctx.store.insert(policyAttachmentEntity, { policyId, attachmentId: id });
      });
      return library.get(policyId);
    },
    'policies.exportPdf': async ({ versionId }) => {
      const v = version(versionId);
      const policy = library.get(v.policyId);
      const settings = calendar.settings();
      const pdf = await exportPolicyVersionPdf(ctx.printer(), {
        organisationName: settings.organisationName,
        reference: policy.reference,
        title: v.title,
        versionNumber: v.number,
        state: v.state,
        effectiveOn: v.effectiveOn,
        ownerName: policy.ownerName,
        changeSummary: v.changeSummary,
        approvals: v.approvals.map((a) => ({ approverName: a.approverName, decision: a.decision, decidedAt: a.decidedAt, comment: a.comment })),
        standards: policy.standards.map((s) => ({ code: `${s.body} ${s.code}`, title: s.title })),
        body: v.body,
        printedOn: calendar.today(),
      });
      return { fileName: `${policy.reference} v${v.number} — ${v.title}.pdf`.replace(/[\\/:*?"<>|]/g, '-'), mediaType: 'application/pdf', content: Buffer.from(pdf).toString('base64') };
    },
  };
}
