// Submit a draft for approval: an ordered list of approvers (people from the staff list, committees from the committees)
// and the day the version comes into force once approved.
import { useEffect, useState, type FormEvent } from 'react';
import { call, readableMessage } from '../../../client';
import { Button, toastSuccess } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { ApproverChainEditor, approverInputs, type ListedApprover } from '../chains/ApproverChainEditor';
import { listedSteps, useApprovalChainsStore } from '../chains/store';
import { useEditorStore, type PolicyVersion } from './store';

export function SubmitDialog({ version, category, onClose, onSubmitted }: { version: PolicyVersion; category: string | null; onClose(): void; onSubmitted(): void }) {
  const save = useEditorStore((s) => s.save);
  const [approvers, setApprovers] = useState<ListedApprover[]>([]);
  // The category's reusable chain, if one is set, is where the list starts; the director may still change it here.
  const [fromChain, setFromChain] = useState<string | null>(null);
  const [touched, setTouched] = useState(false);
  const chains = useApprovalChainsStore((s) => s.chains);
  useEffect(() => {
    void useApprovalChainsStore.getState().load();
  }, []);
  useEffect(() => {
    if (touched || !category) return;
    const chain = chains.find((c) => c.category === category);
    if (!chain) return;
    setApprovers(listedSteps(chain, [version.authorId]));
    setFromChain(chain.category);
  }, [chains, category, touched, version.authorId]);
  const [effectiveOn, setEffectiveOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The text approvers see is the saved text: save what was typed first.
      if (!(await save())) throw new Error('The draft could not be saved, so it was not submitted.');
      const submitted = await call('policies.submit', { versionId: version.id, approvers: approverInputs(approvers), effectiveOn: effectiveOn || null });
      toastSuccess(`Version ${submitted.number} submitted`, `Waiting for ${submitted.approvals[0]?.approverName ?? 'the first approver'}.`);
      onClose();
      onSubmitted();
    } catch (e) {
      setError(e instanceof Error && !('code' in e) ? e.message : readableMessage(e));
      setBusy(false);
    }
  }

  return (
    <Dialog
      title={`Submit version ${version.number} for approval`}
      onClose={onClose}
      wide
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form="submit-form" busy={busy} disabled={approvers.length === 0}>{busy ? 'Submitting…' : 'Submit for approval'}</Button>
        </>
      }
    >
      <form id="submit-form" className="policies-form" onSubmit={submit} noValidate>
        <p>Approvers decide in this order; each is asked once the one before has approved. Any later edit restarts the chain. The author cannot approve their own draft.</p>
        {fromChain && <p className="field__hint" role="note">Started from the approval chain for {fromChain}; change it for this submission if you need to.</p>}
        {error && <p className="policies-alert" role="alert">{error}</p>}
        <ApproverChainEditor
          idPrefix="submit"
          approvers={approvers}
          excludeStaffIds={[version.authorId]}
          onChange={(next) => {
            setTouched(true);
            setApprovers(next);
          }}
        />
        <label className="field effective-field">
          <span className="field__label">Effective from</span>
          <input type="date" className="field__control" value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} />
          <span className="field__hint">Leave empty to bring it into force on the day of the last approval.</span>
        </label>
      </form>
    </Dialog>
  );
}
