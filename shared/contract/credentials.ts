// Credentials, their primary-source verifications, the expirations board and its exports.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { credentialTypes } from '../domain/credentials';
import { lapseScopes } from '../domain/lapse-scope';
import { credentialDateProblems, credentialProblems, type FieldProblem } from '../domain/credential-rules';

export const CredentialType = z.enum(credentialTypes);

export const CredentialStatusShape = z.object({
  state: z.enum(['current', 'expiring', 'expired', 'no-expiry']),
  band: z.number().int().nullable(),
  daysLeft: z.number().int().nullable(),
  /** What it suspends from the day after it lapsed (all privileges, or controlled-substance prescribing); null: nothing. */
  suspends: z.enum(lapseScopes).nullable(),
});

export const verificationResults = ['verified', 'discrepancy', 'unable-to-verify'] as const;
export const verificationMethods = ['online', 'letter', 'phone', 'email', 'in-person'] as const;
export const verificationKinds = ['initial', 'periodic', 'renewal'] as const;

export const Credential = z.object({
  id: Id,
  staffId: Id,
  type: CredentialType,
  title: z.string().nullable(),
  /** The number is never sent whole to a screen: only masked, or by credentials.revealNumber on purpose. */
  numberMasked: z.string().nullable(),
  issuer: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  restrictions: z.string().nullable(),
  /** The name a DEA registration is filed under when it is not the practitioner's surname (a former surname, a business). */
  registeredName: z.string().nullable(),
  documentId: z.string().nullable(),
  documentName: z.string().nullable(),
  status: CredentialStatusShape,
  /** False when a later credential of the same kind and jurisdiction replaces this one. */
  isCurrent: z.boolean(),
  lastVerifiedOn: IsoDate.nullable(),
  lastVerificationResult: z.enum(verificationResults).nullable(),
  /** The expiry the last check confirmed: a current expiry past it needs verifying again (expiryPastVerified). */
  lastConfirmedExpiresOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Credential = z.infer<typeof Credential>;

const optionalText = (label: string, max = 200) =>
  z.string().trim().max(max, `${label} is at most ${max} characters`).transform((s) => s || null).nullable().optional();

const CredentialFieldsBase = z.object({
  staffId: Id,
  type: CredentialType,
  title: optionalText('Title'),
  number: optionalText('Number', 40),
  issuer: optionalText('Issuer'),
  jurisdiction: optionalText('State or jurisdiction', 40),
  issuedOn: IsoDate.nullable().optional(),
  expiresOn: IsoDate.nullable().optional(),
  restrictions: optionalText('Restrictions', 1000),
  registeredName: optionalText('Registered name', 120),
}).strict();

/** The shared rules as zod issues, each on the field it is about. */
function addProblems(problems: FieldProblem[], ctx: z.RefinementCtx) {
  for (const p of problems) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
}

export const CredentialFields = CredentialFieldsBase.superRefine((c, ctx) =>
  addProblems(credentialProblems({ type: c.type, number: c.number ?? null, issuedOn: c.issuedOn ?? null, expiresOn: c.expiresOn ?? null }), ctx),
);

/** A patch is judged only on the fields it names; the record it would make is checked whole by the handler, with today. */
export const CredentialPatch = CredentialFieldsBase.omit({ staffId: true }).partial().superRefine((c, ctx) => {
  const problems = c.type
    ? credentialProblems({ type: c.type, number: c.number ?? null, issuedOn: c.issuedOn ?? null, expiresOn: c.expiresOn ?? null })
    : credentialDateProblems(c);
  addProblems(problems.filter((p) => c[p.path] !== undefined), ctx);
});
export type CredentialFields = z.infer<typeof CredentialFields>;

export const Verification = z.object({
  id: Id,
  credentialId: Id,
  kind: z.enum(verificationKinds),
  source: z.string(),
  verifiedOn: IsoDate,
  verifier: z.string(),
  method: z.enum(verificationMethods),
  result: z.enum(verificationResults),
  notes: z.string().nullable(),
  /** The expiry the source showed: once the credential's expiry moves past it, the credential needs verifying again. */
  confirmedExpiresOn: IsoDate.nullable(),
  createdAt: IsoDateTime,
});
export type Verification = z.infer<typeof Verification>;

export const VerificationFields = z.object({
  credentialId: Id,
  kind: z.enum(verificationKinds),
  source: NonBlank('Source', 200),
  verifiedOn: IsoDate,
  verifier: NonBlank('Verifier', 120),
  method: z.enum(verificationMethods),
  result: z.enum(verificationResults),
  notes: optionalText('Notes', 2000),
  /** The expiry the source showed; null when it shows none. Left out, it is the expiry on file when the check is recorded. */
  confirmedExpiresOn: IsoDate.nullable().optional(),
}).strict();

/** One row of the expirations board or the verification queue: the credential with whom it belongs to. */
export const CredentialListRow = z.object({
  credentialId: Id,
  staffId: Id,
  staffName: z.string(),
  degree: z.string().nullable(),
  departmentName: z.string(),
  type: CredentialType,
  title: z.string().nullable(),
  jurisdiction: z.string().nullable(),
  numberMasked: z.string().nullable(),
  issuedOn: IsoDate.nullable(),
  expiresOn: IsoDate.nullable(),
  status: CredentialStatusShape,
  lastVerifiedOn: IsoDate.nullable(),
});
export type CredentialListRow = z.infer<typeof CredentialListRow>;

export const needsVerificationReasons = ['never-verified', 'expiry-past-verified', 'last-check-failed', 'reappointment-due'] as const;
export const VerificationQueueRow = CredentialListRow.extend({ reason: z.enum(needsVerificationReasons) });
export type VerificationQueueRow = z.infer<typeof VerificationQueueRow>;

export const ExpirationsQuery = z.object({
  withinDays: z.number().int().min(1).max(730).default(90),
  includeExpired: z.boolean().default(true),
  /** Only the lapsed ones, whatever the window: what the dashboard's "Lapsed credentials" counts. */
  lapsedOnly: z.boolean().default(false),
  departmentId: Id.optional(),
}).strict();

export const ExportedFile = z.object({ fileName: z.string(), mediaType: z.string(), content: z.string() });
export type ExportedFile = z.infer<typeof ExportedFile>;

export const attachmentMediaTypes = ['application/pdf', 'image/png', 'image/jpeg'] as const;
export const maxAttachmentBytes = 25 * 1024 * 1024;

export const AttachmentUpload = z.object({
  fileName: NonBlank('File name', 255),
  /** The file's bytes, base64: IPC and the bridge carry JSON. */
  dataBase64: z.string().min(1, 'The file is empty').max(Math.ceil((maxAttachmentBytes * 4) / 3) + 4, 'The file is larger than 25 MB'),
}).strict();

/** An earlier term of a credential, kept readable after its renewal. */
export const CredentialTerm = z.object({
  id: Id,
  credentialId: Id,
  issuedOn: IsoDate.nullable(),
  expiresOn: IsoDate,
  documentId: z.string().nullable(),
  documentName: z.string().nullable(),
  /** The day the next term was recorded. */
  renewedOn: IsoDate,
});
export type CredentialTerm = z.infer<typeof CredentialTerm>;

/** A renewal: the new term's dates (the issue date kept when left out, as licences keep theirs) and, if at hand, its document. */
export const CredentialRenewal = z.object({
  id: Id,
  issuedOn: IsoDate.nullable().optional(),
  expiresOn: IsoDate,
  document: AttachmentUpload.optional(),
}).strict().superRefine((r, ctx) => addProblems(credentialDateProblems(r), ctx));

export const credentialsContract = {
  'credentials.forStaff': channel({
    summary: "A staff member's credentials, with status and last verification",
    writes: false,
    input: z.object({ staffId: Id }).strict(),
    output: z.array(Credential),
  }),
  'credentials.create': channel({ summary: 'Add a credential', writes: true, input: CredentialFields, output: Credential }),
  'credentials.update': channel({
    summary: 'Correct a credential (a renewal is credentials.renew: a new term that needs its own verification)',
    writes: true,
    input: z.object({ id: Id, patch: CredentialPatch }).strict(),
    output: Credential,
  }),
  'credentials.renew': channel({
    summary: 'Renew a credential: a new term with its own dates and document; the term it ends stays readable',
    writes: true,
    input: CredentialRenewal,
    output: Credential,
  }),
  'credentials.terms': channel({
    summary: "A credential's earlier terms, the latest first",
    writes: false,
    input: z.object({ credentialId: Id }).strict(),
    output: z.array(CredentialTerm),
  }),
  'credentials.remove': channel({ summary: 'Delete a credential entered in error', writes: true, input: z.object({ id: Id }).strict(), output: z.object({ id: Id }) }),
  'credentials.revealNumber': channel({
    summary: 'Show a credential number in full, on purpose; the reveal is recorded',
    writes: true,
    input: z.object({ id: Id }).strict(),
    output: z.object({ number: z.string().nullable() }),
  }),
  'credentials.attachDocument': channel({
    summary: "Attach the credential's document (PDF, PNG or JPEG), stored once by content",
    writes: true,
    input: AttachmentUpload.extend({ credentialId: Id }).strict(),
    output: Credential,
  }),
  'credentials.expirations': channel({
    summary: 'Every current credential expiring within N days across the staff (and those already lapsed)',
    writes: false,
    input: ExpirationsQuery,
    output: z.object({ today: IsoDate, rows: z.array(CredentialListRow) }),
  }),
  'credentials.exportExpirations': channel({
    summary: 'The expirations board as CSV or as a calendar (.ics) with reminders; numbers masked',
    writes: false,
    input: ExpirationsQuery.extend({ format: z.enum(['csv', 'ics']) }).strict(),
    output: ExportedFile,
  }),
  'verifications.forCredential': channel({
    summary: 'Primary-source verifications of a credential, newest first',
    writes: false,
    input: z.object({ credentialId: Id }).strict(),
    output: z.array(Verification),
  }),
  'verifications.record': channel({ summary: 'Record a primary-source verification', writes: true, input: VerificationFields, output: Verification }),
  'verifications.needed': channel({
    summary: 'Current credentials that need primary-source verification, and why',
    writes: false,
    input: z.object({ limit: z.number().int().min(1).max(20_000).default(500) }).strict(),
    output: z.object({ total: z.number().int(), rows: z.array(VerificationQueueRow) }),
  }),
  'attachments.read': channel({
    summary: 'An attached document, to view or save',
    writes: false,
    input: z.object({ id: z.string().regex(/^[0-9a-f]{64}$/, 'Not an attachment id') }).strict(),
    output: z.object({ id: z.string(), fileName: z.string(), mediaType: z.string(), dataBase64: z.string() }),
  }),
};
