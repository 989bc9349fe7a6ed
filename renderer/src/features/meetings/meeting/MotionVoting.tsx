// Mover, seconder and the vote grid (one row per voting member) shared by motions and amendments. The grid shows who is
// recused and why, who stepped out of the room, the quorum for this vote and the yes votes needed; the preview uses the
// shared rule, and the result recorded is the one the core computes (it refuses a result the votes cannot give).
import { decideVote, describeTally, thresholdLabel, type Vote } from '../../../../../shared/domain/quorum';
import { Button, SelectField } from '../../../ui';
import type { FieldErrors } from '../field-errors';
import { attendanceLabel, voteLabel } from '../labels';
import { attendanceOf, votingMembers, type Meeting, type MotionRules } from './store';

export interface MotionVotingValue {
  moverMemberId: string;
  seconderMemberId: string;
  votes: Record<string, Vote | undefined>;
}

const voteChoices = Object.keys(voteLabel) as Vote[];
/** What a recused member may be recorded as: recused, or not there at all. */
const recusedChoices: readonly Vote[] = ['recused', 'out-of-room', 'absent'];

/** Present voting members start with no vote (none is assumed); those not present can only be recorded absent. */
export function initialVoting(meeting: Meeting): MotionVotingValue {
  const votes: MotionVotingValue['votes'] = {};
  for (const m of votingMembers(meeting)) votes[m.id] = attendanceOf(meeting, m.id) === 'present' ? undefined : 'absent';
  return { moverMemberId: '', seconderMemberId: '', votes };
}

/** The recused members present are recorded as recused as soon as the rules say who they are. */
export function withRecusals(meeting: Meeting, value: MotionVotingValue, rules: MotionRules | null): MotionVotingValue {
  const votes = { ...value.votes };
  for (const r of rules?.recused ?? []) if (attendanceOf(meeting, r.memberId) === 'present' && !recusedChoices.includes(votes[r.memberId]!)) votes[r.memberId] = 'recused';
  const recused = new Set(rules?.recused.map((r) => r.memberId));
  return { moverMemberId: recused.has(value.moverMemberId) ? '' : value.moverMemberId, seconderMemberId: recused.has(value.seconderMemberId) ? '' : value.seconderMemberId, votes };
}

/** The form's check before the core's: every present voting member needs a vote, and a motion needs a mover. */
export function votingProblems(meeting: Meeting, value: MotionVotingValue): FieldErrors {
  const errors: FieldErrors = {};
  if (!value.moverMemberId) errors['moverMemberId'] = 'Who moved it?';
  const missing = votingMembers(meeting).filter((m) => !value.votes[m.id]);
  if (missing.length) errors['votes'] = `Record a vote for ${missing.map((m) => m.name).join(', ')}.`;
  return errors;
}

export function votesOf(value: MotionVotingValue): { memberId: string; vote: Vote }[] {
  return Object.entries(value.votes).flatMap(([memberId, vote]) => (vote ? [{ memberId, vote }] : []));
}

/** The result the grid shows once every vote is in: what the chair declares, and what the core checks. */
export function previewOf(meeting: Meeting, value: MotionVotingValue, rules: MotionRules | null) {
  return decideVote(meeting.quorum, votesOf(value).map((v) => v.vote), rules?.threshold ?? 'majority');
}

export function MotionVoting({ meeting, value, onChange, errors, rules }: {
  meeting: Meeting; value: MotionVotingValue; onChange(value: MotionVotingValue): void; errors: FieldErrors; rules: MotionRules | null;
}) {
  const recusal = new Map((rules?.recused ?? []).map((r) => [r.memberId, r]));
  const present = meeting.members.filter((m) => attendanceOf(meeting, m.id) === 'present' && !recusal.has(m.id));
  const voters = votingMembers(meeting);
  const cast = votesOf(value);
  const complete = cast.length === voters.length;
  const outcome = previewOf(meeting, value, rules);
  const { quorum } = outcome;
  const threshold = rules?.threshold ?? 'majority';
  const setVote = (memberId: string, vote: Vote) => onChange({ ...value, votes: { ...value.votes, [memberId]: vote } });
  const everyoneYes = () =>
    onChange({
      ...value,
      votes: Object.fromEntries(voters.map((m) => [m.id, value.votes[m.id] ?? (attendanceOf(meeting, m.id) !== 'present' ? 'absent' : recusal.has(m.id) ? 'recused' : 'yes')])),
    });

  return (
    <>
      <div className="meetings__form-row">
        <SelectField
          label="Moved by"
          value={value.moverMemberId}
          onChange={(e) => onChange({ ...value, moverMemberId: e.target.value })}
          options={[{ value: '', label: present.length ? 'Choose a member present' : 'No one is recorded as present' }, ...present.map((m) => ({ value: m.id, label: m.name }))]}
          error={errors['moverMemberId']}
        />
        <SelectField
          label="Seconded by"
          value={value.seconderMemberId}
          onChange={(e) => onChange({ ...value, seconderMemberId: e.target.value })}
          options={[{ value: '', label: 'No seconder' }, ...present.filter((m) => m.id !== value.moverMemberId).map((m) => ({ value: m.id, label: m.name }))]}
          error={errors['seconderMemberId']}
        />
      </div>
      {recusal.size > 0 && (
        <p className="meetings__note" data-testid="recusals">
          {[...recusal.values()].map((r) => `${r.name} is recused from this motion: ${r.reason}.`).join(' ')} No one approves their own work; they neither move, second nor vote.
        </p>
      )}
      <fieldset className="vote-grid" aria-describedby={errors['votes'] ? 'vote-grid-error' : undefined}>
        <legend className="field__label vote-grid__legend">
          Votes
          <Button variant="ghost" onClick={everyoneYes}>Everyone present votes yes</Button>
        </legend>
        <table className="vote-grid__table" aria-label="Votes">
          <thead>
            <tr>
              <th scope="col">Voting member</th>
              {voteChoices.map((v) => <th key={v} scope="col">{voteLabel[v]}</th>)}
            </tr>
          </thead>
          <tbody>
            {voters.map((member) => {
              const status = attendanceOf(meeting, member.id);
              const isPresent = status === 'present';
              const recused = recusal.get(member.id);
              return (
                <tr key={member.id} role="radiogroup" aria-label={`Vote of ${member.name}`} data-testid="vote-row" className={recused ? 'vote-grid__row--recused' : undefined}>
                  <th scope="row">
                    {member.name}
                    <div className="meetings__muted">{recused && isPresent ? `Recused: ${recused.reason}` : status ? attendanceLabel[status] : 'Attendance not recorded'}</div>
                  </th>
                  {voteChoices.map((v) => (
                    <td key={v}>
                      <input
                        type="radio"
                        name={`vote-${member.id}`}
                        aria-label={`${member.name}: ${voteLabel[v]}`}
                        checked={value.votes[member.id] === v}
                        disabled={isPresent ? !!recused && !recusedChoices.includes(v) : v !== 'absent'}
                        onChange={() => setVote(member.id, v)}
                      />
                    </td>
                  ))}
                </tr>
              );
            })}
          </tbody>
        </table>
        {errors['votes'] && <p id="vote-grid-error" className="field__error" role="alert">{errors['votes']}</p>}
        <p className={`vote-grid__quorum vote-grid__quorum--${quorum.quorate ? 'met' : 'short'}`} data-testid="vote-quorum">
          {`Quorum for this vote: ${quorum.presentVoting} of ${quorum.votingMembers} voting members can vote`}
          {quorum.stoodAside ? ` (${quorum.stoodAside} recused or out of the room)` : ''}
          {`, ${quorum.required} needed — ${quorum.quorate ? 'quorum holds' : 'no quorum for this vote'}.`}
        </p>
        <p className="vote-grid__preview" data-testid="vote-needed">
          {`Needs ${thresholdLabel[threshold] === 'majority' ? 'a majority' : thresholdLabel[threshold]} of the votes cast: ${outcome.yesNeeded} yes of ${outcome.tally.yes + outcome.tally.no} cast so far.`}
        </p>
        <p className="vote-grid__preview" data-testid="vote-preview">
          {complete
            ? `If recorded now: ${describeTally(outcome.tally)} — ${outcome.shortfall ? `fails: ${outcome.shortfall}` : 'carries'}.`
            : `${cast.length} of ${voters.length} votes recorded.`}
        </p>
      </fieldset>
    </>
  );
}
