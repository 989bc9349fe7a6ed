// The committees: each with its quorum rule, the votes its motions need, and members (role, voting), members added from
// the staff list or by name.
import { useEffect, useState } from 'react';
import { defaultThresholds, quorumRequired, thresholdFor, type Threshold } from '../../../../../shared/domain/quorum';
import { Badge, Button, Card, EmptyState, MeetingsIcon, PageHeader, PlusIcon, Table, toastError } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { committeeKindLabel, optionsOf, quorumRuleLabel, roleLabel } from '../labels';
import { AddMemberDialog } from './AddMemberDialog';
import { NewCommitteeDialog } from './NewCommitteeDialog';
import { useCommitteesStore, type Committee, type CommitteeMember } from './store';

export function CommitteesView() {
  const { committees, loaded, loadError, load } = useCommitteesStore();
  const [creating, setCreating] = useState(false);
  const [addingTo, setAddingTo] = useState<Committee | null>(null);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Committees"
        description="Who sits on each committee, who votes, and how many voting members make a quorum."
        actions={<Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>New committee</Button>}
      />
      {loadError && <p className="meetings__error" role="alert">{loadError}</p>}
      {loaded && committees.length === 0 && (
        <EmptyState icon={<MeetingsIcon />} title="No committees yet" description="Add the Medical Executive Committee, Credentials, Quality, Pharmacy & Therapeutics, Ethics or the Board, then its members." />
      )}
      {committees.map((committee) => (
        <CommitteeCard key={committee.id} committee={committee} onAddMember={() => setAddingTo(committee)} />
      ))}
      {creating && <NewCommitteeDialog onClose={() => setCreating(false)} />}
      {addingTo && <AddMemberDialog committee={committees.find((c) => c.id === addingTo.id) ?? addingTo} onClose={() => setAddingTo(null)} />}
    </>
  );
}

function CommitteeCard({ committee, onAddMember }: { committee: Committee; onAddMember(): void }) {
  const active = committee.members.filter((m) => m.active);
  const voting = active.filter((m) => m.voting).length;
  const needed = quorumRequired(voting, committee.quorumRule, committee.quorumCount);
  return (
    <Card
      className="meetings__card"
      aria-label={committee.name}
      title={committee.name}
      actions={
        <>
          <HistoryButton entity="committee" id={committee.id} name={committee.name} />
          <Button icon={<PlusIcon />} onClick={onAddMember} aria-label={`Add member to ${committee.name}`}>Add member</Button>
        </>
      }
      flush
    >
      <p className="meetings__committee-facts" data-testid="committee-quorum">
        <span>{committeeKindLabel[committee.kind]}</span>
        <span>Quorum: {quorumRuleLabel(committee.quorumRule, committee.quorumCount)} — {needed} of {voting} voting {voting === 1 ? 'member' : 'members'} today</span>
        {committee.description && <span>{committee.description}</span>}
      </p>
      <MotionThresholds committee={committee} />
      {committee.members.length === 0 ? (
        <p className="meetings__empty">No members yet. Add the chair first.</p>
      ) : (
        <Table label={`Members of ${committee.name}`}>
          <thead>
            <tr>
              <th scope="col">Member</th>
              <th scope="col" style={{ width: '20%' }}>Role</th>
              <th scope="col" style={{ width: '16%' }}>Vote</th>
              <th scope="col" style={{ width: '20%' }}>Membership</th>
            </tr>
          </thead>
          <tbody>
            {[...active, ...committee.members.filter((m) => !m.active)].map((member) => <MemberRow key={member.id} member={member} />)}
          </tbody>
        </Table>
      )}
    </Card>
  );
}

const thresholdChoices: { value: Threshold; label: string }[] = [
  { value: 'majority', label: 'a majority of the votes cast' },
  { value: 'two-thirds', label: 'two thirds of the votes cast' },
];

/**
 * What its motions need to carry: Robert's Rules' defaults (a majority; two thirds to amend something adopted, such as
 * minutes or the bylaws) unless the committee's own rules say otherwise. Ordinary motions share one setting.
 */
function MotionThresholds({ committee }: { committee: Committee }) {
  const setRules = useCommitteesStore((state) => state.setRules);
  const own = committee.motionThresholds ?? {};
  async function choose(kinds: readonly (keyof typeof defaultThresholds)[], threshold: Threshold) {
    const next = { ...own };
    for (const kind of kinds) {
      if (threshold === defaultThresholds[kind]) delete next[kind];
      else next[kind] = threshold;
    }
    const result = await setRules({ id: committee.id, motionThresholds: next });
    if (!result.ok) toastError('The committee’s rules were not changed', result.error);
  }
  const ordinary = ['approve', 'table', 'refer', 'other'] as const;
  return (
    <p className="meetings__committee-facts" data-testid="committee-thresholds">
      <label className="meetings__inline-check">
        Motions carry with
        <select className="field__control meetings__inline-select" aria-label={`Motions of ${committee.name} carry with`} value={thresholdFor('approve', own)} onChange={(e) => void choose(ordinary, e.target.value as Threshold)}>
          {thresholdChoices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
      <label className="meetings__inline-check">
        Amending adopted minutes or bylaws needs
        <select className="field__control meetings__inline-select" aria-label={`Amendments of ${committee.name} need`} value={thresholdFor('amend', own)} onChange={(e) => void choose(['amend'], e.target.value as Threshold)}>
          {thresholdChoices.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </label>
    </p>
  );
}

function MemberRow({ member }: { member: CommitteeMember }) {
  const updateMember = useCommitteesStore((state) => state.updateMember);
  async function patch(p: { role?: CommitteeMember['role']; voting?: boolean; active?: boolean }) {
    const result = await updateMember({ id: member.id, patch: p });
    if (!result.ok) toastError(`${member.name} was not changed`, result.error);
  }
  return (
    <tr data-testid="committee-member" className={member.active ? undefined : 'meetings__inactive'}>
      <td>
        <strong>{member.name}</strong>
        <div className="meetings__muted">{member.staffId ? 'On the staff list' : 'Outside member'}</div>
      </td>
      <td>
        <select className="field__control meetings__inline-select" aria-label={`Role of ${member.name}`} value={member.role} onChange={(e) => void patch({ role: e.target.value as CommitteeMember['role'] })} disabled={!member.active}>
          {optionsOf(roleLabel).map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      </td>
      <td>
        <label className="meetings__inline-check">
          <input type="checkbox" checked={member.voting} onChange={(e) => void patch({ voting: e.target.checked })} disabled={!member.active} aria-label={`${member.name} votes`} />
          {member.voting ? <Badge tone="info">Voting</Badge> : <Badge tone="neutral">Non-voting</Badge>}
        </label>
      </td>
      <td>
        {member.active ? (
          <Button variant="ghost" onClick={() => void patch({ active: false })} aria-label={`Remove ${member.name} from the committee`}>Remove</Button>
        ) : (
          <span className="meetings__inline-check">
            <Badge tone="neutral">Former member</Badge>
            <Button variant="ghost" onClick={() => void patch({ active: true })} aria-label={`Restore ${member.name}`}>Restore</Button>
          </span>
        )}
        <HistoryButton entity="committeeMember" id={member.id} name={`${member.name} on the committee`} />
      </td>
    </tr>
  );
}
