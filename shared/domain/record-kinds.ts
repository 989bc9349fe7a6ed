// What each kind of record is called, as a director would say it: sync's screens and sentences name records by these.

const recordKindNames: Record<string, string> = {
  staff: 'Staff member', credential: 'Credential', verification: 'Verification', privilege: 'Privilege', evaluation: 'Evaluation',
  policy: 'Policy', policyVersion: 'Policy draft', setting: 'Setting', department: 'Department', role: 'Role', meeting: 'Meeting',
  agendaItem: 'Agenda item', motion: 'Motion', actionItem: 'Action item', committee: 'Committee', minutesAmendment: 'Minutes amendment',
  committeeMember: 'Committee member', attendance: 'Attendance', vote: 'Vote', attachment: 'Document', agendaAttachment: 'Agenda document',
  policyApproval: 'Policy approval', policyReview: 'Policy review', policyAssignment: 'Read-and-sign assignment', policyAttestation: 'Read-and-sign attestation',
  standard: 'Standard', policyStandard: 'Standard link', policyAttachment: 'Policy document',
  planPeriod: 'Plan period', perspective: 'Perspective', goal: 'Goal', initiative: 'Initiative', milestone: 'Milestone', measure: 'Measure',
  measureValue: 'Measure value', pdsaCycle: 'PDSA cycle', risk: 'Risk', riskAssessment: 'Risk assessment',
  ethicsCase: 'Ethics case', ethicsNote: 'Ethics case note',
  trainingCourse: 'Course', trainingRequirement: 'Training requirement', trainingCompletion: 'Training completion', trainingWaiver: 'Training waiver',
  competencyAssessment: 'Competency assessment', cmeStateProfile: 'State CME profile',
  packetIssue: 'Packet issue', packetDistribution: 'Packet distribution', agendaItemGuest: 'Agenda item guest',
  reappointment: 'Reappointment',
  suspension: 'Suspension',
  exclusionScreening: 'Exclusion screening', exclusionMatch: 'Exclusion list match', npdbQuery: 'NPDB query',
  credentialTerm: 'Earlier credential term',
  policyRetirement: 'Policy retirement',
};

/** "Staff member", "Credential", …: a kind of record with a capital, for the start of a sentence or a label. */
export function recordKindName(entity: string): string {
  return recordKindNames[entity] ?? entity.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
