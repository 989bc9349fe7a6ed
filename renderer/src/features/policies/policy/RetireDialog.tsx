// Retire a policy from a date: it stops being in force then, and its versions stay on record.
import { useState, type FormEvent } from 'react';
import { call } from '../../../client';
import { Button, toastSuccess } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { formErrorsFrom, noErrors, type FormErrors } from '../field-errors';
import { formatDay } from '../format';
import { usePolicyOrganisation } from '../organisation-store';
import { usePolicyPageStore, type Policy } from './store';

export function RetireDialog({ policy, onClose }: { policy: Policy; onClose(): void }) {
  const today = usePolicyOrganisation((s) => s.today);
  const show = usePolicyPageStore((s) => s.show);
  const [retiredOn, setRetiredOn] = useState(today);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    try {
      show(await call('policies.retire', { policyId: policy.id, retiredOn }));
      toastSuccess(`${policy.reference} retired`, `Not in force from ${formatDay(retiredOn)}.`);
      onClose();
    } catch (error) {
      setErrors(formErrorsFrom(error));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Retire ${policy.reference}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="retire-form" busy={busy}>Retire the policy</Button>
        </>
      }
    >
      <form id="retire-form" className="policies-form" onSubmit={submit}>
        <p>From this day no version is in force. Every version, approval and attestation stays on record.</p>
        {errors.form && <p className="policies-alert" role="alert">{errors.form}</p>}
        <label className="field">
          <span className="field__label">Retired from</span>
          <input type="date" className="field__control" value={retiredOn} onChange={(e) => setRetiredOn(e.target.value)} />
        </label>
      </form>
    </Dialog>
  );
}
