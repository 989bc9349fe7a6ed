// Suspensions as events on a practitioner (what, why, from when, the notice, the reinstatement), and the lapses that
// suspend by the bylaws but have no suspension recorded yet.
import { z } from 'zod';
import { channel } from './define';
import { Id, IsoDate, IsoDateTime, NonBlank } from './common';
import { CredentialListRow } from './credentials';
import { lapseScopes } from '../domain/lapse-scope';
import { suspensionDateProblems, type SuspensionProblem } from '../domain/suspension-rules';

export const LapseScope = z.enum(lapseScopes);

const optionalText = (label: string, max: number) =>
  z.string().trim().max(max, `${label} is at most ${max} characters`).transform((s) => s || null).nullable().optional();

export const Suspension = z.object({
  id: Id,
  staffId: Id,
  staffName: z.string(),
  departmentName: z.string(),
  /** The lapsed credential that caused it; null for a suspension for cause (or a credential since deleted). */
  credentialId: Id.nullable(),
  /** The credential in words ("DEA registration", "State medical licence — WA"), for the lists. */
  credentialLabel: z.string().nullable(),
  /** Its expiry as it stands now: the lapsed date, or the later one it was renewed to. */
  credentialExpiresOn: IsoDate.nullable(),
  scope: LapseScope,
  reason: z.string(),
  startedOn: IsoDate,
  noticeSentOn: IsoDate.nullable(),
  reinstatedOn: IsoDate.nullable(),
  reinstatementNote: z.string().nullable(),
  notes: z.string().nullable(),
  /** Started, and not reinstated. */
  active: z.boolean(),
  /**
   * For a lapse: the credential no longer lapsed (renewed), so it can be reinstated. For cause: always false, since
   * only the director's note can say the cause is resolved.
   */
  causeResolved: z.boolean(),
  createdAt: IsoDateTime,
  updatedAt: IsoDateTime,
});
export type Suspension = z.infer<typeof Suspension>;

function addProblems(problems: SuspensionProblem[], ctx: z.RefinementCtx) {
  for (const p of problems) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
}

export const SuspensionFields = z.object({
  staffId: Id,
  credentialId: Id.nullable().optional(),
  scope: LapseScope,
  reason: NonBlank('Reason', 500),
  startedOn: IsoDate,
  noticeSentOn: IsoDate.nullable().optional(),
  notes: optionalText('Notes', 2000),
}).strict().superRefine((s, ctx) => addProblems(suspensionDateProblems(s), ctx));
export type SuspensionFields = z.infer<typeof SuspensionFields>;

/** A lapse the bylaws suspend on, with nothing recorded for it yet: the director's next step is to record it. */
export const UnrecordedLapse = CredentialListRow.extend({
  scope: LapseScope,
  /** The day after the expiry date: when the suspension began by the bylaws. */
  suspendedFrom: IsoDate,
});
export type UnrecordedLapse = z.infer<typeof UnrecordedLapse>;

export const suspensionsContract = {
  'suspensions.forStaff': channel({
    summary: "A practitioner's suspensions, current first, then the reinstated ones, newest first",
    writes: false,
    input: z.object({ staffId: Id }).strict(),
    output: z.array(Suspension),
  }),
  'suspensions.current': channel({
    summary: 'Every suspension in force today across the staff',
    writes: false,
    input: z.object({ staffId: Id.optional() }).strict(),
    output: z.array(Suspension),
  }),
  'suspensions.unrecordedLapses': channel({
    summary: 'Lapsed credentials that suspend privileges or prescribing, with no suspension recorded for them',
    writes: false,
    input: z.object({ staffId: Id.optional() }).strict(),
    output: z.array(UnrecordedLapse),
  }),
  'suspensions.record': channel({ summary: 'Record a suspension (for a lapse, or for cause)', writes: true, input: SuspensionFields, output: Suspension }),
  'suspensions.recordNotice': channel({
    summary: 'Record the day the practitioner was sent notice of the suspension',
    writes: true,
    input: z.object({ id: Id, noticeSentOn: IsoDate }).strict(),
    output: Suspension,
  }),
  'suspensions.reinstate': channel({
    summary: 'Reinstate: the lapse renewed, or a note saying why the cause is resolved',
    writes: true,
    input: z.object({ id: Id, reinstatedOn: IsoDate, note: optionalText('Note', 2000) }).strict(),
    output: Suspension,
  }),
};
