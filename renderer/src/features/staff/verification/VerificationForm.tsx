// Record a primary-source verification of one credential: kind, source, date, verifier, method, result and notes.
import { useState, type FormEvent } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import type { FieldErrors, SaveResult } from '../field-errors';
import { optionsOf, verificationKindLabels, verificationMethodLabels, verificationResultLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';

type VerificationInput = InputOf<'verifications.record'>;
type Draft = Omit<VerificationInput, 'credentialId' | 'notes'> & { notes: string };

export interface VerificationFormProps {
  credentialId: string;
  /** What the credential is, for the form's accessible name ("Record verification of DEA registration"). */
  credentialLabel: string;
  /** A renewed credential is verified again as a renewal; a never-verified one starts as initial. */
  suggestedKind?: Draft['kind'];
  submit(input: VerificationInput): Promise<SaveResult<unknown>>;
  onDone(): void;
}

export function VerificationForm({ credentialId, credentialLabel, suggestedKind = 'initial', submit, onDone }: VerificationFormProps) {
  const today = useOrganisationRules((state) => state.today);
  const [draft, setDraft] = useState<Draft>({ kind: suggestedKind, source: '', verifiedOn: today, verifier: '', method: 'online', result: 'verified', notes: '' });
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const edit = (field: keyof Draft) => (event: { target: { value: string } }) => {
    setDraft({ ...draft, [field]: event.target.value });
    const { [field]: _stale, ...rest } = errors;
    setErrors(rest);
  };

  async function onSubmit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const result = await submit({ ...draft, credentialId });
    setSaving(false);
    if (result.ok) onDone();
    else {
      setErrors(result.fieldErrors);
      setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
  }

  return (
    <form className="staff-form" onSubmit={onSubmit} noValidate aria-label={`Record verification of ${credentialLabel}`}>
      <h3 className="staff-form__title">Record a primary-source verification</h3>
      {message && <p className="staff-alert staff-form__message" role="alert">{message}</p>}
      <SelectField label="Kind" value={draft.kind} options={optionsOf(verificationKindLabels)} onChange={edit('kind')} error={errors.kind} />
      <TextField label="Source" value={draft.source} onChange={edit('source')} error={errors.source} placeholder="e.g. Texas Medical Board website" />
      <TextField label="Verified on" type="date" value={draft.verifiedOn} onChange={edit('verifiedOn')} error={errors.verifiedOn} />
      <TextField label="Verifier" value={draft.verifier} onChange={edit('verifier')} error={errors.verifier} placeholder="Who checked" />
      <SelectField label="Method" value={draft.method} options={optionsOf(verificationMethodLabels)} onChange={edit('method')} error={errors.method} />
      <SelectField label="Result" value={draft.result} options={optionsOf(verificationResultLabels)} onChange={edit('result')} error={errors.result} />
      <TextAreaField className="staff-form__wide" label="Notes" value={draft.notes} onChange={edit('notes')} error={errors.notes} rows={2} />
      <div className="staff-form__actions">
        <Button type="submit" variant="primary" busy={saving}>{saving ? 'Saving…' : 'Save verification'}</Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}
