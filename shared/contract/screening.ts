// Exclusion screening (OIG LEIE and other lists in CSV, matched to the roster, a queue to clear or confirm) and NPDB
// queries (recorded with their result and report, due at appointment and every 2 years).
import { z } from 'zod';
import { channel } from './define';
import { Empty, Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { AttachmentUpload } from './credentials';

export const exclusionListKinds = ['leie', 'other'] as const;
export const ExclusionListKind = z.enum(exclusionListKinds);
export const matchBases = ['npi', 'name-dob', 'name-only'] as const;
export const matchStatuses = ['possible', 'cleared', 'confirmed'] as const;
export const MatchStatus = z.enum(matchStatuses);
export const npdbKinds = ['initial', 'renewal', 'continuous-query'] as const;
export const npdbResults = ['no-report', 'report'] as const;

/** The monthly LEIE file is about 15 MB; a state list can be larger. */
const maxListBytes = 60 * 1024 * 1024;

export const ExclusionListImport = z.object({
  listKind: ExclusionListKind,
  /** The list as the director names it ("OIG LEIE", "SAM", "Ohio Medicaid"); the LEIE's is filled in when blank. */
  listName: z.string().trim().max(80, 'The list name is at most 80 characters').default(''),
  fileName: NonBlank('File name', 255),
  dataBase64: z.string().min(1, 'The file is empty').max(Math.ceil((maxListBytes * 4) / 3) + 4, 'The file is larger than 60 MB'),
}).strict().superRefine((value, ctx) => {
  if (value.listKind === 'other' && !value.listName) ctx.addIssue({ code: 'custom', path: ['listName'], message: 'Name the list (SAM, a state Medicaid list…)' });
});

export const ExclusionScreening = z.object({
  id: Id,
  listKind: ExclusionListKind,
  listName: z.string(),
  fileName: z.string(),
  fileSha256: z.string(),
  screenedOn: IsoDate,
  rowCount: z.number().int(),
  staffScreened: z.number().int(),
  matchCount: z.number().int(),
  nearMisses: z.number().int(),
  createdAt: IsoDateTime,
});
export type ExclusionScreening = z.infer<typeof ExclusionScreening>;

export const ScreeningReport = z.object({
  screening: ExclusionScreening,
  encoding: z.enum(['utf-8', 'windows-1252']),
  /** Matches new to the queue. */
  queued: z.number().int(),
  /** Listed records found again that were already cleared or confirmed: they keep their decision. */
  alreadyDecided: z.number().int(),
});
export type ScreeningReport = z.infer<typeof ScreeningReport>;

export const ExclusionMatch = z.object({
  id: Id,
  staffId: Id,
  staffName: z.string(),
  staffNpi: z.string().nullable(),
  departmentName: z.string(),
  /** The practitioner's date of birth, masked (year only): enough to compare with the listed one. */
  staffDobMasked: z.string().nullable(),
  screeningId: Id,
  listName: z.string(),
  screenedOn: IsoDate,
  basis: z.enum(matchBases),
  listedName: z.string(),
  listedNpi: z.string().nullable(),
  listedDob: IsoDate.nullable(),
  listedAddress: z.string().nullable(),
  listedSpecialty: z.string().nullable(),
  exclType: z.string().nullable(),
  exclDate: IsoDate.nullable(),
  status: MatchStatus,
  decidedBy: z.string().nullable(),
  decidedOn: IsoDate.nullable(),
  note: z.string().nullable(),
});
export type ExclusionMatch = z.infer<typeof ExclusionMatch>;

export const MatchDecision = z.object({
  id: Id,
  decision: z.enum(['cleared', 'confirmed']),
  note: NonBlank('A note saying how it was decided', 1000),
}).strict();

export const ScreeningStanding = z.object({
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  lastScreenedOn: IsoDate.nullable(),
  /** Confirmed exclusions: a serious finding the director must act on. */
  confirmedExclusions: z.number().int(),
  possibleMatches: z.number().int(),
});
export type ScreeningStanding = z.infer<typeof ScreeningStanding>;

export const NpdbQuery = z.object({
  id: Id,
  staffId: Id,
  queriedOn: IsoDate,
  kind: z.enum(npdbKinds),
  result: z.enum(npdbResults),
  reportDocumentId: z.string().nullable(),
  reportDocumentName: z.string().nullable(),
  note: z.string().nullable(),
  createdAt: IsoDateTime,
});
export type NpdbQuery = z.infer<typeof NpdbQuery>;

export const NpdbQueryInput = z.object({
  staffId: Id,
  queriedOn: IsoDate,
  kind: z.enum(npdbKinds),
  result: z.enum(npdbResults),
  note: z.string().trim().max(1000, 'The note is at most 1000 characters').transform((s) => s || null).nullable().optional(),
  report: AttachmentUpload.optional(),
}).strict();

export const NpdbDueRow = z.object({
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  appointmentStart: IsoDate.nullable(),
  lastQueriedOn: IsoDate.nullable(),
  dueOn: IsoDate,
  daysLeft: z.number().int(),
  state: z.enum(['never', 'overdue', 'due-soon']),
});
export type NpdbDueRow = z.infer<typeof NpdbDueRow>;

export const PractitionerScreening = z.object({
  lastScreenedOn: IsoDate.nullable(),
  screeningOverdue: z.boolean(),
  matches: z.array(ExclusionMatch),
  npdbQueries: z.array(NpdbQuery),
  npdbDueOn: IsoDate.nullable(),
  npdbState: z.enum(['never', 'overdue', 'due-soon', 'current', 'not-appointed']),
});
export type PractitionerScreening = z.infer<typeof PractitionerScreening>;

export const screeningContract = {
  'screening.import': channel({
    summary: 'Screen the roster against an exclusion list file (the OIG LEIE CSV or another list): possible matches join the queue',
    writes: true,
    input: ExclusionListImport,
    output: ScreeningReport,
  }),
  'screening.list': channel({
    summary: 'Exclusion screenings done, latest first',
    writes: false,
    input: Empty,
    output: z.array(ExclusionScreening),
  }),
  'screening.matches': channel({
    summary: 'Exclusion list matches: the queue of possible ones, or those cleared or confirmed',
    writes: false,
    input: z.object({ status: MatchStatus.default('possible') }).strict(),
    output: z.array(ExclusionMatch),
  }),
  'screening.decide': channel({
    summary: 'Clear a possible exclusion match (not this practitioner) or confirm it (this practitioner is excluded), with a note',
    writes: true,
    input: MatchDecision,
    output: ExclusionMatch,
  }),
  'screening.overdue': channel({
    summary: 'Active practitioners not screened against an exclusion list within the last month',
    writes: false,
    input: Empty,
    output: z.array(ScreeningStanding),
  }),
  'screening.forStaff': channel({
    summary: "A practitioner's exclusion screening and NPDB queries",
    writes: false,
    input: z.object({ staffId: Id }).strict(),
    output: PractitionerScreening,
  }),
  'npdb.record': channel({
    summary: 'Record an NPDB query: its date, kind, result and the report when there is one',
    writes: true,
    input: NpdbQueryInput,
    output: NpdbQuery,
  }),
  'npdb.due': channel({
    summary: 'Appointed practitioners whose NPDB query is due (never made, or 2 years since the last) or due within N days',
    writes: false,
    input: z.object({ withinDays: z.number().int().min(0).max(365).default(30) }).strict(),
    output: z.array(NpdbDueRow),
  }),
};
