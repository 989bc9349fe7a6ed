// Record a primary-source verification of one credential: kind, source, date, verifier, method, result and notes.
import type { FormEvent } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { useDraftForm } from '../../../app/draft-form';
import type { SaveResult } from '../field-errors';
import { formatDay } from '../format';
import { optionsOf, verificationKindLabels, verificationMethodLabels, verificationResultLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';

type VerificationInput = InputOf<'verifications.record'>;
type Draft = Omit<VerificationInput, 'credentialId' | 'notes' | 'confirmedExpiresOn'> & { notes: string; confirmedExpiresOn: string };

export interface VerificationFormProps {
  credentialId: string;
  /** What the credential is, for the form's accessible name ("Record verification of DEA registration"). */
  credentialLabel: string;
  /** A renewed credential is verified again as a renewal; a never-verified one starts as initial. */
  suggestedKind?: Draft['kind'];
  /** The credential's expiry on file: what the source is expected to show, and the confirmed expiry the form starts from. */
  expiresOn: string | null;
  submit(input: VerificationInput): Promise<SaveResult<unknown>>;
  onDone(): void;
}

export function VerificationForm({ credentialId, credentialLabel, suggestedKind = 'initial', expiresOn, submit, onDone }: VerificationFormProps) {
  const today = useOrganisationRules((state) => state.today);
  const { draft, edit, errors, message, saving, submit: submitDraft } = useDraftForm<Draft>({
    kind: suggestedKind, source: '', verifiedOn: today, verifier: '', method: 'online', result: 'verified', notes: '', confirmedExpiresOn: expiresOn ?? '',
  });

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    // A blank confirmed expiry is a source that shows none (education, a lifetime certificate).
    if (await submitDraft(event, { save: (d) => submit({ ...d, credentialId, confirmedExpiresOn: d.confirmedExpiresOn || null }) })) onDone();
  }

  return (
    <form className="staff-form" onSubmit={(event) => void onSubmit(event)} noValidate aria-label={`Record verification of ${credentialLabel}`}>
      <h3 className="staff-form__title">Record a primary-source verification</h3>
      {message && <p className="staff-alert staff-form__message" role="alert">{message}</p>}
      <SelectField label="Kind" value={draft.kind} options={optionsOf(verificationKindLabels)} onChange={edit('kind')} error={errors.kind} />
      <TextField label="Source" value={draft.source} onChange={edit('source')} error={errors.source} placeholder="e.g. Texas Medical Board website" />
      <TextField label="Verified on" type="date" name="verifiedOn" value={draft.verifiedOn} onChange={edit('verifiedOn')} error={errors.verifiedOn} />
      <TextField
        label="Confirmed expiry"
        type="date"
        name="confirmedExpiresOn"
        value={draft.confirmedExpiresOn}
        onChange={edit('confirmedExpiresOn')}
        error={errors.confirmedExpiresOn}
        hint={expiresOn ? `The expiry the primary source shows (on file: ${formatDay(expiresOn)}). A later one, after a renewal, is verified again.` : 'Leave blank if the primary source shows none.'}
      />
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
