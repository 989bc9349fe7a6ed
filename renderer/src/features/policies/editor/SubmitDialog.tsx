// Submit a draft for approval: an ordered list of approvers (people from the staff list, committees from the committees)
// and the day the version comes into force once approved.
import { useEffect, useState, type FormEvent } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { call, readableMessage } from '../../../client';
import { Button, CloseIcon, toastSuccess } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { useCommitteesStore } from '../../meetings/committees/store';
import { hashForMeetingsView } from '../../meetings/meetings-view';
import { StaffPicker } from '../StaffPicker';
import { useEditorStore, type PolicyVersion } from './store';

type Approver = InputOf<'policies.submit'>['approvers'][number];
type ListedApprover = Approver & { key: string; name: string; detail: string };

export function SubmitDialog({ version, onClose, onSubmitted }: { version: PolicyVersion; onClose(): void; onSubmitted(): void }) {
  const save = useEditorStore((s) => s.save);
  const [approvers, setApprovers] = useState<ListedApprover[]>([]);
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
  const [effectiveOn, setEffectiveOn] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  function move(index: number, by: -1 | 1) {
    const next = [...approvers];
    const [step] = next.splice(index, 1);
    next.splice(index + by, 0, step!);
    setApprovers(next);
  }

  function addCommittee() {
    const name = committee.trim();
    if (!name) return;
    setApprovers([...approvers, { kind: 'committee', name, key: `committee:${name}:${approvers.length}`, detail: 'Committee' }]);
    setCommittee('');
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(null);
    try {
      // The text approvers see is the saved text: save what was typed first.
      if (!(await save())) throw new Error('The draft could not be saved, so it was not submitted.');
      const list: Approver[] = approvers.map((a) => (a.kind === 'person' ? { kind: 'person', staffId: a.staffId } : { kind: 'committee', name: a.name }));
      const submitted = await call('policies.submit', { versionId: version.id, approvers: list, effectiveOn: effectiveOn || null });
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
        {error && <p className="policies-alert" role="alert">{error}</p>}
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
                <Button variant="ghost" onClick={() => setApprovers(approvers.filter((x) => x.key !== a.key))} aria-label={`Remove ${a.name}`}>
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
            excludeIds={[version.authorId, ...approvers.flatMap((a) => (a.kind === 'person' ? [a.staffId] : []))]}
            onChange={(person) => person && setApprovers([...approvers, { kind: 'person', staffId: person.id, key: `person:${person.id}`, name: person.name, detail: person.detail }])}
          />
          <div className="field">
            <label className="field__label" htmlFor="committee-choice">Add a committee</label>
            <div className="inline-add">
              <select id="committee-choice" className="field__control" value={committee} onChange={(e) => setCommittee(e.target.value)} disabled={committeeChoices.length === 0}>
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
        <label className="field effective-field">
          <span className="field__label">Effective from</span>
          <input type="date" className="field__control" value={effectiveOn} onChange={(e) => setEffectiveOn(e.target.value)} />
          <span className="field__hint">Leave empty to bring it into force on the day of the last approval.</span>
        </label>
      </form>
    </Dialog>
  );
}
