// Retire a policy: a decision with an approver, made today and in force from today or a later day; its versions stay on record.
import { useState, type FormEvent } from 'react';
import { call } from '../../../client';
import { Button, TextField, toastSuccess } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { formErrorsFrom, noErrors, type FormErrors } from '../field-errors';
import { formatDay } from '../format';
import { usePolicyOrganisation } from '../organisation-store';
import { DecisionFields, decisionInput, emptyDecision } from './DecisionFields';
import { usePolicyPageStore, type Policy } from './store';

export function RetireDialog({ policy, onClose }: { policy: Policy; onClose(): void }) {
  const today = usePolicyOrganisation((s) => s.today);
  const show = usePolicyPageStore((s) => s.show);
  const [retiredOn, setRetiredOn] = useState(today);
  const [reason, setReason] = useState('');
  const [decision, setDecision] = useState(emptyDecision);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const decided = await decisionInput(decision);
    if (typeof decided === 'string') {
      setErrors({ fields: { approver: decided }, form: null });
      return;
    }
    setBusy(true);
    try {
      show(await call('policies.retire', { policyId: policy.id, retiredOn, reason, ...decided }));
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
        <p>
          Retiring is a decision: name who approved it. It is dated today, and takes effect today or later, so what was in
          force on a day already lived stays as it was. Every version, approval and attestation stays on record.
        </p>
        {errors.form && <p className="policies-alert" role="alert">{errors.form}</p>}
        <div className="policies-form__row">
          <TextField label="Retired from" type="date" value={retiredOn} onChange={(e) => setRetiredOn(e.target.value)} error={errors.fields['retiredOn']} />
          <TextField label="Reason" value={reason} onChange={(e) => setReason(e.target.value)} error={errors.fields['reason']} placeholder="Folded into IC-002" />
        </div>
        <DecisionFields idPrefix="retire" value={decision} onChange={setDecision} approverError={errors.fields['approver'] ?? errors.fields['approver.name'] ?? errors.fields['approver.staffId']} />
      </form>
    </Dialog>
  );
}
