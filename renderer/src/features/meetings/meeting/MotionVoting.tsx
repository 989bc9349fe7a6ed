// Mover, seconder and the vote grid (one row per voting member) shared by motions and amendments; the preview of the
// result uses the shared rule, and the result recorded is the one the core computes.
import { describeTally, motionCarries, tally, type Vote } from '../../../../../shared/domain/quorum';
import { Button, SelectField } from '../../../ui';
import type { FieldErrors } from '../field-errors';
import { attendanceLabel, voteLabel } from '../labels';
import { attendanceOf, votingMembers, type Meeting } from './store';

export interface MotionVotingValue {
  moverMemberId: string;
  seconderMemberId: string;
  votes: Record<string, Vote | undefined>;
}

const voteChoices = Object.keys(voteLabel) as Vote[];

/** Present voting members start with no vote (none is assumed); those not present can only be recorded absent. */
export function initialVoting(meeting: Meeting): MotionVotingValue {
  const votes: MotionVotingValue['votes'] = {};
  for (const m of votingMembers(meeting)) votes[m.id] = attendanceOf(meeting, m.id) === 'present' ? undefined : 'absent';
  return { moverMemberId: '', seconderMemberId: '', votes };
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

export function MotionVoting({ meeting, value, onChange, errors }: { meeting: Meeting; value: MotionVotingValue; onChange(value: MotionVotingValue): void; errors: FieldErrors }) {
  const present = meeting.members.filter((m) => attendanceOf(meeting, m.id) === 'present');
  const voters = votingMembers(meeting);
  const cast = votesOf(value).map((v) => v.vote);
  const counted = tally(cast);
  const complete = cast.length === voters.length;
  const setVote = (memberId: string, vote: Vote) => onChange({ ...value, votes: { ...value.votes, [memberId]: vote } });

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
      <fieldset className="vote-grid" aria-describedby={errors['votes'] ? 'vote-grid-error' : undefined}>
        <legend className="field__label vote-grid__legend">
          Votes
          <Button
            variant="ghost"
            onClick={() => onChange({ ...value, votes: Object.fromEntries(voters.map((m) => [m.id, value.votes[m.id] ?? (attendanceOf(meeting, m.id) === 'present' ? 'yes' : 'absent')])) })}
          >
            Everyone present votes yes
          </Button>
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
              return (
                <tr key={member.id} role="radiogroup" aria-label={`Vote of ${member.name}`} data-testid="vote-row">
                  <th scope="row">
                    {member.name}
                    <div className="meetings__muted">{status ? attendanceLabel[status] : 'Attendance not recorded'}</div>
                  </th>
                  {voteChoices.map((v) => (
                    <td key={v}>
                      <input
                        type="radio"
                        name={`vote-${member.id}`}
                        aria-label={`${member.name}: ${voteLabel[v]}`}
                        checked={value.votes[member.id] === v}
                        disabled={!isPresent && v !== 'absent'}
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
        <p className="vote-grid__preview" data-testid="vote-preview">
          {complete
            ? `If recorded now: ${describeTally(counted)} — ${motionCarries(counted, meeting.quorum.quorate) ? 'carries' : meeting.quorum.quorate ? 'fails' : 'fails (no quorum)'}.`
            : `${cast.length} of ${voters.length} votes recorded.`}
        </p>
      </fieldset>
    </>
  );
}
