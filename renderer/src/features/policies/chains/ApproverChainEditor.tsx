// An ordered list of approvers (people from the staff list, committees from the committees), reordered and trimmed in
// place: the submit dialog and a category's reusable chain edit the same thing the same way.
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { Button, CloseIcon } from '../../../ui';
import { useCommitteesStore } from '../../meetings/committees/store';
import { hashForMeetingsView } from '../../meetings/meetings-view';
import { StaffPicker } from '../StaffPicker';

export type Approver = InputOf<'policies.submit'>['approvers'][number];
export type ListedApprover = Approver & { key: string; name: string; detail: string };

/** What the core takes: the shown names and keys dropped. */
export function approverInputs(list: readonly ListedApprover[]): Approver[] {
  return list.map((a) => (a.kind === 'person' ? { kind: 'person', staffId: a.staffId } : { kind: 'committee', name: a.name }));
}

export function ApproverChainEditor({ approvers, onChange, excludeStaffIds = [], idPrefix }: {
  approvers: ListedApprover[];
  onChange(next: ListedApprover[]): void;
  /** The author of the draft, who cannot approve it. */
  excludeStaffIds?: string[];
  idPrefix: string;
}) {
  const [committee, setCommittee] = useState('');
  const committees = useCommitteesStore((s) => s.committees);
  const committeesLoaded = useCommitteesStore((s) => s.loaded);
  useEffect(() => {
    void useCommitteesStore.getState().load();
  }, []);
  // A committee approves by motion, matched by its name: only committees that exist can be chosen (a typed name that
  // matched none could never be approved).
  const chosenCommittees = new Set(approvers.flatMap((a) => (a.kind === 'committee' ? [a.name] : [])));
  const committeeChoices = committees.filter((c) => !chosenCommittees.has(c.name));

  function move(index: number, by: -1 | 1) {
    const next = [...approvers];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    onChange(next);
  }

  function addCommittee() {
    const name = committee.trim();
    if (!name) return;
    onChange([...approvers, { kind: 'committee', name, key: `committee:${name}`, detail: 'Committee' }]);
    setCommittee('');
  }

  return (
    <>
      {approvers.length === 0 ? (
        <p className="policies__muted">No approvers yet: add people or committees below.</p>
      ) : (
        <ol className="approver-list" aria-label="Approvers in order">
          {approvers.map((a, index) => (
            <li key={a.key} className="approver-list__item">
              <span className="approval__position" aria-hidden="true">{index + 1}</span>
              <span className="approver-list__name">
                <strong>{a.name}</strong> <span className="policies__muted">{a.detail}</span>
              </span>
              <Button variant="ghost" disabled={index === 0} onClick={() => move(index, -1)} aria-label={`Move ${a.name} up`}>↑</Button>
              <Button variant="ghost" disabled={index === approvers.length - 1} onClick={() => move(index, 1)} aria-label={`Move ${a.name} down`}>↓</Button>
              <Button variant="ghost" onClick={() => onChange(approvers.filter((x) => x.key !== a.key))} aria-label={`Remove ${a.name}`}>
                <CloseIcon />
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div className="policies-form__row">
        <StaffPicker
          label="Add a person"
          value={null}
          keepsEmpty
          excludeIds={[...excludeStaffIds, ...approvers.flatMap((a) => (a.kind === 'person' ? [a.staffId] : []))]}
          onChange={(person) => person && onChange([...approvers, { kind: 'person', staffId: person.id, key: `person:${person.id}`, name: person.name, detail: person.detail }])}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${idPrefix}-committee-choice`}>Add a committee</label>
          <div className="inline-add">
            <select id={`${idPrefix}-committee-choice`} className="field__control" value={committee} onChange={(e) => setCommittee(e.target.value)} disabled={committeeChoices.length === 0}>
              <option value="">{committeesLoaded && committees.length === 0 ? 'No committees yet' : 'Choose a committee…'}</option>
              {committeeChoices.map((c) => <option key={c.id} value={c.name}>{c.name}</option>)}
            </select>
            <Button onClick={addCommittee} disabled={!committee}>Add committee</Button>
          </div>
          {committeesLoaded && committees.length === 0 && (
            <p className="field__hint">Set up committees in <a href={hashForMeetingsView({ section: 'committees' })}>Meetings → Committees</a>.</p>
          )}
        </div>
      </div>
    </>
  );
}
