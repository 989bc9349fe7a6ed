// Ending a practitioner's appointment: the day it ended and why. They leave the active lists; the record stays.
import type { FormEvent } from 'react';
import { EndAppointmentInput } from '../../../../../shared/contract/staff';
import { fieldErrorsFromIssues, useDraftForm, type FieldErrors } from '../../../app/draft-form';
import { Button, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { useOrganisationRules } from '../organisation-rules';
import { usePractitionerStore, type StaffRow } from './store';

export function EndAppointmentDialog({ member, onClose }: { member: StaffRow; onClose(): void }) {
  const endAppointment = usePractitionerStore((state) => state.endAppointment);
  const today = useOrganisationRules((state) => state.today);
  const { draft, edit, errors, message, saving, submit } = useDraftForm({ endedOn: today, reason: '' });
  const name = `${member.givenName} ${member.familyName}`;

  function check(d: { endedOn: string; reason: string }): FieldErrors {
    const parsed = EndAppointmentInput.safeParse({ id: member.id, ...d });
    const errors = parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
    if (!d.endedOn) errors.endedOn = 'The day the appointment ended is required';
    else if (d.endedOn > today) errors.endedOn = `After today (${today}): record it on the day`;
    return errors;
  }

  async function save(event: FormEvent<HTMLFormElement>) {
    if (await submit(event, { check, save: (d) => endAppointment({ id: member.id, ...d }) })) onClose();
  }

  return (
    <Dialog
      title={`End ${name}’s appointment`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form="end-appointment" variant="primary" busy={saving}>{saving ? 'Ending…' : 'End appointment'}</Button>
        </>
      }
    >
      <form id="end-appointment" className="practitioner-form practitioner-form--single" onSubmit={(event) => void save(event)} noValidate>
        <p className="practitioner-form__wide staff-view__note">
          {name} will leave the roster’s active list, Expirations, Verification, Reappointments and the Dashboard. Their record, credentials and history stay.
        </p>
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <TextField label="Ended on" type="date" name="endedOn" value={draft.endedOn} error={errors.endedOn} onChange={edit('endedOn')} max={today} />
        <TextField label="Reason" value={draft.reason} error={errors.reason} onChange={edit('reason')} placeholder="e.g. Resigned, Retired, Not reappointed" />
      </form>
    </Dialog>
  );
}
