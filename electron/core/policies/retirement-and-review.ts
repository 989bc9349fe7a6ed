// Retiring a policy and "reviewed, no revision needed" are decisions: each names who approved it (a person on the
// staff list or a committee, by the director's hand or by a carried motion), who recorded it, how it reached them and
// the document that shows it. A retirement is dated by the day it is decided and takes effect no earlier, so what was
// in force on a day already lived cannot be rewritten afterwards.
import type { z } from 'zod';
import type { policiesContract } from '../../../shared/contract/policies';
import type { CoreContext } from '../context';
import { attachmentStore, decodeBase64 } from '../attachments/attachment-store';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { approverDirectory, type ApproverInput } from './approvers';
import { policyEntity, policyRetirementEntity, policyReviewEntity } from './entities';

type Input<C extends keyof typeof policiesContract> = z.output<(typeof policiesContract)[C]['input']>;

/** Who decided and how, resolved to what is stored on the decision. */
interface Decider {
  approverKind: 'person' | 'committee';
  approverStaffId: string | null;
  approverName: string;
  motionId: string | null;
  evidenceMethod: string;
  evidenceAttachmentId: string | null;
}

/** A motion that carried: its committee, its id, and its meeting's calendar day (`decisionDateOf`), which dates the decision. */
export interface CarriedMotion {
  committee: string;
  motionId: string;
  decidedOn: string;
}

export function retirementAndReview(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const approvers = approverDirectory(db);
  const attachments = attachmentStore(ctx);
  const policyFacts = db.prepare('SELECT reference, retired_on AS retiredOn, last_reviewed_on AS lastReviewedOn FROM policies WHERE id = ?');

  function facts(policyId: string) {
    const row = policyFacts.get(policyId) as { reference: string; retiredOn: string | null; lastReviewedOn: string | null } | undefined;
    if (!row) throw notFound('This policy');
    return row;
  }

  /** Checks come first: the evidence is stored only for a decision that is accepted. */
  function byHand(approver: ApproverInput, method: string, evidence: { fileName: string; dataBase64: string } | null, check: () => void): () => Decider {
    const approverName = approvers.nameOf(approver);
    check();
    return () => ({
      approverKind: approver.kind, approverStaffId: approver.kind === 'person' ? approver.staffId : null, approverName, motionId: null, evidenceMethod: method,
      evidenceAttachmentId: evidence ? attachments.put(evidence.fileName, decodeBase64(evidence.dataBase64)) : null,
    });
  }

  function byMotion(motion: CarriedMotion): Decider {
    return { approverKind: 'committee', approverStaffId: null, approverName: motion.committee, motionId: motion.motionId, evidenceMethod: 'by-motion', evidenceAttachmentId: null };
  }

  function notYetRetired(policyId: string, today: string) {
    const f = facts(policyId);
    if (f.retiredOn && f.retiredOn <= today) throw new AppError('CONFLICT', `${f.reference} was already retired on ${f.retiredOn}.`);
    return f;
  }

  function writeRetirement(policyId: string, decidedOn: string, effectiveOn: string, reason: string, decider: Decider): void {
    store.insert(policyRetirementEntity, { policyId, decidedOn, effectiveOn, reason, ...decider, recordedBy: store.actor });
    store.update(policyEntity, policyId, { retiredOn: effectiveOn });
  }

  function writeReview(policyId: string, reviewedOn: string, note: string | null, decider: Decider): void {
    const { approverName, ...rest } = decider;
    store.insert(policyReviewEntity, { policyId, reviewedOn, note, reviewer: approverName, ...rest, recordedBy: store.actor });
    // Recording an older review (from paper) must not move the next review earlier.
    const last = facts(policyId).lastReviewedOn;
    if (!last || reviewedOn > last) store.update(policyEntity, policyId, { lastReviewedOn: reviewedOn });
  }

  return {
    /** Decided today by the named approver; in force until the chosen day, which is today or later. */
    retire({ policyId, retiredOn, reason, approver, method, evidence }: Input<'policies.retire'>): void {
      store.transaction(() => {
        const today = calendar.today();
        const decider = byHand(approver, method, evidence, () => {
          const f = notYetRetired(policyId, today);
          if (retiredOn < today) {
            const why = `A retirement takes effect today or later: ${f.reference} was in force on ${retiredOn}, and that cannot change afterwards. Choose today or a later date.`;
            throw new AppError('INVALID_INPUT', why, [{ path: 'retiredOn', message: why }]);
          }
        });
        writeRetirement(policyId, today, retiredOn, reason, decider());
      });
    },

    /**
     * A committee's carried motion to retire the policy: decided on the meeting's day, and in force until that day,
     * or today when the motion is recorded after the meeting (the days between were lived with the policy in force).
     */
    retireByMotion(policyId: string, motion: CarriedMotion, reason: string): void {
      store.transaction(() => {
        const today = calendar.today();
        notYetRetired(policyId, today);
        const { decidedOn } = motion;
        writeRetirement(policyId, decidedOn, decidedOn < today ? today : decidedOn, reason, byMotion(motion));
      });
    },

    /** "Reviewed, no revision needed", approved by a person or a committee the director names. */
    markReviewed({ policyId, reviewedOn, note, approver, method, evidence }: Input<'policies.markReviewed'>): void {
      store.transaction(() => {
        const decider = byHand(approver, method, evidence, () => {
          facts(policyId);
          if (reviewedOn > calendar.today()) throw new AppError('INVALID_INPUT', `A review is recorded once it has happened: ${reviewedOn} is after today.`);
        });
        writeReview(policyId, reviewedOn, note, decider());
      });
    },

    /** A committee's carried motion that the policy was reviewed and needs no revision: reviewed on the meeting's day. */
    reviewedByMotion(policyId: string, motion: CarriedMotion, note: string | null): void {
      store.transaction(() => {
        facts(policyId);
        writeReview(policyId, motion.decidedOn, note, byMotion(motion));
      });
    },
  };
}
