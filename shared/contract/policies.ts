// Policies and protocols: one reference number across versions, the approval chain, review cycles, read-and-sign,
// the standards crosswalk, search, import and the controlled-copy PDF.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { AttachmentUpload, ExportedFile } from './credentials';
import { policyVersionStates } from '../domain/policy-lifecycle';

export const PolicyReference = z.string().trim().toUpperCase().regex(/^[A-Z]{1,6}-\d{1,4}(\.\d{1,3})?$/, 'A reference is letters, a dash and a number, like MS-014');

export const standardBodies = ['TJC', 'CMS', 'DNV', 'Other'] as const;
const StandardBody = z.enum(standardBodies);
export const StandardEdition = z.object({ id: Id, body: StandardBody, name: z.string(), effectiveOn: IsoDate });
export type StandardEdition = z.infer<typeof StandardEdition>;
const StandardRef = z.object({ id: Id, body: StandardBody, code: z.string(), title: z.string() });
/** Whether citing the standard still points at one in force (see shared/domain/standard-editions). */
export const CitationStanding = z.discriminatedUnion('state', [
  z.object({ state: z.literal('current') }),
  z.object({
    state: z.enum(['stale', 'changing']),
    change: z.enum(['moved', 'retired']),
    edition: z.object({ name: z.string(), effectiveOn: IsoDate }),
    successors: z.array(StandardRef),
  }),
]);
export type CitationStanding = z.infer<typeof CitationStanding>;
export const Standard = StandardRef.extend({
  /** The edition it was last published in; null for a standard kept from before editions were recorded. */
  edition: StandardEdition.omit({ body: true }).nullable(),
  standing: CitationStanding,
});
export type Standard = z.infer<typeof Standard>;

export const editionRowChanges = ['new', 'unchanged', 'revised', 'moved', 'retired'] as const;
/** One line of an edition file: what the new edition does with a standard. */
export const EditionImportRow = z.object({
  code: NonBlank('Code', 60),
  title: z.string().trim().max(300, 'A title is at most 300 characters'),
  change: z.enum(editionRowChanges, { error: `Change is one of: ${editionRowChanges.join(', ')}` }),
  /** For a moved standard, the old code (several, separated by ";", when standards were merged into it). */
  replaces: z.string().trim().max(300),
}).superRefine((r, ctx) => {
  if (r.change === 'moved' && !r.replaces) ctx.addIssue({ code: 'custom', path: ['replaces'], message: 'A moved standard names the code it replaces' });
  if (r.change !== 'moved' && r.replaces) ctx.addIssue({ code: 'custom', path: ['replaces'], message: `Only a moved standard replaces another (this row says "${r.change}")` });
  if ((r.change === 'new' || r.change === 'moved' || r.change === 'revised') && !r.title) ctx.addIssue({ code: 'custom', path: ['title'], message: 'A new, moved or revised standard needs its title' });
});
export type EditionImportRow = z.infer<typeof EditionImportRow>;
export const editionFileColumns = ['code', 'title', 'change', 'replaces'] as const;

export const PolicyVersionState = z.enum(policyVersionStates);

export const ApprovalStep = z.object({
  id: Id,
  versionId: Id,
  position: z.number().int(),
  approverKind: z.enum(['person', 'committee']),
  staffId: Id.nullable(),
  /** A person's name or a committee's, as shown. */
  approverName: z.string(),
  decision: z.enum(['pending', 'approved', 'rejected']),
  comment: z.string().nullable(),
  decidedAt: IsoDateTime.nullable(),
  /** Set when the meetings feature links a committee approval to the motion that carried it. */
  motionId: Id.nullable(),
  /** The director who entered the decision, how it reached them, and its document. */
  recordedBy: z.string().nullable(),
  method: z.string().nullable(),
  evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
});
export type ApprovalStep = z.infer<typeof ApprovalStep>;

export const PolicyVersionSummary = z.object({
  id: Id,
  policyId: Id,
  number: z.number().int(),
  state: PolicyVersionState,
  changeSummary: z.string(),
  authorId: Id,
  authorName: z.string(),
  submittedAt: IsoDateTime.nullable(),
  approvedAt: IsoDateTime.nullable(),
  effectiveOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type PolicyVersionSummary = z.infer<typeof PolicyVersionSummary>;

export const PolicyVersion = PolicyVersionSummary.extend({
  title: z.string(),
  body: z.string(),
  approvals: z.array(ApprovalStep),
  /** A newer autosaved text than the saved draft, left by an editor that was closed or crashed. */
  recoveredBody: z.string().nullable(),
});
export type PolicyVersion = z.infer<typeof PolicyVersion>;

/**
 * How a decision or signature taken by someone else reached the director who records it: given in person at this
 * screen, on a signed sheet, by e-mail, from the learning system's export, or by a committee's motion.
 */
export const evidenceMethods = ['in-person', 'signed-sheet', 'e-mail', 'lms-import', 'by-motion'] as const;
/** What the director may choose when recording a decision by hand; "by motion" is set by the motion that carried it. */
export const recordedDecisionMethods = ['in-person', 'signed-sheet', 'e-mail'] as const;
export const EvidenceMethod = z.enum(evidenceMethods);

/** A decision's record: who decided, who entered it, how it reached them, and the document that shows it. */
const DecisionRecord = z.object({
  approverName: z.string(),
  /** The director who entered it (null for decisions recorded before identities were kept). */
  recordedBy: z.string().nullable(),
  method: z.string().nullable(),
  evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
  motionId: Id.nullable(),
});

export const PolicyRetirement = DecisionRecord.extend({ id: Id, decidedOn: IsoDate, effectiveOn: IsoDate, reason: z.string() });
export type PolicyRetirement = z.infer<typeof PolicyRetirement>;

export const ReviewStatus = z.object({
  state: z.enum(['current', 'due-soon', 'overdue', 'not-in-force']),
  dueOn: IsoDate.nullable(),
  daysLeft: z.number().int().nullable(),
});

export const PolicyRow = z.object({
  id: Id,
  reference: z.string(),
  title: z.string(),
  category: z.string(),
  departmentId: Id.nullable(),
  departmentName: z.string().nullable(),
  ownerId: Id,
  ownerName: z.string(),
  retiredOn: IsoDate.nullable(),
  /** The version in force today, if any. */
  activeVersion: z.object({ id: Id, number: z.number().int(), effectiveOn: IsoDate }).nullable(),
  /** A draft or in-review version, if one is open. */
  openVersion: z.object({ id: Id, number: z.number().int(), state: PolicyVersionState }).nullable(),
  review: ReviewStatus,
  /** `assigned`: those who must sign (staff on leave are left out); `overdue`: past their due date unsigned. */
  attestation: z.object({ assigned: z.number().int(), attested: z.number().int(), overdue: z.number().int() }),
});
export type PolicyRow = z.infer<typeof PolicyRow>;

export const Policy = PolicyRow.extend({
  keywords: z.array(z.string()),
  reviewIntervalMonths: z.number().int(),
  reviewWarningDays: z.number().int(),
  lastReviewedOn: IsoDate.nullable(),
  versions: z.array(PolicyVersionSummary),
  standards: z.array(Standard),
  assignments: z.array(z.object({ kind: z.enum(['role', 'department']), id: Id, name: z.string() })),
  attachments: z.array(z.object({ id: z.string(), fileName: z.string(), mediaType: z.string() })),
  /** Each "reviewed, no revision needed": `reviewer` is who approved it (or, for reviews from before approvals were kept, who entered it). */
  reviews: z.array(DecisionRecord.omit({ approverName: true }).extend({ reviewedOn: IsoDate, note: z.string().nullable(), reviewer: z.string() })),
  /** The decisions to retire it, latest first: the first is the one in effect. */
  retirements: z.array(PolicyRetirement),
  /** Days staff have to attest after a version takes effect or they are assigned it. */
  attestationDueDays: z.number().int(),
});
export type Policy = z.infer<typeof Policy>;

const policyFields = {
  reference: PolicyReference,
  title: NonBlank('Title', 200),
  category: NonBlank('Category', 80),
  departmentId: Id.nullable(),
  ownerId: Id,
  keywords: z.array(z.string().trim().min(1).max(60)).max(30),
  reviewIntervalMonths: z.number().int().min(1, 'Review at least every month').max(60, 'Review at least every 60 months'),
  reviewWarningDays: z.number().int().min(0).max(365),
  attestationDueDays: z.number().int().min(1, 'Give staff at least a day to attest').max(365, 'Attestation is due within 365 days at most'),
};

const Approver = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('person'), staffId: Id }).strict(),
  z.object({ kind: z.literal('committee'), name: NonBlank('Committee', 120) }).strict(),
]);

/** A category's reusable approval chain, each step named as shown (a step whose person or committee is gone says so). */
export const ApprovalChain = z.object({
  id: Id,
  category: z.string(),
  steps: z.array(z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('person'), staffId: Id, name: z.string(), detail: z.string(), missing: z.boolean() }),
    z.object({ kind: z.literal('committee'), name: z.string(), missing: z.boolean() }),
  ])),
  updatedAt: IsoDateTime,
});
export type ApprovalChain = z.infer<typeof ApprovalChain>;

export const policyLibraryFilters = ['all', 'active', 'drafts', 'in-review', 'review-due', 'overdue', 'retired'] as const;
export type PolicyLibraryFilter = (typeof policyLibraryFilters)[number];

export const PolicyListQuery = z.object({
  search: z.string().trim().max(100).optional(),
  departmentId: Id.optional(),
  filter: z.enum(policyLibraryFilters).default('all'),
  limit: z.number().int().min(1).max(5000).default(500),
  offset: z.number().int().min(0).default(0),
}).strict();

export const SearchHit = z.object({
  policyId: Id,
  versionId: Id,
  reference: z.string(),
  title: z.string(),
  versionNumber: z.number().int(),
  state: PolicyVersionState,
  /** Text around the matches; matched words are wrapped in \u0001 … \u0002 so a screen can mark them without parsing HTML. */
  snippet: z.string(),
  rank: z.number(),
});
export type SearchHit = z.infer<typeof SearchHit>;

export const RedlineSegment = z.object({ kind: z.enum(['same', 'added', 'removed']), text: z.string() });

export const ImportOutcome = z.object({
  fileName: z.string(),
  outcome: z.enum(['imported', 'skipped']),
  policyId: Id.nullable(),
  reference: z.string().nullable(),
  reason: z.string().nullable(),
});

/** How an attestation was given: on screen, on paper, in person, as a name on a signed sheet, by e-mail, or in the learning system's export. */
export const attestationMethods = ['electronic', 'paper', 'in-person', 'signed-sheet', 'e-mail', 'lms-import'] as const;

/** The document that shows a decision or signature: a scanned sheet, a saved e-mail (as PDF), an LMS export. */
const Evidence = AttachmentUpload.nullable().default(null);

export const AttestationRow = z.object({
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  roleName: z.string(),
  attestedOn: IsoDate.nullable(),
  method: z.string().nullable(),
  /** The version the attestation was given to: an earlier one counts when the text did not change. */
  versionNumber: z.number().int().nullable(),
  /** Who entered the attestation when it was not given on this laptop by the person themselves. */
  recordedBy: z.string().nullable(),
  evidence: z.object({ id: z.string(), fileName: z.string() }).nullable(),
  /** 'on-leave' people are shown but not asked to sign: compliance counts only those who must. */
  status: z.enum(['attested', 'due', 'overdue', 'on-leave']),
  dueOn: IsoDate.nullable(),
});

export const maxImportFileBytes = 50 * 1024 * 1024;

export const policiesContract = {
  'policies.list': channel({
    summary: 'Policies with their version in force, open draft, review and attestation status; and how many each filter would show',
    writes: false,
    input: PolicyListQuery,
    /** `counts`: for each filter, how many policies it shows within the same search and department (one reading of the library). */
    output: z.object({ total: z.number().int(), rows: z.array(PolicyRow), counts: z.record(z.enum(policyLibraryFilters), z.number().int()) }),
  }),
  'policies.get': channel({ summary: 'One policy with its versions, standards, assignments and reviews', writes: false, input: z.object({ id: Id }).strict(), output: Policy }),
  'policies.create': channel({
    summary: 'Create a policy and its first draft',
    writes: true,
    input: z.object({ ...policyFields, departmentId: policyFields.departmentId.default(null), keywords: policyFields.keywords.default([]), reviewIntervalMonths: policyFields.reviewIntervalMonths.default(24), reviewWarningDays: policyFields.reviewWarningDays.default(60), attestationDueDays: policyFields.attestationDueDays.default(30), body: z.string().max(2_000_000).default(''), changeSummary: NonBlank('Change summary', 500).default('New policy') }).strict(),
    output: Policy,
  }),
  'policies.update': channel({ summary: "Change a policy's details (not its text: that is versioned)", writes: true, input: z.object({ id: Id, patch: z.object(policyFields).partial().strict() }).strict(), output: Policy }),
  'policies.version': channel({ summary: 'One version with its text and approval chain', writes: false, input: z.object({ id: Id }).strict(), output: PolicyVersion }),
  'policies.autosave': channel({ summary: 'Keep the editor text safe as it is typed; not yet a saved revision', writes: true, input: z.object({ versionId: Id, body: z.string().max(2_000_000) }).strict(), output: z.object({ savedAt: IsoDateTime }) }),
  'policies.saveDraft': channel({
    summary: 'Save a draft: text, title, change summary. Any edit restarts the approval chain',
    writes: true,
    input: z.object({ versionId: Id, body: z.string().max(2_000_000).optional(), title: NonBlank('Title', 200).optional(), changeSummary: NonBlank('Change summary', 500).optional() }).strict(),
    output: PolicyVersion,
  }),
  'policies.discardDraft': channel({ summary: 'Throw away an open draft of a new version (the text in force is untouched)', writes: true, input: z.object({ versionId: Id }).strict(), output: z.object({ policyId: Id }) }),
  'policies.newVersion': channel({ summary: 'Start a new draft from a version (an approved version never changes)', writes: true, input: z.object({ fromVersionId: Id, changeSummary: NonBlank('Change summary', 500) }).strict(), output: PolicyVersion }),
  'policies.submit': channel({
    summary: 'Send a draft for approval to an ordered list of approvers',
    writes: true,
    input: z.object({ versionId: Id, approvers: z.array(Approver).min(1, 'Name at least one approver').max(12), effectiveOn: IsoDate.nullable().default(null) }).strict(),
    output: PolicyVersion,
  }),
  'policies.approvalChains': channel({ summary: 'The reusable approval chain of each policy category that has one', writes: false, input: z.object({}).strict(), output: z.array(ApprovalChain) }),
  'policies.saveApprovalChain': channel({
    summary: "Set a category's approval chain, offered whenever a draft of that category is submitted",
    writes: true,
    input: z.object({ category: NonBlank('Category', 80), steps: z.array(Approver).min(1, 'Add at least one approver to the chain.').max(12, 'A chain has at most 12 approvers.') }).strict(),
    output: ApprovalChain,
  }),
  'policies.removeApprovalChain': channel({ summary: "Remove a category's approval chain (drafts already submitted keep theirs)", writes: true, input: z.object({ category: NonBlank('Category', 80) }).strict(), output: z.object({ removed: z.boolean() }) }),
  'policies.decide': channel({
    summary: 'Record an approver’s decision on the step whose turn it is',
    writes: true,
    input: z.object({
      stepId: Id, decision: z.enum(['approved', 'rejected']), comment: z.string().trim().max(2000).nullable().default(null),
      method: z.enum(recordedDecisionMethods).default('in-person'), evidence: Evidence,
    }).strict(),
    output: PolicyVersion,
  }),
  'policies.markReviewed': channel({
    summary: 'Reviewed, no revision needed, as approved by a person or committee: reschedules the next review without a new version',
    writes: true,
    input: z.object({
      policyId: Id, reviewedOn: IsoDate, note: z.string().trim().max(2000).nullable().default(null),
      approver: Approver, method: z.enum(recordedDecisionMethods).default('in-person'), evidence: Evidence,
    }).strict(),
    output: Policy,
  }),
  'policies.retire': channel({
    summary: 'Retire a policy from today or a later date, as decided by a named approver',
    writes: true,
    input: z.object({
      policyId: Id, retiredOn: IsoDate, reason: NonBlank('Reason', 1000),
      approver: Approver, method: z.enum(recordedDecisionMethods).default('in-person'), evidence: Evidence,
    }).strict(),
    output: Policy,
  }),
  'policies.inForceOn': channel({ summary: 'The version of a policy that was in force on a date', writes: false, input: z.object({ policyId: Id, date: IsoDate }).strict(), output: PolicyVersionSummary.nullable() }),
  'policies.redline': channel({ summary: 'Word-level tracked changes between two versions', writes: false, input: z.object({ fromVersionId: Id, toVersionId: Id }).strict(), output: z.object({ segments: z.array(RedlineSegment), added: z.number().int(), removed: z.number().int() }) }),
  'policies.search': channel({
    summary: 'Ranked full-text search over titles and the text in force (older versions as an option)',
    writes: false,
    input: z.object({ query: z.string().trim().min(1, 'Type something to search for').max(200), includeOlderVersions: z.boolean().default(false), limit: z.number().int().min(1).max(200).default(50) }).strict(),
    output: z.array(SearchHit),
  }),
  'policies.assign': channel({ summary: 'Assign a policy for read-and-sign to roles and departments', writes: true, input: z.object({ policyId: Id, targets: z.array(z.object({ kind: z.enum(['role', 'department']), id: Id }).strict()).max(100) }).strict(), output: Policy }),
  'policies.attest': channel({
    summary: "Record a staff member's attestation to the version in force, how it was given, and the document that shows it",
    writes: true,
    input: z.object({ versionId: Id, staffId: Id, attestedOn: IsoDate, method: z.enum(attestationMethods), evidence: Evidence }).strict(),
    output: z.object({ assigned: z.number().int(), attested: z.number().int() }),
  }),
  'policies.attestMany': channel({
    summary: 'Record the names on a signed sheet at once: every ticked person attested on the same day, the same way, all or none',
    writes: true,
    input: z.object({
      versionId: Id,
      staffIds: z.array(Id).min(1, 'Tick the names on the sheet first.').max(5000),
      attestedOn: IsoDate,
      method: z.enum(attestationMethods).default('signed-sheet'),
      evidence: Evidence,
    }).strict(),
    output: z.object({ assigned: z.number().int(), attested: z.number().int() }),
  }),
  'policies.attestations': channel({ summary: 'Who must attest to the version in force, who has, and who has not', writes: false, input: z.object({ policyId: Id, pendingOnly: z.boolean().default(false) }).strict(), output: z.object({ versionId: Id.nullable(), rows: z.array(AttestationRow) }) }),
  'policies.setStandards': channel({ summary: 'The standards a policy cites', writes: true, input: z.object({ policyId: Id, standardIds: z.array(Id).max(100) }).strict(), output: Policy }),
  'standards.list': channel({ summary: 'Each standard with the policies that meet it; those no active policy meets are flagged', writes: false, input: z.object({}).strict(), output: z.array(Standard.extend({ policies: z.array(z.object({ id: Id, reference: z.string(), title: z.string(), active: z.boolean() })) })) }),
  'standards.create': channel({ summary: 'Add a standard to the crosswalk', writes: true, input: z.object({ body: z.enum(standardBodies), code: NonBlank('Code', 60), title: NonBlank('Title', 300), editionId: Id.nullable().default(null) }).strict(), output: Standard }),
  'standards.editions': channel({
    summary: 'Each accreditor\'s editions with their effective dates, the one in force today marked',
    writes: false,
    input: z.object({}).strict(),
    output: z.array(StandardEdition.extend({ inForce: z.boolean(), standards: z.number().int(), changes: z.number().int() })),
  }),
  'standards.importEdition': channel({
    summary: 'Bring in a new edition from a CSV file (code, title, change, replaces): its new standards and what it moved or retired',
    writes: true,
    input: z.object({
      body: StandardBody,
      name: NonBlank('Edition', 120),
      effectiveOn: IsoDate,
      file: AttachmentUpload.extend({ dataBase64: z.string().max(14_000_000, 'An edition file is at most 10 MB') }),
    }).strict(),
    output: z.object({ edition: StandardEdition, added: z.number().int(), carried: z.number().int(), moved: z.number().int(), retired: z.number().int(), notMentioned: z.number().int(), staleCitations: z.number().int() }),
  }),
  'standards.moveCitations': channel({
    summary: 'Every policy citing a moved standard cites its successor instead',
    writes: true,
    input: z.object({ standardId: Id }).strict(),
    output: z.object({ policies: z.number().int() }),
  }),
  'policies.import': channel({
    summary: 'Turn .docx, .md and .txt files into draft policies; each file reported as imported or why not',
    writes: true,
    input: z.object({ files: z.array(AttachmentUpload.extend({ dataBase64: z.string().max(Math.ceil((maxImportFileBytes * 4) / 3) + 4, 'The file is larger than 50 MB') })).min(1).max(200), ownerId: Id, category: NonBlank('Category', 80).default('Imported') }).strict(),
    output: z.array(ImportOutcome),
  }),
  'policies.attach': channel({ summary: 'Attach a PDF to a policy as it is', writes: true, input: AttachmentUpload.extend({ policyId: Id }).strict(), output: Policy }),
  'policies.exportPdf': channel({ summary: 'One version as a PDF with a controlled-copy footer', writes: false, input: z.object({ versionId: Id }).strict(), output: ExportedFile.extend({ content: z.string().describe('base64 of the PDF') }) }),
};
