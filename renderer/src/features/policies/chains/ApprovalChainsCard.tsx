// Reusable approval chains, one per policy category: set here once, they start the list of approvers whenever a draft of
// that category is submitted.
import { useEffect, useState, type FormEvent } from 'react';
import { readableMessage } from '../../../client';
import { Button, Card, TextField, toastSuccess } from '../../../ui';
import { ApproverChainEditor, approverInputs, type ListedApprover } from './ApproverChainEditor';
import { listedSteps, useApprovalChainsStore } from './store';

export function ApprovalChainsCard() {
  const { chains, loaded, loadError } = useApprovalChainsStore();
  const [category, setCategory] = useState('');
  const [approvers, setApprovers] = useState<ListedApprover[]>([]);
  const [editing, setEditing] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void useApprovalChainsStore.getState().load();
  }, []);

  function edit(chainCategory: string | null) {
    const chain = chains.find((c) => c.category === chainCategory);
    setCategory(chainCategory ?? '');
    setApprovers(chain ? listedSteps(chain) : []);
    setError(null);
    setEditing(true);
  }

  async function save(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      await useApprovalChainsStore.getState().save({ category, steps: approverInputs(approvers) });
      toastSuccess('Approval chain saved', `Drafts in ${category.trim()} will start with it.`);
      setEditing(false);
    } catch (e) {
      setError(readableMessage(e));
    } finally {
      setBusy(false);
    }
  }

  async function remove(chainCategory: string) {
    try {
      await useApprovalChainsStore.getState().remove(chainCategory);
    } catch (e) {
      setError(readableMessage(e));
    }
  }

  return (
    <Card title="Approval chains by category" actions={!editing && <Button onClick={() => edit(null)}>Add a chain</Button>} aria-label="Approval chains by category">
      <p className="policies__muted">A category’s chain fills in the approvers when one of its drafts is submitted; the director can still change it then.</p>
      {loadError && <p className="policies-alert" role="alert">{loadError}</p>}
      {loaded && chains.length === 0 && !editing && <p>No chains yet.</p>}
      {chains.length > 0 && (
        <ul className="approval-chains" aria-label="Approval chains">
          {chains.map((chain) => (
            <li key={chain.id} className="approval-chains__item">
              <strong>{chain.category}</strong>
              <span>{chain.steps.map((s) => (s.missing ? `${s.name} (gone)` : s.name)).join(' → ')}</span>
              <Button variant="ghost" onClick={() => edit(chain.category)} aria-label={`Edit the chain for ${chain.category}`}>Edit</Button>
              <Button variant="ghost" onClick={() => void remove(chain.category)} aria-label={`Remove the chain for ${chain.category}`}>Remove</Button>
            </li>
          ))}
        </ul>
      )}
      {editing && (
        <form className="policies-form" onSubmit={save} noValidate aria-label="Approval chain">
          {error && <p className="policies-alert" role="alert">{error}</p>}
          <TextField label="Category" value={category} onChange={(e) => setCategory(e.target.value)} placeholder="Infection control" />
          <ApproverChainEditor idPrefix="chain" approvers={approvers} onChange={setApprovers} />
          <div className="inline-add">
            <Button variant="primary" type="submit" busy={busy}>Save chain</Button>
            <Button onClick={() => setEditing(false)}>Cancel</Button>
          </div>
        </form>
      )}
    </Card>
  );
}
