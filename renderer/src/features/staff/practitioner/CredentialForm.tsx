// Add or correct a credential. A renewal is a new term, recorded in RenewCredentialDialog.
import type { FormEvent } from 'react';
import { credentialProblems, expiryRequiredTypes, numberRequiredTypes } from '../../../../../shared/domain/credential-rules';
import { credentialTypeLabels, credentialTypes, type CredentialType } from '../../../../../shared/domain/credentials';
import { useDraftForm, type FieldErrors } from '../../../app/draft-form';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { credentialName } from '../credential-display';
import { useOrganisationRules } from '../organisation-rules';
import { usePractitionerStore, type Credential, type CredentialPatch } from './store';

export type CredentialFormMode = { kind: 'create' } | { kind: 'edit'; credential: Credential };

interface Draft {
  type: CredentialType;
  title: string;
  number: string;
  issuer: string;
  jurisdiction: string;
  issuedOn: string;
  expiresOn: string;
  restrictions: string;
  registeredName: string;
}

function draftFor(mode: CredentialFormMode): Draft {
  if (mode.kind === 'create') return { type: 'state-license', title: '', number: '', issuer: '', jurisdiction: '', issuedOn: '', expiresOn: '', restrictions: '', registeredName: '' };
  const c = mode.credential;
  return {
    type: c.type, title: c.title ?? '', number: '', issuer: c.issuer ?? '', jurisdiction: c.jurisdiction ?? '', restrictions: c.restrictions ?? '',
    issuedOn: c.issuedOn ?? '', expiresOn: c.expiresOn ?? '', registeredName: c.registeredName ?? '',
  };
}

/** The shared rule (shared/domain/credential-rules) on what the director typed: every problem at once, beside its field. */
function checkDraft(draft: Draft, mode: CredentialFormMode, today: string, familyName: string | null): FieldErrors {
  // The number on file is never sent to the screen: a blank number on an edit keeps it, so it counts as given.
  const keptNumber = mode.kind !== 'create' && mode.credential.numberMasked ? mode.credential.numberMasked : null;
  // The DEA surname check applies to a number typed here; one kept on file is left as it was (the core does the same).
  const registrantName = draft.number.trim() ? draft.registeredName.trim() || familyName : null;
  const problems = credentialProblems({ type: draft.type, number: draft.number.trim() || keptNumber, issuedOn: draft.issuedOn || null, expiresOn: draft.expiresOn || null, registrantName }, today);
  return Object.fromEntries(problems.map((p) => [p.path, p.message]));
}

export function CredentialForm({ mode, staffId, onDone }: { mode: CredentialFormMode; staffId: string; onDone(): void }) {
  const saveCredential = usePractitionerStore((state) => state.saveCredential);
  const today = useOrganisationRules((state) => state.today);
  const familyName = usePractitionerStore((state) => state.member?.familyName ?? null);
  const { draft, edit, errors, message, saving, submit } = useDraftForm<Draft>(() => draftFor(mode));

  async function save(event: FormEvent<HTMLFormElement>) {
    const saved = await submit(event, {
      check: (d) => checkDraft(d, mode, today, familyName),
      save: (d) => {
        const fields = {
          title: d.title, issuer: d.issuer, jurisdiction: d.jurisdiction, issuedOn: d.issuedOn || null, expiresOn: d.expiresOn || null, restrictions: d.restrictions,
          ...(d.type === 'dea' ? { registeredName: d.registeredName } : {}),
        };
        // The number is never sent to the screen, so a blank number field on an edit means "keep the one on file".
        const number = d.number.trim() ? { number: d.number } : {};
        return mode.kind === 'create'
          ? saveCredential({ create: { staffId, type: d.type, ...fields, ...number } })
          : saveCredential({ id: mode.credential.id, patch: { type: d.type, ...fields, ...number } satisfies CredentialPatch });
      },
    });
    if (saved) onDone();
  }

  const title = mode.kind === 'create' ? 'Add a credential' : `Edit: ${credentialName(mode.credential)}`;
  const keepsNumber = mode.kind !== 'create' && mode.credential.numberMasked;

  return (
    <form className="staff-form" onSubmit={(event) => void save(event)} noValidate aria-label={title}>
      <h3 className="staff-form__title">{title}</h3>
      {message && <p className="staff-alert staff-form__message" role="alert">{message}</p>}
      <SelectField
        label="Type"
        value={draft.type}
        error={errors.type}
        options={credentialTypes.map((type) => ({ value: type, label: credentialTypeLabels[type] }))}
        onChange={edit('type')}
      />
      <TextField label="Title" value={draft.title} error={errors.title} onChange={edit('title')} hint="For board certification: the board or specialty." />
      <TextField
        label="Number"
        value={draft.number}
        error={errors.number}
        onChange={edit('number')}
        autoComplete="off"
        placeholder={keepsNumber ? `Keep ${mode.credential.numberMasked}` : ''}
        hint={keepsNumber ? 'Leave blank to keep the number on file.' : numberRequiredTypes.has(draft.type) ? 'Required: the issuer confirms it by number.' : undefined}
      />
      {draft.type === 'dea' && (
        <TextField
          label="Registered name"
          value={draft.registeredName}
          error={errors.registeredName}
          onChange={edit('registeredName')}
          hint="Only when the registration is filed under another name (a former surname, a practice): its second letter is checked against this name."
        />
      )}
      <TextField label="Issuer" value={draft.issuer} error={errors.issuer} onChange={edit('issuer')} />
      <TextField label="State or jurisdiction" value={draft.jurisdiction} error={errors.jurisdiction} onChange={edit('jurisdiction')} />
      <TextField label="Issued" type="date" name="issuedOn" value={draft.issuedOn} error={errors.issuedOn} onChange={edit('issuedOn')} max={today} />
      <TextField
        label="Expires"
        type="date"
        name="expiresOn"
        value={draft.expiresOn}
        error={errors.expiresOn}
        onChange={edit('expiresOn')}
        hint={expiryRequiredTypes.has(draft.type) ? 'Required: reminders and the Dashboard follow it.' : 'Leave blank if it does not expire.'}
      />
      <TextAreaField className="staff-form__wide" label="Restrictions" value={draft.restrictions} error={errors.restrictions} onChange={edit('restrictions')} rows={2} />
      <div className="staff-form__actions">
        <Button type="submit" variant="primary" busy={saving}>
          {saving ? 'Saving…' : mode.kind === 'create' ? 'Add credential' : 'Save credential'}
        </Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}
