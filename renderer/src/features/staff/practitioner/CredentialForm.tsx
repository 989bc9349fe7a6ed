// Add, edit or renew a credential. A renewal is an edit with new dates: the old ones stay in the record's history.
import { useState, type FormEvent } from 'react';
import { credentialTypeLabels, credentialTypes, type CredentialType } from '../../../../../shared/domain/credentials';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import type { FieldErrors } from '../field-errors';
import { credentialName } from '../credential-display';
import { usePractitionerStore, type Credential, type CredentialPatch } from './store';

export type CredentialFormMode = { kind: 'create' } | { kind: 'edit'; credential: Credential } | { kind: 'renew'; credential: Credential };

interface Draft {
  type: CredentialType;
  title: string;
  number: string;
  issuer: string;
  jurisdiction: string;
  issuedOn: string;
  expiresOn: string;
  restrictions: string;
}

function draftFor(mode: CredentialFormMode): Draft {
  if (mode.kind === 'create') return { type: 'state-license', title: '', number: '', issuer: '', jurisdiction: '', issuedOn: '', expiresOn: '', restrictions: '' };
  const c = mode.credential;
  const base = { type: c.type, title: c.title ?? '', number: '', issuer: c.issuer ?? '', jurisdiction: c.jurisdiction ?? '', restrictions: c.restrictions ?? '' };
  // A renewal starts from blank dates: the new card's dates are what the director types.
  return mode.kind === 'renew' ? { ...base, issuedOn: '', expiresOn: '' } : { ...base, issuedOn: c.issuedOn ?? '', expiresOn: c.expiresOn ?? '' };
}

export function CredentialForm({ mode, staffId, onDone }: { mode: CredentialFormMode; staffId: string; onDone(): void }) {
  const saveCredential = usePractitionerStore((state) => state.saveCredential);
  const [draft, setDraft] = useState<Draft>(() => draftFor(mode));
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  const edit = (field: keyof Draft) => (event: { target: { value: string } }) => {
    setDraft({ ...draft, [field]: event.target.value });
    const { [field]: _stale, ...rest } = errors;
    setErrors(rest);
  };

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const fields = {
      title: draft.title,
      issuer: draft.issuer,
      jurisdiction: draft.jurisdiction,
      issuedOn: draft.issuedOn || null,
      expiresOn: draft.expiresOn || null,
      restrictions: draft.restrictions,
    };
    // The number is never sent to the screen, so a blank number field on an edit means "keep the one on file".
    const number = draft.number.trim() ? { number: draft.number } : {};
    const result =
      mode.kind === 'create'
        ? await saveCredential({ create: { staffId, type: draft.type, ...fields, ...number } })
        : await saveCredential({ id: mode.credential.id, patch: { type: draft.type, ...fields, ...number } satisfies CredentialPatch });
    setSaving(false);
    if (result.ok) onDone();
    else {
      setErrors(result.fieldErrors);
      setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
  }

  const title = mode.kind === 'create' ? 'Add a credential' : mode.kind === 'renew' ? `Renew: ${credentialName(mode.credential)}` : `Edit: ${credentialName(mode.credential)}`;
  const keepsNumber = mode.kind !== 'create' && mode.credential.numberMasked;

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-label={title}>
      <h3 className="staff-form__title">{title}</h3>
      {message && <p className="staff-alert staff-form__message" role="alert">{message}</p>}
      <SelectField
        label="Type"
        value={draft.type}
        error={errors.type}
        options={credentialTypes.map((type) => ({ value: type, label: credentialTypeLabels[type] }))}
        onChange={edit('type')}
        disabled={mode.kind === 'renew'}
      />
      <TextField label="Title" value={draft.title} error={errors.title} onChange={edit('title')} hint="For board certification: the board or specialty." />
      <TextField
        label="Number"
        value={draft.number}
        error={errors.number}
        onChange={edit('number')}
        autoComplete="off"
        placeholder={keepsNumber ? `Keep ${mode.credential.numberMasked}` : ''}
        hint={keepsNumber ? 'Leave blank to keep the number on file.' : undefined}
      />
      <TextField label="Issuer" value={draft.issuer} error={errors.issuer} onChange={edit('issuer')} />
      <TextField label="State or jurisdiction" value={draft.jurisdiction} error={errors.jurisdiction} onChange={edit('jurisdiction')} />
      <TextField label="Issued" type="date" value={draft.issuedOn} error={errors.issuedOn} onChange={edit('issuedOn')} />
      <TextField label="Expires" type="date" value={draft.expiresOn} error={errors.expiresOn} onChange={edit('expiresOn')} />
      <TextAreaField className="staff-form__wide" label="Restrictions" value={draft.restrictions} error={errors.restrictions} onChange={edit('restrictions')} rows={2} />
      <div className="staff-form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {saving ? 'Saving…' : mode.kind === 'create' ? 'Add credential' : mode.kind === 'renew' ? 'Save renewal' : 'Save credential'}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}
