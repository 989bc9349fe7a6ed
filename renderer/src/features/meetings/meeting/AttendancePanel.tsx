// Attendance: each member present, absent or excused, and guests by name; the quorum indicator above follows every change.
import { useState } from 'react';
import { Badge, Button, Table, TextField } from '../../../ui';
import { roleLabel } from '../labels';
import { attendanceOf, guestsOf, useMeetingStore, type AttendanceStatus, type Meeting } from './store';

const choices: readonly { value: AttendanceStatus; label: string }[] = [
  { value: 'present', label: 'Present' },
  { value: 'absent', label: 'Absent' },
  { value: 'excused', label: 'Excused' },
];

export function AttendancePanel({ meeting }: { meeting: Meeting }) {
  const { setAttendance, setGuests } = useMeetingStore();
  const [guest, setGuest] = useState('');
  const [guestError, setGuestError] = useState<string | undefined>();
  // A choice shows at once, before the core answers; the answer (and the quorum with it) replaces it.
  const [pending, setPending] = useState<Record<string, AttendanceStatus>>({});
  const guests = guestsOf(meeting);
  const locked = meeting.locked;
  const members = [...meeting.members.filter((m) => m.active), ...meeting.members.filter((m) => !m.active && attendanceOf(meeting, m.id))];

  async function choose(memberId: string, status: AttendanceStatus) {
    setPending((p) => ({ ...p, [memberId]: status }));
    await setAttendance(memberId, status);
    setPending(({ [memberId]: _, ...rest }) => rest);
  }

  async function addGuest() {
    const result = await setGuests([...guests, guest]);
    if (result.ok) return (setGuest(''), setGuestError(undefined));
    setGuestError(Object.values(result.fieldErrors)[0] ?? result.message);
  }

  return (
    <section aria-label="Attendance" className="meetings__stack">
      <Table label="Attendance">
        <thead>
          <tr>
            <th scope="col">Member</th>
            <th scope="col" style={{ width: '16%' }}>Role</th>
            <th scope="col" style={{ width: '14%' }}>Vote</th>
            <th scope="col" style={{ width: '36%' }}>Attendance</th>
          </tr>
        </thead>
        <tbody>
          {members.map((member) => {
            const status = pending[member.id] ?? attendanceOf(meeting, member.id);
            return (
              <tr key={member.id} data-testid="attendance-row">
                <td><strong>{member.name}</strong>{status === null && <div className="meetings__muted">Not recorded yet</div>}</td>
                <td>{roleLabel[member.role]}</td>
                <td>{member.voting ? <Badge tone="info">Voting</Badge> : <Badge tone="neutral">Non-voting</Badge>}</td>
                <td>
                  <div className="segmented" role="radiogroup" aria-label={`Attendance of ${member.name}`}>
                    {choices.map((choice) => (
                      <label key={choice.value} className="segmented__option">
                        <input
                          type="radio"
                          name={`attendance-${member.id}`}
                          value={choice.value}
                          checked={status === choice.value}
                          disabled={locked}
                          onChange={() => void choose(member.id, choice.value)}
                        />
                        <span>{choice.label}</span>
                      </label>
                    ))}
                  </div>
                </td>
              </tr>
            );
          })}
        </tbody>
      </Table>
      <div className="meetings__guests">
        <h3 className="meetings__subheading">Guests</h3>
        {guests.length === 0 ? <p className="meetings__muted">No guests recorded.</p> : (
          <ul className="meetings__guest-list" aria-label="Guests">
            {guests.map((name, index) => (
              <li key={`${name}-${index}`}>
                {name}
                {!locked && <Button variant="ghost" aria-label={`Remove guest ${name}`} onClick={() => void setGuests(guests.filter((_, i) => i !== index))}>Remove</Button>}
              </li>
            ))}
          </ul>
        )}
        {!locked && (
          <form className="meetings__inline-form" onSubmit={(event) => (event.preventDefault(), void addGuest())}>
            <TextField label="Guest’s name" value={guest} onChange={(e) => setGuest(e.target.value)} error={guestError} placeholder="Director of Pharmacy" />
            <Button type="submit">Add guest</Button>
          </form>
        )}
      </div>
    </section>
  );
}
