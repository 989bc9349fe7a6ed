// The three things a director records about a suspension: that it started (for a lapse, prefilled from it; or for
// cause), that notice was sent, and the reinstatement. Each checks the shared rules on screen; the core checks again.
import type { FormEvent } from 'react';
import { SuspensionFields } from '../../../../shared/contract/suspensions';
import { credentialTypeLabels } from '../../../../shared/domain/credentials';
import { lapseScopes, type LapseScope } from '../../../../shared/domain/lapse-scope';
import { suspensionDateProblems } from '../../../../shared/domain/suspension-rules';
import { fieldErrorsFromIssues, useDraftForm, type FieldErrors } from '../../app/draft-form';
import { Button, SelectField, TextAreaField, TextField } from '../../ui';
import { Dialog } from '../../ui/Dialog';
import { formatDay } from '../staff/format';
import { useOrganisationRules } from '../staff/organisation-rules';
import { useSuspensions, type Suspension, type UnrecordedLapse } from './store';

const withProblems = (errors: FieldErrors, problems: { path: string; message: string }[]) => {
  for (const p of problems) errors[p.path] ??= p.message;
  return errors;
};

interface RecordDraft {
  scope: LapseScope;
  reason: string;
  startedOn: string;
  noticeSentOn: string;
  notes: string;
}

/** Record a suspension: for a lapse (its scope and first day follow from the credential), or for cause. */
export function RecordSuspensionDialog({ staffId, staffName, lapse, onClose }: { staffId: string; staffName: string; lapse: UnrecordedLapse | null; onClose(): void }) {
  const record = useSuspensions((state) => state.record);
  const today = useOrganisationRules((state) => state.today);
  const lapsedName = lapse ? [credentialTypeLabels[lapse.type], lapse.jurisdiction].filter(Boolean).join(', ') : null;
  const { draft, edit, errors, message, saving, submit } = useDraftForm<RecordDraft>(() => ({
    scope: lapse?.scope ?? 'all-privileges',
    reason: lapse ? `${lapsedName} lapsed on ${formatDay(lapse.expiresOn)}` : '',
    startedOn: lapse?.suspendedFrom ?? today,
    noticeSentOn: '',
    notes: '',
  }));
  const input = (d: RecordDraft) => ({
    staffId, credentialId: lapse?.credentialId ?? null, scope: d.scope, reason: d.reason, startedOn: d.startedOn,
    noticeSentOn: d.noticeSentOn || null, notes: d.notes,
  });

  function check(d: RecordDraft): FieldErrors {
    const parsed = SuspensionFields.safeParse(input(d));
    const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (!d.startedOn) errors.startedOn = 'The day the suspension started is required';
    if (lapse && d.startedOn && d.startedOn < lapse.suspendedFrom) errors.startedOn = `Valid through ${lapse.expiresOn}: it starts on ${lapse.suspendedFrom} at the earliest`;
    return withProblems(errors, suspensionDateProblems({ startedOn: d.startedOn, noticeSentOn: d.noticeSentOn || null }, today));
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    if (await submit(event, { check, save: (d) => record(input(d)) })) onClose();
  }

  return (
    <Dialog
      title={lapse ? `Record the suspension: ${staffName}` : `Record a suspension for cause: ${staffName}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form="record-suspension" variant="primary" busy={saving}>{saving ? 'Recording…' : 'Record suspension'}</Button>
        </>
      }
    >
      <form id="record-suspension" className="practitioner-form practitioner-form--single" onSubmit={(event) => void save(event)} noValidate>
        {lapse && (
          <p className="practitioner-form__wide staff-view__note">
            The {lapsedName} expired on {formatDay(lapse.expiresOn)}. By the bylaws it suspends{' '}
            {lapse.scope === 'all-privileges' ? 'all privileges' : 'controlled-substance prescribing only'} from {formatDay(lapse.suspendedFrom)}.
          </p>
        )}
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <SelectField
          label="Suspends"
          value={draft.scope}
          error={errors.scope}
          options={lapseScopes.map((scope) => ({ value: scope, label: scope === 'all-privileges' ? 'All privileges' : 'Controlled-substance prescribing' }))}
          onChange={edit('scope')}
          disabled={!!lapse}
          hint={lapse ? 'What the lapsed credential covers.' : undefined}
        />
        <TextField label="Reason" value={draft.reason} error={errors.reason} onChange={edit('reason')} />
        <TextField label="Started on" type="date" name="startedOn" value={draft.startedOn} error={errors.startedOn} onChange={edit('startedOn')} max={today} />
        <TextField label="Notice sent on" type="date" name="noticeSentOn" value={draft.noticeSentOn} error={errors.noticeSentOn} onChange={edit('noticeSentOn')} max={today} hint="Leave empty until the notice goes out." />
        <TextAreaField label="Notes" value={draft.notes} error={errors.notes} onChange={edit('notes')} rows={2} />
      </form>
    </Dialog>
  );
}

/** Record the day the practitioner was sent notice. */
export function NoticeDialog({ suspension, onClose }: { suspension: Suspension; onClose(): void }) {
  const recordNotice = useSuspensions((state) => state.recordNotice);
  const today = useOrganisationRules((state) => state.today);
  const { draft, edit, errors, message, saving, submit } = useDraftForm({ noticeSentOn: suspension.noticeSentOn ?? today });

  function check(d: { noticeSentOn: string }): FieldErrors {
    if (!d.noticeSentOn) return { noticeSentOn: 'The day the notice was sent is required' };
    return withProblems({}, suspensionDateProblems({ startedOn: suspension.startedOn, noticeSentOn: d.noticeSentOn }, today));
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    if (await submit(event, { check, save: (d) => recordNotice({ id: suspension.id, noticeSentOn: d.noticeSentOn }) })) onClose();
  }

  return (
    <Dialog
      title={`Record notice: ${suspension.staffName}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form="suspension-notice" variant="primary" busy={saving}>{saving ? 'Recording…' : 'Record notice'}</Button>
        </>
      }
    >
      <form id="suspension-notice" className="practitioner-form practitioner-form--single" onSubmit={(event) => void save(event)} noValidate>
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <TextField label="Notice sent on" type="date" name="noticeSentOn" value={draft.noticeSentOn} error={errors.noticeSentOn} onChange={edit('noticeSentOn')} min={suspension.startedOn} max={today} />
      </form>
    </Dialog>
  );
}

/** Reinstate: a lapse once renewed, a suspension for cause on a note saying what lifted it. */
export function ReinstateDialog({ suspension, onClose }: { suspension: Suspension; onClose(): void }) {
  const reinstate = useSuspensions((state) => state.reinstate);
  const today = useOrganisationRules((state) => state.today);
  const forCause = !suspension.credentialId || !suspension.credentialLabel;
  const { draft, edit, errors, message, saving, submit } = useDraftForm({ reinstatedOn: today, note: '' });

  function check(d: { reinstatedOn: string; note: string }): FieldErrors {
    const errors: FieldErrors = {};
    if (!d.reinstatedOn) errors.reinstatedOn = 'The day of the reinstatement is required';
    if (forCause && !d.note.trim()) errors.note = 'Say what lifted the suspension (the decision, and who made it)';
    return withProblems(errors, suspensionDateProblems({ startedOn: suspension.startedOn, reinstatedOn: d.reinstatedOn || null }, today));
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    if (await submit(event, { check, save: (d) => reinstate({ id: suspension.id, reinstatedOn: d.reinstatedOn, note: d.note }) })) onClose();
  }

  return (
    <Dialog
      title={`Reinstate: ${suspension.staffName}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form="suspension-reinstate" variant="primary" busy={saving}>{saving ? 'Reinstating…' : 'Reinstate'}</Button>
        </>
      }
    >
      <form id="suspension-reinstate" className="practitioner-form practitioner-form--single" onSubmit={(event) => void save(event)} noValidate>
        <p className="practitioner-form__wide staff-view__note">
          {forCause
            ? 'A suspension for cause ends on the decision that lifts it: say what it was.'
            : `The lapse is resolved: the ${suspension.credentialLabel} now expires on ${formatDay(suspension.credentialExpiresOn)}.`}
        </p>
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <TextField label="Reinstated on" type="date" name="reinstatedOn" value={draft.reinstatedOn} error={errors.reinstatedOn} onChange={edit('reinstatedOn')} min={suspension.startedOn} max={today} />
        <TextAreaField label={forCause ? 'What lifted it' : 'Note (optional)'} value={draft.note} error={errors.note} onChange={edit('note')} rows={2} />
      </form>
    </Dialog>
  );
}
