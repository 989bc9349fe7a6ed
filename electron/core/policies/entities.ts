// Policies, versions, approvals, reviews, read-and-sign and the standards crosswalk, declared once for the store,
// the change log and sync.
import { defineEntity } from '../db/entity';

export const policyEntity = defineEntity({
  name: 'policy',
  table: 'policies',
  fields: {
    reference: 'text', title: 'text', category: 'text', departmentId: 'text', ownerId: 'text', keywords: 'json',
    reviewIntervalMonths: 'integer', reviewWarningDays: 'integer', lastReviewedOn: 'text', retiredOn: 'text', attestationDueDays: 'integer',
  },
});

export const policyVersionEntity = defineEntity({
  name: 'policyVersion',
  table: 'policy_versions',
  fields: {
    policyId: 'text', number: 'integer', stage: 'text', title: 'text', body: 'text', bodyHash: 'text', changeSummary: 'text', authorId: 'text',
    submittedAt: 'text', approvedAt: 'text', effectiveOn: 'text',
  },
});

export const policyApprovalEntity = defineEntity({
  name: 'policyApproval',
  table: 'policy_approvals',
  fields: {
    versionId: 'text', round: 'integer', position: 'integer', approverKind: 'text', staffId: 'text', approverName: 'text',
    decision: 'text', comment: 'text', decidedAt: 'text', motionId: 'text', recordedBy: 'text', evidenceMethod: 'text', evidenceAttachmentId: 'text',
  },
});

export const policyReviewEntity = defineEntity({
  name: 'policyReview',
  table: 'policy_reviews',
  fields: {
    policyId: 'text', reviewedOn: 'text', note: 'text', reviewer: 'text', approverKind: 'text', approverStaffId: 'text', motionId: 'text', recordedBy: 'text',
    evidenceMethod: 'text', evidenceAttachmentId: 'text',
  },
});
export const policyAssignmentEntity = defineEntity({ name: 'policyAssignment', table: 'policy_assignments', fields: { policyId: 'text', targetKind: 'text', targetId: 'text' } });
export const policyAttestationEntity = defineEntity({
  name: 'policyAttestation',
  table: 'policy_attestations',
  fields: { versionId: 'text', staffId: 'text', attestedOn: 'text', method: 'text', recordedBy: 'text', evidenceAttachmentId: 'text' },
});

/** Retiring a policy is a decision: who approved it (a person, or a committee by motion), when, and from which day. */
export const policyRetirementEntity = defineEntity({
  name: 'policyRetirement',
  table: 'policy_retirements',
  fields: {
    policyId: 'text', decidedOn: 'text', effectiveOn: 'text', reason: 'text', approverKind: 'text', approverStaffId: 'text', approverName: 'text',
    motionId: 'text', recordedBy: 'text', evidenceMethod: 'text', evidenceAttachmentId: 'text',
  },
});
/** An accreditor's edition of its manual (e.g. the Joint Commission's Accreditation 360, effective 2026-01-01). */
export const standardEditionEntity = defineEntity({ name: 'standardEdition', table: 'standard_editions', fields: { body: 'text', name: 'text', effectiveOn: 'text' } });
/** The edition a standard was last published in: null for standards kept from before editions were recorded. */
export const standardEntity = defineEntity({ name: 'standard', table: 'standards', fields: { body: 'text', code: 'text', title: 'text', editionId: 'text' } });
/** A standard an edition moved (one row per successor) or retired. */
export const standardChangeEntity = defineEntity({ name: 'standardChange', table: 'standard_changes', fields: { editionId: 'text', standardId: 'text', change: 'text', successorId: 'text' } });
export const policyStandardEntity = defineEntity({ name: 'policyStandard', table: 'policy_standards', fields: { policyId: 'text', standardId: 'text' } });
export const policyAttachmentEntity = defineEntity({ name: 'policyAttachment', table: 'policy_attachments', fields: { policyId: 'text', attachmentId: 'text' } });

/** A category's reusable approval chain: its steps as the submit channel takes them (a person by id, a committee by name). */
export const approvalChainEntity = defineEntity({ name: 'approvalChain', table: 'approval_chains', fields: { category: 'text', steps: 'json' } });
