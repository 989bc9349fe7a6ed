// Approved minutes are locked: the banner says so, lists the amendments carried since, and offers to propose another.
import { useState } from 'react';
import { Button, formatDayOf as dayText } from '../../../ui';
import { AmendmentDialog } from './AmendmentDialog';
import { useMeetingStore, type Meeting } from './store';


export function LockedBanner({ meeting }: { meeting: Meeting }) {
  const refusal = useMeetingStore((state) => state.lockedRefusal);
  const [proposing, setProposing] = useState(false);
  return (
    <section className="meetings-locked" aria-label="Locked minutes" data-testid="locked-banner">
      <div className="meetings-locked__head">
        <div>
          <h2 className="meetings-locked__title">Minutes approved and locked{meeting.minutesApprovedAt ? ` on ${dayText(meeting.minutesApprovedAt)}` : ''}</h2>
          <p>{refusal ?? 'These minutes can no longer be edited. A correction is an amendment, carried by its own motion at a later meeting.'}</p>
        </div>
        <Button variant="primary" onClick={() => setProposing(true)}>Propose an amendment</Button>
      </div>
      {meeting.amendments.length > 0 && (
        <>
          <h3 className="meetings-locked__subtitle">Amendments</h3>
          <ol className="meetings-locked__amendments" aria-label="Amendments">
            {meeting.amendments.map((a) => (
              <li key={a.id}>
                {a.text} <span className="meetings__muted">— carried {dayText(a.createdAt)}</span>
              </li>
            ))}
          </ol>
        </>
      )}
      {proposing && <AmendmentDialog lockedMeeting={meeting} onClose={() => setProposing(false)} />}
    </section>
  );
}
