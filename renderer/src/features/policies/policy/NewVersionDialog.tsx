// Start a new draft from an approved version: the approved text stays as it is, and the draft says why it exists.
import { useState, type FormEvent } from 'react';
import { call } from '../../../client';
import { Button, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { formErrorsFrom, noErrors, type FormErrors } from '../field-errors';
import { goTo, hashForEditor } from '../policies-view';

export function NewVersionDialog({ policy, fromVersion, onClose }: { policy: { id: string; reference: string }; fromVersion: { id: string; number: number }; onClose(): void }) {
  const [changeSummary, setChangeSummary] = useState('');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      const draft = await call('policies.newVersion', { fromVersionId: fromVersion.id, changeSummary });
      onClose();
      goTo(hashForEditor(policy.id, draft.id));
    } catch (error) {
      setErrors(formErrorsFrom(error));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`New version of ${policy.reference}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="new-version-form" busy={busy}>Start the draft</Button>
        </>
      }
    >
      <form id="new-version-form" className="policies-form" onSubmit={submit} noValidate>
        <p>The draft starts from the text of version {fromVersion.number}, which stays exactly as it was approved.</p>
        {errors.form && <p className="policies-alert" role="alert">{errors.form}</p>}
        <TextField
          label="Change summary"
          value={changeSummary}
          autoFocus
          onChange={(e) => setChangeSummary(e.target.value)}
          placeholder="What changes and why"
          hint="Every new version needs one; approvers and staff read it first."
          error={errors.fields['changeSummary']}
        />
      </form>
    </Dialog>
  );
}
