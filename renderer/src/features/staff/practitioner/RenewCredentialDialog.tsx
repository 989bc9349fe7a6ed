// Renewing a credential: the new term's dates and, if at hand, its document. The term it ends stays readable, and the
// new one waits in the verification queue until its own expiry is verified at the source.
import { useState, type FormEvent } from 'react';
import { credentialDateProblems } from '../../../../../shared/domain/credential-rules';
import { useDraftForm, type FieldErrors } from '../../../app/draft-form';
import { fileToBase64 } from '../../../app/files';
import { Button, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { credentialName } from '../credential-display';
import { formatDay } from '../format';
import { useOrganisationRules } from '../organisation-rules';
import { usePractitionerStore, type Credential } from './store';

interface Draft {
  issuedOn: string;
  expiresOn: string;
}

/** The shared date rules, and the renewal's own: it runs past the current term, and starts no earlier than it did. */
function check(d: Draft, credential: Credential, today: string): FieldErrors {
  const errors: FieldErrors = Object.fromEntries(credentialDateProblems({ issuedOn: d.issuedOn || null, expiresOn: d.expiresOn || null }, today).map((p) => [p.path, p.message]));
  if (!d.expiresOn) errors.expiresOn = 'The new expiry is required: it is what the renewal changes';
  else if (credential.expiresOn && d.expiresOn <= credential.expiresOn) errors.expiresOn = `A renewal runs past the current term: the new expiry must be after ${formatDay(credential.expiresOn)}`;
  if (d.issuedOn && credential.issuedOn && d.issuedOn < credential.issuedOn) errors.issuedOn = `The new term cannot be issued before the current one was (${formatDay(credential.issuedOn)})`;
  return errors;
}

export function RenewCredentialDialog({ credential, onClose }: { credential: Credential; onClose(): void }) {
  const renewCredential = usePractitionerStore((state) => state.renewCredential);
  const today = useOrganisationRules((state) => state.today);
  // Licences keep their first issue date on renewal; a new registration or card has its own, typed over this one.
  const { draft, edit, errors, message, saving, submit } = useDraftForm<Draft>({ issuedOn: credential.issuedOn ?? '', expiresOn: '' });
  const [document, setDocument] = useState<File | null>(null);
  const name = credentialName(credential);

  async function save(event: FormEvent<HTMLFormElement>) {
    const saved = await submit(event, {
      check: (d) => check(d, credential, today),
      save: async (d) =>
        renewCredential({
          id: credential.id,
          issuedOn: d.issuedOn || null,
          expiresOn: d.expiresOn,
          ...(document ? { document: { fileName: document.name, dataBase64: await fileToBase64(document) } } : {}),
        }),
    });
    if (saved) onClose();
  }

  return (
    <Dialog
      title={`Renew: ${name}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose} disabled={saving}>Cancel</Button>
          <Button type="submit" form="renew-credential" variant="primary" busy={saving}>{saving ? 'Saving…' : 'Save renewal'}</Button>
        </>
      }
    >
      <form id="renew-credential" className="practitioner-form" onSubmit={(event) => void save(event)} noValidate aria-label={`Renew ${name}`}>
        <p className="practitioner-form__wide staff-view__note">
          The current term ({formatDay(credential.issuedOn)} to {formatDay(credential.expiresOn)}) stays in the renewal history with its document and
          verifications. The new term needs its own primary-source verification.
        </p>
        {message && <p className="staff-alert practitioner-form__wide" role="alert">{message}</p>}
        <TextField
          label="New expiry"
          type="date"
          name="expiresOn"
          value={draft.expiresOn}
          error={errors.expiresOn}
          onChange={edit('expiresOn')}
          hint={credential.expiresOn ? `After ${formatDay(credential.expiresOn)}.` : undefined}
        />
        <TextField
          label="Issued"
          type="date"
          name="issuedOn"
          value={draft.issuedOn}
          error={errors.issuedOn}
          onChange={edit('issuedOn')}
          max={today}
          hint="Licences keep their first issue date; a new registration or card has its own."
        />
        <label className="practitioner-form__wide field">
          <span className="field__label">Document of the new term (optional)</span>
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            onChange={(event) => setDocument(event.target.files?.[0] ?? null)}
          />
          <span className="field__hint">{document ? document.name : 'The old document stays with the old term.'}</span>
        </label>
      </form>
    </Dialog>
  );
}
