// Add a committee member: someone from the staff list, or an outside member by name, with a role and whether they vote.
import { useState } from 'react';
import { Button, CheckboxField, SelectField, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import type { FieldErrors } from '../field-errors';
import { optionsOf, roleLabel } from '../labels';
import { StaffSearch, type StaffChoice } from './StaffSearch';
import { useCommitteesStore, type Committee } from './store';

type Role = keyof typeof roleLabel;

export function AddMemberDialog({ committee, onClose }: { committee: Committee; onClose(): void }) {
  const addMember = useCommitteesStore((state) => state.addMember);
  const [source, setSource] = useState<'staff' | 'outside'>('staff');
  const [person, setPerson] = useState<StaffChoice | null>(null);
  const [name, setName] = useState('');
  const [role, setRole] = useState<Role>('member');
  const [voting, setVoting] = useState(true);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit() {
    if (source === 'staff' && !person) return setErrors({ staffId: 'Choose someone from the staff list, or add an outside member by name.' });
    if (source === 'outside' && !name.trim()) return setErrors({ name: 'Give the member’s name.' });
    setBusy(true);
    const result = await addMember({ committeeId: committee.id, role, voting, ...(source === 'staff' ? { staffId: person!.id } : { staffId: null, name }) });
    setBusy(false);
    if (result.ok) return onClose();
    setErrors(result.fieldErrors);
    setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
  }

  return (
    <Dialog
      title={`Add a member to ${committee.name}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void submit()}>{busy ? 'Adding…' : 'Add member'}</Button>
        </>
      }
    >
      <div className="meetings__form">
        <fieldset className="meetings__choice">
          <legend className="field__label">Who</legend>
          <label><input type="radio" name="member-source" checked={source === 'staff'} onChange={() => setSource('staff')} /> From the staff list</label>
          <label><input type="radio" name="member-source" checked={source === 'outside'} onChange={() => setSource('outside')} /> An outside member</label>
        </fieldset>
        {source === 'staff' ? (
          person ? (
            <div className="field">
              <span className="field__label">Member</span>
              <div className="meetings__chosen">
                <span><strong>{person.name}</strong> <span className="meetings__muted">{person.detail}</span></span>
                <Button variant="ghost" onClick={() => setPerson(null)}>Change</Button>
              </div>
            </div>
          ) : (
            <>
              <StaffSearch label="Find on the staff list" onPick={setPerson} excludeIds={committee.members.flatMap((m) => (m.staffId && m.active ? [m.staffId] : []))} />
              {errors['staffId'] && <p className="field__error" role="alert">{errors['staffId']}</p>}
            </>
          )
        ) : (
          <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} placeholder="Ed Eldermore (CEO)" error={errors['name']} hint="A community member, a board member or anyone not on the staff list." />
        )}
        <SelectField label="Role" value={role} onChange={(e) => setRole(e.target.value as Role)} options={optionsOf(roleLabel)} />
        <CheckboxField label="Voting member" checked={voting} onChange={(e) => setVoting(e.target.checked)} hint="Voting members count towards quorum and vote on motions." />
        {message && <p className="meetings__error" role="alert">{message}</p>}
      </div>
    </Dialog>
  );
}
