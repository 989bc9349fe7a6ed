// Start a policy: its reference number, title, owner and review cycle; the first draft opens in the editor.
import { useState, type FormEvent } from 'react';
import { call } from '../../../client';
import { Button, SelectField, TextField, toastSuccess } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { formErrorsFrom, noErrors, type FormErrors } from '../field-errors';
import { usePolicyOrganisation } from '../organisation-store';
import { goTo, hashForEditor } from '../policies-view';
import { StaffPicker, type PickedPerson } from '../StaffPicker';

export function NewPolicyDialog({ onClose }: { onClose(): void }) {
  const departments = usePolicyOrganisation((s) => s.departments);
  const [reference, setReference] = useState('');
  const [title, setTitle] = useState('');
  const [category, setCategory] = useState('');
  const [departmentId, setDepartmentId] = useState('');
  const [owner, setOwner] = useState<PickedPerson | null>(null);
  const [reviewInterval, setReviewInterval] = useState('24');
  const [warning, setWarning] = useState('60');
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      // Sent even without an owner, so the core names every field that needs fixing at once, not the owner first and
      // the rest on the next try.
      const policy = await call('policies.create', {
        reference, title, category, departmentId: departmentId || null, ownerId: owner?.id ?? '',
        reviewIntervalMonths: Number(reviewInterval), reviewWarningDays: Number(warning),
      });
      toastSuccess(`${policy.reference} created`, 'Version 1 is a draft: write it, then submit it for approval.');
      onClose();
      goTo(hashForEditor(policy.id, policy.versions[0]!.id));
    } catch (error) {
      const found = formErrorsFrom(error, 'reference');
      // The core knows an id is missing; the form knows it is the person choice that is.
      if (!owner) found.fields = { ...found.fields, ownerId: 'Choose the person who owns this policy' };
      setErrors(found);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Dialog
      title="New policy"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="new-policy-form" busy={busy}>{busy ? 'Creating…' : 'Create and write the draft'}</Button>
        </>
      }
    >
      <form id="new-policy-form" className="policies-form" onSubmit={submit} noValidate>
        {errors.form && <p className="policies-alert" role="alert">{errors.form}</p>}
        <div className="policies-form__row">
          <TextField label="Reference" value={reference} onChange={(e) => setReference(e.target.value)} placeholder="MS-014" hint="Kept across every version" error={errors.fields['reference']} />
          <TextField label="Category" value={category} onChange={(e) => setCategory(e.target.value)} placeholder="Medical staff" error={errors.fields['category']} />
        </div>
        <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} error={errors.fields['title']} />
        <SelectField
          label="Department"
          value={departmentId}
          onChange={(e) => setDepartmentId(e.target.value)}
          options={[{ value: '', label: 'Organisation-wide' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
        />
        <StaffPicker label="Owner" value={owner} onChange={setOwner} error={errors.fields['ownerId']} hint="The owner writes the drafts and cannot approve them." />
        <div className="policies-form__row">
          <TextField label="Review every (months)" type="number" min={1} max={60} value={reviewInterval} onChange={(e) => setReviewInterval(e.target.value)} error={errors.fields['reviewIntervalMonths']} />
          <TextField label="Warn before review (days)" type="number" min={0} max={365} value={warning} onChange={(e) => setWarning(e.target.value)} error={errors.fields['reviewWarningDays']} />
        </div>
      </form>
    </Dialog>
  );
}
