// Ethics consultations: the case record behind its own unlock, the de-identified summary and its sign-off, reports.
import { z } from 'zod';
import { caseStates, consultTypes, urgencies } from '../domain/ethics-cases';
import { identifierKinds } from '../domain/deidentify';
import { channel } from './define';
import { Empty, Id, IsoDate, IsoDateTime, NonBlank } from './common';

export const CaseState = z.enum(caseStates);
export const ConsultType = z.enum(consultTypes);
export const Urgency = z.enum(urgencies);

const Narrative = z.string().max(20_000, 'A narrative field is at most 20,000 characters');
const Theme = z.string().trim().min(1).max(60);

export const EthicsLockState = z.object({
  /** False until someone sets the ethics passphrase on this team's laptops. */
  hasPassphrase: z.boolean(),
  unlocked: z.boolean(),
  /** Minutes without an ethics action after which the cases lock again. */
  idleMinutes: z.number().int(),
});
export type EthicsLockState = z.infer<typeof EthicsLockState>;

export const PatientIdentifiers = z.object({
  patientName: z.string().trim().max(200),
  mrn: z.string().trim().max(40),
  dateOfBirth: IsoDate.nullable(),
  admissionDate: IsoDate.nullable(),
});
export type PatientIdentifiers = z.infer<typeof PatientIdentifiers>;

export const EthicsNote = z.object({ id: Id, at: IsoDateTime, author: z.string(), text: z.string() });

export const SummaryStatus = z.enum(['none', 'draft', 'signed-off']);

export const EthicsCaseRow = z.object({
  id: Id,
  caseNumber: z.string(),
  status: CaseState,
  requestedAt: IsoDateTime,
  urgency: Urgency,
  type: ConsultType,
  unitName: z.string().nullable(),
  question: z.string(),
  summaryStatus: SummaryStatus,
});
export type EthicsCaseRow = z.infer<typeof EthicsCaseRow>;

export const EthicsCase = EthicsCaseRow.extend({
  requesterName: z.string(),
  requesterRole: z.string(),
  unitId: Id.nullable(),
  identifiers: PatientIdentifiers,
  medicalIndications: z.string(),
  patientPreferences: z.string(),
  qualityOfLife: z.string(),
  contextualFeatures: z.string(),
  stakeholders: z.string(),
  optionsConsidered: z.string(),
  recommendation: z.string(),
  recommendedAt: IsoDateTime.nullable(),
  communicatedTo: z.string(),
  communicatedAt: IsoDateTime.nullable(),
  chartNoteDate: IsoDate.nullable(),
  followUp: z.string(),
  consultantIds: z.array(Id),
  consultantNames: z.array(z.string()),
  timeSpentMinutes: z.number().int(),
  themes: z.array(z.string()),
  policyRecommendation: z.string(),
  committeeDiscussion: z.string(),
  committeeRecommendation: z.string(),
  notes: z.array(EthicsNote),
  updatedAt: IsoDateTime,
});
export type EthicsCase = z.infer<typeof EthicsCase>;

export const EthicsRequestInput = z.object({
  requestedAt: IsoDateTime,
  requesterName: NonBlank('Requester', 120),
  requesterRole: NonBlank('Requester role', 80),
  urgency: Urgency,
  unitId: Id.nullable().default(null),
  type: ConsultType,
  question: NonBlank('The ethical question', 2000),
  identifiers: PatientIdentifiers.partial().optional(),
}).strict();

export const EthicsCasePatch = z.object({
  requestedAt: IsoDateTime,
  requesterName: NonBlank('Requester', 120),
  requesterRole: NonBlank('Requester role', 80),
  urgency: Urgency,
  unitId: Id.nullable(),
  type: ConsultType,
  question: NonBlank('The ethical question', 2000),
  identifiers: PatientIdentifiers.partial(),
  medicalIndications: Narrative,
  patientPreferences: Narrative,
  qualityOfLife: Narrative,
  contextualFeatures: Narrative,
  stakeholders: Narrative,
  optionsConsidered: Narrative,
  recommendation: Narrative,
  communicatedTo: z.string().trim().max(300),
  communicatedAt: IsoDateTime.nullable(),
  chartNoteDate: IsoDate.nullable(),
  followUp: Narrative,
  consultantIds: z.array(Id).max(20),
  timeSpentMinutes: z.number().int().min(0, 'Time spent cannot be negative').max(100_000),
  themes: z.array(Theme).max(12),
  policyRecommendation: z.string().trim().max(2000),
  committeeDiscussion: Narrative,
  committeeRecommendation: Narrative,
}).partial().strict();
export type EthicsCasePatch = z.infer<typeof EthicsCasePatch>;

export const Span = z.object({ kind: z.enum(identifierKinds), start: z.number().int(), end: z.number().int(), text: z.string() });
export const FlaggedSpan = z.object({ start: z.number().int(), end: z.number().int(), reason: z.string() });

export const SummaryReview = z.object({
  caseId: Id,
  caseNumber: z.string(),
  status: SummaryStatus,
  /** The narrative the summary was made from, and what the de-identifier removed from it (offsets into it). */
  source: z.string(),
  removed: z.array(Span),
  /** The summary as it stands (perhaps edited by the reviewer), and what in it still looks like an identifier. */
  text: z.string(),
  flagged: z.array(FlaggedSpan),
  signedOffBy: z.string().nullable(),
  signedOffAt: IsoDateTime.nullable(),
});
export type SummaryReview = z.infer<typeof SummaryReview>;

export const SignedSummary = z.object({ caseId: Id, caseNumber: z.string(), type: ConsultType, signedOffAt: IsoDateTime });

export const EthicsReport = z.object({
  from: IsoDate,
  to: IsoDate,
  total: z.number().int(),
  byMonth: z.array(z.object({ month: z.string(), count: z.number().int() })),
  byType: z.array(z.object({ type: ConsultType, count: z.number().int() })),
  byUnit: z.array(z.object({ unit: z.string(), count: z.number().int() })),
  byState: z.array(z.object({ state: CaseState, count: z.number().int() })),
  medianHoursToRecommendation: z.number().nullable(),
  themes: z.array(z.object({ theme: z.string(), count: z.number().int() })),
  policyRecommendations: z.array(z.object({ caseNumber: z.string(), text: z.string() })),
});
export type EthicsReport = z.infer<typeof EthicsReport>;

const CaseId = z.object({ id: Id }).strict();

export const ethicsContract = {
  'ethics.lockState': channel({ summary: 'Whether ethics cases have a passphrase and are unlocked now', writes: false, input: Empty, output: EthicsLockState }),
  'ethics.setPassphrase': channel({
    summary: 'Set the ethics passphrase the first time (every laptop of the team then opens cases with it)',
    writes: true,
    input: z.object({ passphrase: z.string().min(10, 'Use a passphrase of at least 10 characters').max(200), idleMinutes: z.number().int().min(1).max(240).default(10) }).strict(),
    output: EthicsLockState,
  }),
  'ethics.unlock': channel({ summary: 'Open the ethics cases with the passphrase', writes: false, input: z.object({ passphrase: z.string().min(1, 'Type the ethics passphrase').max(200) }).strict(), output: EthicsLockState }),
  'ethics.lock': channel({ summary: 'Lock the ethics cases now', writes: false, input: Empty, output: EthicsLockState }),
  'ethics.list': channel({ summary: 'Ethics cases, newest request first (only while unlocked)', writes: false, input: z.object({ status: CaseState.optional() }).strict(), output: z.array(EthicsCaseRow) }),
  'ethics.get': channel({ summary: 'One ethics case with its identifiers and notes (only while unlocked)', writes: false, input: CaseId, output: EthicsCase }),
  'ethics.create': channel({ summary: 'Record a request for an ethics consultation', writes: true, input: EthicsRequestInput, output: EthicsCase }),
  'ethics.update': channel({
    summary: 'Change a case: request, identifiers, the four boxes, recommendation, communication, committee review',
    writes: true,
    input: z.object({ id: Id, patch: EthicsCasePatch }).strict(),
    output: EthicsCase,
  }),
  'ethics.advance': channel({ summary: 'Move a case one CASES step forward or back', writes: true, input: z.object({ id: Id, to: CaseState }).strict(), output: EthicsCase }),
  'ethics.addNote': channel({ summary: 'Add a note to the case timeline', writes: true, input: z.object({ caseId: Id, text: NonBlank('The note', 20_000) }).strict(), output: EthicsCase }),
  'ethics.draftSummary': channel({ summary: 'Make the de-identified committee summary from the case (undoes any sign-off)', writes: true, input: CaseId, output: SummaryReview }),
  'ethics.summaryReview': channel({ summary: 'The summary with what was removed and what still looks like an identifier', writes: false, input: CaseId, output: SummaryReview }),
  'ethics.saveSummary': channel({ summary: 'Edit the summary text (undoes any sign-off)', writes: true, input: z.object({ id: Id, text: NonBlank('The summary', 40_000) }).strict(), output: SummaryReview }),
  'ethics.signOff': channel({ summary: 'Sign off the de-identified summary for the committee', writes: true, input: CaseId, output: SummaryReview }),
  'ethics.signedSummaries': channel({ summary: 'Signed-off summaries, for linking to an agenda (only while unlocked)', writes: false, input: Empty, output: z.array(SignedSummary) }),
  'ethics.report': channel({ summary: 'Cases by month, type and unit, time to recommendation, themes, policy recommendations', writes: false, input: z.object({ from: IsoDate, to: IsoDate }).strict(), output: EthicsReport }),
  'ethics.deidentify': channel({
    summary: 'De-identify a text (Safe Harbor identifiers and staff names), by the same code as the summaries',
    writes: false,
    input: z.object({ text: z.string().max(200_000) }).strict(),
    output: z.object({ text: z.string(), spans: z.array(Span) }),
  }),
};
