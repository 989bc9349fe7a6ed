// A request for an ethics consultation: when, who asked and in what role, how urgent, where, what kind, the question
// as clarified, and the patient's identifiers in their own fields.
import { useEffect } from 'react';
import { consultTypeLabels, consultTypes, urgencies } from '../../../../shared/domain/ethics-cases';
import { useDraftForm } from '../../app/draft-form';
import { Button, Card, SelectField, TextAreaField, TextField } from '../../ui';
import { useEthicsStore } from './store';

const localNow = () => {
  const d = new Date();
  d.setSeconds(0, 0);
  return new Date(d.getTime() - d.getTimezoneOffset() * 60_000).toISOString().slice(0, 16);
};

export function NewRequestForm({ onDone }: { onDone(): void }) {
  const units = useEthicsStore((s) => s.units);
  const { create, loadChoices } = useEthicsStore.getState();
  useEffect(() => void loadChoices(), [loadChoices]);
  const form = useDraftForm({
    requestedAt: localNow(), requesterName: '', requesterRole: '', urgency: 'routine', unitId: '', type: 'end-of-life', question: '',
    patientName: '', mrn: '', dateOfBirth: '', admissionDate: '',
  });
  const { draft, edit, errors, message, saving } = form;

  return (
    <Card title="New ethics consultation request">
      <form
        className="ethics-form ethics-form--grid"
        noValidate
        onSubmit={(event) =>
          void form.submit(event, {
            check: (d): Record<string, string> => (d.question.trim() ? {} : { question: 'The ethical question is required' }),
            save: (d) =>
              create({
                requestedAt: new Date(d.requestedAt).toISOString(), requesterName: d.requesterName, requesterRole: d.requesterRole,
                urgency: d.urgency as 'routine', unitId: d.unitId || null, type: d.type as 'other', question: d.question,
                identifiers: { patientName: d.patientName, mrn: d.mrn, dateOfBirth: d.dateOfBirth || null, admissionDate: d.admissionDate || null },
              }),
          }).then((saved) => saved && onDone())
        }
      >
        <TextField label="Requested at" name="requestedAt" type="datetime-local" value={draft.requestedAt} onChange={edit('requestedAt')} error={errors.requestedAt} />
        <SelectField label="Urgency" name="urgency" value={draft.urgency} onChange={edit('urgency')} options={urgencies.map((u) => ({ value: u, label: u[0]!.toUpperCase() + u.slice(1) }))} />
        <TextField label="Requester" name="requesterName" value={draft.requesterName} onChange={edit('requesterName')} error={errors.requesterName} />
        <TextField label="Requester's role" name="requesterRole" value={draft.requesterRole} onChange={edit('requesterRole')} error={errors.requesterRole} hint="Attending physician, bedside nurse, daughter…" />
        <SelectField label="Unit" name="unitId" value={draft.unitId} onChange={edit('unitId')} options={[{ value: '', label: 'No unit given' }, ...units.map((u) => ({ value: u.id, label: u.name }))]} />
        <SelectField label="Type" name="type" value={draft.type} onChange={edit('type')} options={consultTypes.map((t) => ({ value: t, label: consultTypeLabels[t] }))} />
        <TextAreaField className="ethics-wide" label="The ethical question, as clarified" name="question" rows={3} value={draft.question} onChange={edit('question')} error={errors.question} hint="Write it so the patient could read it: no names, record numbers or dates of birth." />
        <fieldset className="ethics-identifiers ethics-wide">
          <legend>Patient identifiers (kept apart from the narrative, sealed, shown only with the case open)</legend>
          <TextField label="Patient name" name="patientName" value={draft.patientName} onChange={edit('patientName')} autoComplete="off" />
          <TextField label="Medical record number" name="mrn" value={draft.mrn} onChange={edit('mrn')} autoComplete="off" />
          <TextField label="Date of birth" name="dateOfBirth" type="date" value={draft.dateOfBirth} onChange={edit('dateOfBirth')} />
          <TextField label="Admission date" name="admissionDate" type="date" value={draft.admissionDate} onChange={edit('admissionDate')} />
        </fieldset>
        {message && <p className="ethics-error ethics-wide" role="alert">{message}</p>}
        <div className="ethics-actions ethics-wide">
          <Button type="submit" variant="primary" busy={saving}>Record request</Button>
          <Button variant="ghost" onClick={onDone}>Cancel</Button>
        </div>
      </form>
    </Card>
  );
}
