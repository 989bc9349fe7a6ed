// Every entity the store writes, by its change-log name: what sync reads to apply a change made on another laptop.
// A new table joins by declaring its entity in its feature folder and adding it here.
import { attachmentEntity } from '../attachments/entities';
import { credentialEntity, credentialTermEntity, verificationEntity } from '../credentials/entities';
import {
  actionItemEntity, agendaAttachmentEntity, agendaItemEntity, attendanceEntity, committeeEntity, committeeMemberEntity, meetingEntity,
  minutesAmendmentEntity, motionEntity, voteEntity,
} from '../meetings/entities';
import { ethicsCaseEntity, ethicsNoteEntity } from '../ethics/entities';
import { departmentEntity, roleEntity } from '../organisation/entities';
import {
  approvalChainEntity, policyApprovalEntity, policyAssignmentEntity, policyAttachmentEntity, policyAttestationEntity, policyEntity, policyRetirementEntity,
  policyReviewEntity, policyStandardEntity, policyVersionEntity, standardChangeEntity, standardEditionEntity, standardEntity,
} from '../policies/entities';
import {
  goalEntity, initiativeEntity, measureEntity, measureValueEntity, milestoneEntity, pdsaCycleEntity, perspectiveEntity, planPeriodEntity, riskAssessmentEntity,
  riskEntity,
} from '../planning/entities';
import { evaluationEntity, privilegeEntity } from '../privileges/entities';
import { reappointmentEntity } from '../reappointments/entities';
import { settingEntity } from '../settings/entities';
import { staffEntity } from '../staff/entities';
import { suspensionEntity } from '../suspensions/entities';
import {
  cmeStateProfileEntity, competencyAssessmentEntity, trainingCompletionEntity, trainingCourseEntity, trainingRequirementEntity, trainingWaiverEntity,
} from '../training/entities';
import { agendaItemGuestEntity, packetDistributionEntity, packetIssueEntity } from '../meetings/packet-issue-entities';
import { exclusionMatchEntity, exclusionScreeningEntity, npdbQueryEntity } from '../screening/entities';
import type { EntityDef } from './entity';

/** In the order a fresh database can be filled without breaking a reference. */
export const entities: readonly EntityDef[] = [
  settingEntity, departmentEntity, roleEntity, staffEntity, attachmentEntity, credentialEntity, verificationEntity, privilegeEntity,
  evaluationEntity, standardEditionEntity, standardEntity, policyEntity, policyVersionEntity, policyApprovalEntity, policyReviewEntity, policyAssignmentEntity,
  policyAttestationEntity, policyStandardEntity, policyAttachmentEntity, committeeEntity, committeeMemberEntity, meetingEntity,
  agendaItemEntity, agendaAttachmentEntity, attendanceEntity, motionEntity, voteEntity, actionItemEntity, minutesAmendmentEntity,
  approvalChainEntity, planPeriodEntity, perspectiveEntity, goalEntity, initiativeEntity, milestoneEntity, measureEntity, pdsaCycleEntity,
  measureValueEntity, riskEntity, riskAssessmentEntity,
  ethicsCaseEntity, ethicsNoteEntity,
  trainingCourseEntity, trainingRequirementEntity, trainingCompletionEntity, trainingWaiverEntity, competencyAssessmentEntity, cmeStateProfileEntity,
  standardChangeEntity,
  packetIssueEntity, packetDistributionEntity, agendaItemGuestEntity,
  reappointmentEntity,
  suspensionEntity,
  exclusionScreeningEntity, exclusionMatchEntity, npdbQueryEntity,
  credentialTermEntity,
  policyRetirementEntity,
];

const byName = new Map(entities.map((e) => [e.name, e]));

export function entityNamed(name: string): EntityDef | undefined {
  return byName.get(name);
}
