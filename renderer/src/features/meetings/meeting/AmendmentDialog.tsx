// Propose an amendment to locked minutes: the correction, moved at a later meeting of the same committee with its own
// mover, seconder and votes. The minutes themselves never change; a carried amendment is listed with them.
import { useEffect, useState } from 'react';
import { call, readableMessage } from '../../../client';
import { Button, SelectField, TextAreaField, toastSuccess } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import type { FieldErrors } from '../field-errors';
import { meetingDayText } from '../meeting-time';
import { initialVoting, MotionVoting, votesOf, votingProblems, type MotionVotingValue } from './MotionVoting';
import { useMeetingStore, type Meeting, type MotionRules } from './store';
import { useKeptText } from '../../../app/kept-text';

type MeetingRow = { id: string; title: string; startsAt: string; timeZone: string };

export function AmendmentDialog({ lockedMeeting, onClose }: { lockedMeeting: Meeting; onClose(): void }) {
  const amend = useMeetingStore((state) => state.amend);
  const [venues, setVenues] = useState<MeetingRow[] | null>(null);
  const [venueId, setVenueId] = useState('');
  const [venue, setVenue] = useState<Meeting | null>(null);
  const [text, setText, forgetText] = useKeptText(`amendment:${lockedMeeting.id}`);
  const [voting, setVoting] = useState<MotionVotingValue | null>(null);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const loadRules = useMeetingStore((state) => state.motionRules);
  // Amending adopted minutes needs two thirds unless the committee's rules say otherwise: the grid shows what it needs.
  const [rules, setRules] = useState<MotionRules | null>(null);

  // An amendment is moved at a later meeting of the same committee whose own minutes are still open.
  useEffect(() => {
    call('meetings.list', { committeeId: lockedMeeting.committeeId })
      .then((rows) => {
        const open = rows.filter((r) => r.startsAt > lockedMeeting.startsAt && r.status !== 'minutes-approved').sort((a, b) => a.startsAt.localeCompare(b.startsAt));
        setVenues(open);
        setVenueId(open[0]?.id ?? '');
      })
      .catch((error) => setMessage(readableMessage(error)));
  }, [lockedMeeting.committeeId, lockedMeeting.startsAt]);

  useEffect(() => {
    if (!venueId) return setVenue(null);
    let current = true;
    call('meetings.get', { id: venueId })
      .then((m) => current && (setVenue(m), setVoting(initialVoting(m))))
      .then(() => loadRules({ meetingId: venueId, kind: 'amend', subject: null }))
      .then((r) => current && setRules(r ?? null))
      .catch((error) => current && setMessage(readableMessage(error)));
    return () => {
      current = false;
    };
  }, [venueId]);

  async function submit() {
    if (!venue || !voting) return;
    const problems = votingProblems(venue, voting);
    if (!text.trim()) problems['text'] = 'Say what the correction is.';
    setErrors(problems);
    setMessage(null);
    if (Object.keys(problems).length) return;
    setBusy(true);
    const result = await amend({ meetingId: lockedMeeting.id, text, motionMeetingId: venue.id, moverMemberId: voting.moverMemberId, seconderMemberId: voting.seconderMemberId || null, votes: votesOf(voting) });
    setBusy(false);
    if (!result.ok) {
      setErrors(result.fieldErrors);
      return setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
    const carried = result.value.amendments.some((a) => a.text === text.trim());
    forgetText();
    toastSuccess(carried ? 'Amendment carried' : 'Amendment motion failed', carried ? 'It is listed with the minutes.' : `The motion is recorded in ${venue.title}; the minutes are unchanged.`);
    onClose();
  }

  return (
    <Dialog
      wide
      title={`Propose an amendment to the minutes of ${lockedMeeting.title}`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} disabled={!venue} onClick={() => void submit()}>{busy ? 'Recording…' : 'Record the amendment motion'}</Button>
        </>
      }
    >
      <div className="meetings__form">
        <TextAreaField label="Correction" value={text} onChange={(e) => setText(e.target.value)} rows={3} error={errors['text']} hint="For example: The meeting was called to order at 8:35 am, not 8:32 am." />
        {venues !== null && venues.length === 0 ? (
          <p className="meetings__warning" role="note">An amendment is moved at a later meeting of {lockedMeeting.committeeName}. Schedule one first.</p>
        ) : (
          <SelectField
            label="Moved at"
            value={venueId}
            onChange={(e) => setVenueId(e.target.value)}
            options={(venues ?? []).map((v) => ({ value: v.id, label: `${v.title} — ${meetingDayText(v.startsAt, v.timeZone)}` }))}
            error={errors['motionMeetingId']}
          />
        )}
        {venue && voting && <MotionVoting meeting={venue} value={voting} onChange={setVoting} errors={errors} rules={rules} />}
        {message && <p className="meetings__error" role="alert">{message}</p>}
      </div>
    </Dialog>
  );
}
