// The policy lifecycle's writes: create, edit drafts (an edit restarts the approval chain), submit, decide,
// new versions from approved ones. Approved text never changes. Reviews and retirement: retirement-and-review.ts.
import type { z } from 'zod';
import type { policiesContract } from '../../../shared/contract/policies';
import type { CoreContext } from '../context';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { approverDirectory } from './approvers';
import { policyApprovalEntity, policyEntity, policyVersionEntity } from './entities';
import { hashBody } from './versions';

type Input<C extends keyof typeof policiesContract> = z.output<(typeof policiesContract)[C]['input']>;

interface VersionRow {
  id: string;
  policyId: string;
  number: number;
  stage: 'draft' | 'in-review' | 'approved';
  title: string;
  body: string;
  authorId: string;
}

interface StepRow {
  id: string;
  versionId: string;
  round: number;
  position: number;
  approverKind: 'person' | 'committee';
  staffId: string | null;
  approverName: string;
  decision: 'pending' | 'approved' | 'rejected' | 'restarted';
}

export function policyLifecycle(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const versionRow = db.prepare('SELECT id, policy_id AS policyId, number, stage, title, body, author_id AS authorId FROM policy_versions WHERE id = ?');
  const openVersionOf = db.prepare("SELECT id, number FROM policy_versions WHERE policy_id = ? AND stage IN ('draft', 'in-review')");
  const nextNumber = db.prepare('SELECT coalesce(max(number), 0) + 1 FROM policy_versions WHERE policy_id = ?').pluck();
  const currentRound = db.prepare(`SELECT id, version_id AS versionId, round, position, approver_kind AS approverKind, staff_id AS staffId,
      approver_name AS approverName, decision FROM policy_approvals
    WHERE version_id = ? AND round = (SELECT max(round) FROM policy_approvals WHERE version_id = ?) ORDER BY position`);
  const stepById = db.prepare('SELECT version_id AS versionId FROM policy_approvals WHERE id = ?').pluck();
  const approvers = approverDirectory(db);
  const attachments = attachmentStore(ctx);
  const policyExists = db.prepare('SELECT 1 FROM policies WHERE id = ?').pluck();
  const policyFacts = db.prepare('SELECT reference, owner_id AS ownerId, retired_on AS retiredOn FROM policies WHERE id = ?');
  const otherApproved = db.prepare("SELECT 1 FROM policy_versions WHERE policy_id = ? AND id <> ? AND stage = 'approved' LIMIT 1").pluck();
  const upsertAutosave = db.prepare(
    'INSERT INTO policy_autosaves (version_id, body, saved_at) VALUES (?, ?, ?) ON CONFLICT (version_id) DO UPDATE SET body = excluded.body, saved_at = excluded.saved_at',
  );
  const dropAutosave = db.prepare('DELETE FROM policy_autosaves WHERE version_id = ?');

  /**
   * The last approval given: the version is approved, effective on its chosen date or today. A revision never takes
   * effect before the day it is approved (a review that ran past the chosen date starts it today): what was in force
   * on a day already lived must not change afterwards. Only a policy's first approved version may carry an earlier
   * date, recording when a paper policy took effect. The policy's title follows the approved version's. A decision by
   * motion is the meeting's: `decisionDay` is then the meeting's day, however late its motion was typed in.
   */
  function approve(versionId: string, now: string, decisionDay = calendar.today()): void {
    const v = version(versionId);
    const chosen = (db.prepare('SELECT effective_on FROM policy_versions WHERE id = ?').pluck().get(versionId) as string | null) ?? decisionDay;
    const effective = otherApproved.get(v.policyId, versionId) && chosen < decisionDay ? decisionDay : chosen;
    store.update(policyVersionEntity, versionId, { stage: 'approved', approvedAt: now, effectiveOn: effective });
    store.update(policyEntity, v.policyId, { title: v.title });
  }

  /** A retired policy takes no new versions: one approved now could never be in force. */
  function notRetired(policyId: string): { reference: string; ownerId: string } {
    const facts = policyFacts.get(policyId) as { reference: string; ownerId: string; retiredOn: string | null } | undefined;
    if (!facts) throw notFound('This policy');
    if (facts.retiredOn && facts.retiredOn <= calendar.today()) {
      throw new AppError('CONFLICT', `${facts.reference} was retired on ${facts.retiredOn}: a retired policy takes no new versions.`);
    }
    return facts;
  }

  function version(id: string): VersionRow {
    const row = versionRow.get(id) as VersionRow | undefined;
    if (!row) throw notFound('This policy version');
    return row;
  }

  function editable(v: VersionRow): void {
    if (v.stage === 'approved') {
      throw new AppError('LOCKED', `Version ${v.number} is approved and can no longer change. Start a new draft from it to revise the policy.`);
    }
  }

  /** Every pending or given approval of the current round is set aside and the same approvers asked again, in order. */
  function restartChain(versionId: string): void {
    const steps = currentRound.all(versionId, versionId) as StepRow[];
    if (steps.length === 0) return;
    const round = steps[0]!.round + 1;
    for (const step of steps) {
      if (step.decision === 'pending' || step.decision === 'approved') store.update(policyApprovalEntity, step.id, { decision: 'restarted' });
      store.insert(policyApprovalEntity, { versionId, round, position: step.position, approverKind: step.approverKind, staffId: step.staffId, approverName: step.approverName, decision: 'pending' });
    }
  }

  /**
   * Whether a motion of this committee may approve this version now: only a version sent round its chain, and only
   * at a step that names this committee, once the approvers before it have approved. Throws the reason otherwise.
   */
  function mayApproveByCommittee(versionId: string, committee: string): { turn: StepRow; steps: StepRow[] } {
    const v = version(versionId);
    if (v.stage === 'approved') throw new AppError('LOCKED', `Version ${v.number} is already approved.`);
    // A motion is held to what submitting asks of a draft: some text, and a policy still in use.
    const { reference } = notRetired(v.policyId);
    if (!v.body.trim()) throw new AppError('INVALID_INPUT', `Version ${v.number} has no text yet: there is nothing to approve.`);
    if (v.stage === 'draft') {
      throw new AppError('CONFLICT', `${reference} v${v.number} has not been sent round its approval chain: submit it, and ${committee} approves it by motion when its step comes.`);
    }
    const steps = currentRound.all(versionId, versionId) as StepRow[];
    const turn = steps.find((s) => s.decision === 'pending');
    if (!turn) throw new AppError('CONFLICT', `Version ${v.number} has no approval step waiting.`);
    if (turn.approverKind === 'committee' && turn.approverName !== committee) {
      throw new AppError('FORBIDDEN', `The approval chain of ${reference} v${v.number} asks ${turn.approverName} for this step: a motion of ${committee} cannot give it.`);
    }
    if (turn.approverKind !== 'committee') {
      if (steps.some((s) => s.approverKind === 'committee' && s.approverName === committee)) throw new AppError('CONFLICT', `${turn.approverName} decides before the committee does.`);
      throw new AppError('FORBIDDEN', `${committee} is not a step of the approval chain of ${reference} v${v.number}: its motion cannot approve it.`);
    }
    return { turn, steps };
  }

  return {
    create(input: Input<'policies.create'>): string {
      return store.transaction(() => {
        const { body, changeSummary, ...fields } = input;
        const policyId = store.insert(policyEntity, { ...fields, lastReviewedOn: null, retiredOn: null });
        store.insert(policyVersionEntity, { policyId, number: 1, stage: 'draft', title: fields.title, body, bodyHash: hashBody(body), changeSummary, authorId: fields.ownerId });
        return policyId;
      });
    },

    update(id: string, patch: Input<'policies.update'>['patch']): void {
      if (!policyExists.get(id)) throw notFound('This policy');
      store.update(policyEntity, id, patch);
    },

    /** Called as the director types: a crash buffer, not a revision. Refused on approved text like any edit. */
    autosave(versionId: string, body: string): string {
      editable(version(versionId));
      const savedAt = ctx.now().toISOString();
      upsertAutosave.run(versionId, body, savedAt);
      return savedAt;
    },

    saveDraft({ versionId, body, title, changeSummary }: Input<'policies.saveDraft'>): void {
      store.transaction(() => {
        const v = version(versionId);
        editable(v);
        const textChanged = (body !== undefined && body !== v.body) || (title !== undefined && title !== v.title);
        store.update(policyVersionEntity, versionId, {
          ...(body !== undefined ? { body, bodyHash: hashBody(body) } : {}),
          ...(title !== undefined ? { title } : {}),
          ...(changeSummary !== undefined ? { changeSummary } : {}),
        });
        if (textChanged && v.stage === 'in-review') restartChain(versionId);
        // A policy with no approved version yet is known by its draft's title.
        if (title !== undefined && !otherApproved.get(v.policyId, versionId)) store.update(policyEntity, v.policyId, { title });
        dropAutosave.run(versionId);
      });
    },

    newVersion({ fromVersionId, changeSummary }: Input<'policies.newVersion'>): string {
      return store.transaction(() => {
        const from = version(fromVersionId);
        const { ownerId } = notRetired(from.policyId);
        const open = openVersionOf.get(from.policyId) as { id: string; number: number } | undefined;
        if (open) throw new AppError('CONFLICT', `Version ${open.number} is already an open draft of this policy: finish or discard it first.`);
        // The new draft is the policy's current owner's, as a new policy's first draft is: the one who cannot approve it.
        return store.insert(policyVersionEntity, {
          policyId: from.policyId, number: nextNumber.get(from.policyId) as number, stage: 'draft', title: from.title, body: from.body,
          bodyHash: hashBody(from.body), changeSummary, authorId: ownerId,
        });
      });
    },

    /** Drops an open draft and its approval rounds; a policy's first and only version is retired, not discarded. */
    discardDraft(versionId: string): string {
      return store.transaction(() => {
        const v = version(versionId);
        editable(v);
        if ((nextNumber.get(v.policyId) as number) === 2) {
          throw new AppError('CONFLICT', 'This is the policy’s only version: retire the policy instead of discarding its draft.');
        }
        dropAutosave.run(versionId);
        // Its approval rounds go with it: the store removes what depends on a record, each logged.
        store.remove(policyVersionEntity, versionId);
        return v.policyId;
      });
    },

    submit({ versionId, approvers: steps, effectiveOn }: Input<'policies.submit'>): void {
      store.transaction(() => {
        const v = version(versionId);
        editable(v);
        if (v.stage === 'in-review') throw new AppError('CONFLICT', `Version ${v.number} is already in review.`);
        if (!v.body.trim()) throw new AppError('INVALID_INPUT', 'The draft has no text yet.');
        notRetired(v.policyId);
        if (effectiveOn && effectiveOn < calendar.today() && otherApproved.get(v.policyId, versionId)) {
          throw new AppError('INVALID_INPUT', `A revision takes effect today or later: ${effectiveOn} has passed, and what was in force then cannot change afterwards.`);
        }
        const previous = currentRound.all(versionId, versionId) as StepRow[];
        const round = (previous[0]?.round ?? 0) + 1;
        steps.forEach((approver, position) => {
          if (approver.kind === 'person' && approver.staffId === v.authorId) {
            throw new AppError('FORBIDDEN', 'The author of a draft cannot be one of its approvers.');
          }
          store.insert(policyApprovalEntity, {
            versionId, round, position, approverKind: approver.kind, staffId: approver.kind === 'person' ? approver.staffId : null,
            approverName: approvers.nameOf(approver), decision: 'pending',
          });
        });
        store.update(policyVersionEntity, versionId, { stage: 'in-review', submittedAt: ctx.now().toISOString(), effectiveOn });
      });
    },

    /** Records the decision of the approver whose turn it is; the last approval makes the version approved. */
    decide({ stepId, decision, comment, method, evidence }: Input<'policies.decide'>): string {
      return store.transaction(() => {
        const versionId = stepById.get(stepId) as string | undefined;
        if (!versionId) throw notFound('This approval step');
        const v = version(versionId);
        if (v.stage === 'approved') throw new AppError('LOCKED', `Version ${v.number} is already approved.`);
        if (v.stage !== 'in-review') throw new AppError('CONFLICT', `Version ${v.number} is not in review.`);
        const steps = currentRound.all(versionId, versionId) as StepRow[];
        const step = steps.find((s) => s.id === stepId);
        if (!step) throw new AppError('CONFLICT', 'This approval step belongs to an earlier round: the chain was restarted after an edit.');
        const turn = steps.find((s) => s.decision === 'pending');
        if (step.decision !== 'pending' || !turn) throw new AppError('CONFLICT', `${step.approverName} has already decided.`);
        if (turn.id !== step.id) throw new AppError('CONFLICT', `It is not ${step.approverName}'s turn: ${turn.approverName} decides first.`);
        if (step.staffId && step.staffId === v.authorId) throw new AppError('FORBIDDEN', 'No one approves their own draft.');
        const now = ctx.now().toISOString();
        // The approver decided; the director recorded it, saying how it reached them, with the document if there is one.
        const evidenceAttachmentId = evidence ? attachments.put(evidence.fileName, decodeBase64(evidence.dataBase64)) : null;
        store.update(policyApprovalEntity, stepId, { decision, comment, decidedAt: now, recordedBy: store.actor, evidenceMethod: method, evidenceAttachmentId });
        if (decision === 'rejected') store.update(policyVersionEntity, versionId, { stage: 'draft' });
        else if (steps.every((s) => s.id === stepId || s.decision === 'approved')) approve(versionId, now);
        return versionId;
      });
    },

    mayApproveByCommittee,

    /**
     * A carried motion of a committee approving this version at the committee's step of its chain, dated by the
     * meeting (`decision.at`, and `decision.day` in the meeting's time zone). The step and the motion are linked.
     */
    approveByCommittee(versionId: string, committee: string, motionId: string, decision: { at: string; day: string }): void {
      store.transaction(() => {
        const { turn, steps } = mayApproveByCommittee(versionId, committee);
        store.update(policyApprovalEntity, turn.id, {
          decision: 'approved', comment: `Approved by motion of ${committee}`, decidedAt: decision.at, motionId, recordedBy: store.actor, evidenceMethod: 'by-motion',
        });
        if (steps.every((s) => s.id === turn.id || s.decision === 'approved')) approve(versionId, decision.at, decision.day);
      });
    },
  };
}
