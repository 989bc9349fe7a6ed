// Add a committee with the quorum rule its bylaws set: a majority, two thirds, or a fixed number of voting members.
import { useState } from 'react';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import type { FieldErrors } from '../field-errors';
import { committeeKindLabel, optionsOf } from '../labels';
import { useCommitteesStore } from './store';
import { useKeptText } from '../../../app/kept-text';

type Kind = keyof typeof committeeKindLabel;
type Rule = 'majority' | 'two-thirds' | 'fixed';

export function NewCommitteeDialog({ onClose }: { onClose(): void }) {
  const create = useCommitteesStore((state) => state.create);
  const [name, setName] = useState('');
  const [kind, setKind] = useState<Kind>('medical-executive');
  const [quorumRule, setRule] = useState<Rule>('majority');
  const [count, setCount] = useState('');
  const [description, setDescription, forgetDescription] = useKeptText('committee-purpose:new');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    setBusy(true);
    const quorumCount = quorumRule === 'fixed' && count.trim() ? Number(count) : null;
    const result = await create({ name, kind, quorumRule, quorumCount, description });
    setBusy(false);
    if (result.ok) return (forgetDescription(), onClose());
    setErrors(result.fieldErrors);
    setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  return (
    <Dialog
      title="New committee"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void submit()}>{busy ? 'Adding…' : 'Add committee'}</Button>
        </>
      }
    >
      <form className="meetings__form" onSubmit={(event) => (event.preventDefault(), void submit())}>
        <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Medical Executive Committee" error={errors['name']} />
        <SelectField label="Kind" value={kind} onChange={(e) => setKind(e.target.value as Kind)} options={optionsOf(committeeKindLabel)} />
        <SelectField
          label="Quorum"
          value={quorumRule}
          onChange={(e) => setRule(e.target.value as Rule)}
          options={[{ value: 'majority', label: 'A majority of voting members' }, { value: 'two-thirds', label: 'Two thirds of voting members' }, { value: 'fixed', label: 'A fixed number of voting members' }]}
          error={quorumRule === 'fixed' ? undefined : errors['quorumRule']}
        />
        {quorumRule === 'fixed' && <TextField label="Voting members needed" type="number" min={1} max={100} value={count} onChange={(e) => setCount(e.target.value)} error={errors['quorumCount'] ?? errors['quorumRule']} />}
        <TextAreaField label="Purpose" value={description} onChange={(e) => setDescription(e.target.value)} rows={2} error={errors['description']} />
        {message && <p className="meetings__error" role="alert">{message}</p>}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
