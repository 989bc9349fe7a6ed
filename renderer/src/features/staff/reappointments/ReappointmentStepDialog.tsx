// Records the next step of a reappointment: the application received (with the category requested), or the department
// chair's, a committee's or the board's outcome, dated. Committees usually record theirs by a motion on the slate.
import type { FormEvent } from 'react';
import { appointmentCategories } from '../../../../../shared/contract/staff';
import {
  nextStep, outcomeLabel, progressOf, stepLabels, stepOutcomes, type DecidedStep, type StepOutcome,
} from '../../../../../shared/domain/reappointment-process';
import { useDraftForm, type FieldErrors } from '../../../app/draft-form';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { appointmentCategoryLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { recordReappointmentStep, startReappointment, type ReappointmentFile } from './store';

type Category = (typeof appointmentCategories)[number];

export function ReappointmentStepDialog({ file, onClose }: { file: ReappointmentFile; onClose(): void }) {
  const today = useOrganisationRules((state) => state.today);
  const step = file.process ? nextStep(progressOf(file.process)) : 'application';
  const { draft, edit, errors, message, saving, submit } = useDraftForm({
    on: today, outcome: 'favourable' as StepOutcome, note: '', category: (file.appointmentCategory ?? 'active') as Category,
  });
  if (!step) return null;
  const decided = step === 'application' ? null : (step as DecidedStep);

  async function save(event: FormEvent<HTMLFormElement>) {
    const done = await submit(event, {
      check: (d): FieldErrors => (!d.on ? { on: 'The date is required' } : d.on > today ? { on: `After today (${today}): record it on the day` } : {}),
      save: (d) =>
        file.process && decided
          ? recordReappointmentStep({ id: file.process.id, step: decided, on: d.on, outcome: d.outcome, note: d.note })
          : startReappointment({ staffId: file.staffId, applicationReceivedOn: d.on, categoryRequested: d.category }),
    });
    if (done) onClose();
  }

  return (
    <Dialog
      title={`${stepLabels[step]} — ${file.staffName}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form="reappointment-step" variant="primary" busy={saving}>{saving ? 'Recording…' : 'Record'}</Button>
        </>
      }
    >
      <form id="reappointment-step" className="practitioner-form practitioner-form--single" onSubmit={(event) => void save(event)} noValidate>
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <TextField label={step === 'application' ? 'Received on' : 'Decided on'} type="date" name="on" value={draft.on} error={errors.on} onChange={edit('on')} max={today} />
        {decided ? (
          <>
            <SelectField label="Outcome" value={draft.outcome} onChange={edit('outcome')} options={stepOutcomes.map((o) => ({ value: o, label: outcomeLabel(decided, o) }))} />
            <TextAreaField label="Note" value={draft.note} onChange={edit('note')} error={errors.note} />
            {decided !== 'chair' && <p className="staff-view__note">A committee usually records this by a motion on the recommendation slate of its meeting; record it here when it met outside Chartroom.</p>}
          </>
        ) : (
          <>
            <SelectField label="Category requested" value={draft.category} onChange={edit('category')} options={appointmentCategories.map((c) => ({ value: c, label: appointmentCategoryLabels[c] }))} />
            <p className="staff-view__note">The privileges {file.staffName} holds now are recorded as requested.</p>
          </>
        )}
      </form>
    </Dialog>
  );
}
