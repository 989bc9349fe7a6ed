// Schedule a meeting: committee, title, type, the date and time in the zone the committee meets in, and where.
import { useEffect, useState } from 'react';
import { call } from '../../../client';
import { Button, SelectField, TextField } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import type { Committee } from '../committees/store';
import type { FieldErrors } from '../field-errors';
import { meetingTypeLabel, optionsOf } from '../labels';
import { timeZoneChoices, zonedToIso } from '../meeting-time';
import { useMeetingsViewStore } from '../meetings-view';
import { useMeetingsListStore } from './store';

type MeetingType = keyof typeof meetingTypeLabel;

export function ScheduleMeetingDialog({ committees, defaultCommitteeId, onClose }: { committees: readonly Committee[]; defaultCommitteeId: string | null; onClose(): void }) {
  const schedule = useMeetingsListStore((state) => state.schedule);
  const go = useMeetingsViewStore((state) => state.go);
  const [committeeId, setCommitteeId] = useState(defaultCommitteeId ?? committees[0]?.id ?? '');
  const [title, setTitle] = useState('');
  const [type, setType] = useState<MeetingType>('regular');
  const [date, setDate] = useState('');
  const [time, setTime] = useState('08:00');
  const [timeZone, setTimeZone] = useState(Intl.DateTimeFormat().resolvedOptions().timeZone);
  const [location, setLocation] = useState('');
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  // The organisation's own zone is the sensible default: most committees meet where the hospital is.
  useEffect(() => {
    call('settings.get', {}).then((s) => setTimeZone(s.timeZone)).catch(() => undefined);
  }, []);

  async function submit() {
    const startsAt = zonedToIso(date, time, timeZone);
    if (!startsAt) {
      setErrors({ startsAt: 'Choose the date and time the meeting starts.' });
      return;
    }
    setBusy(true);
    const result = await schedule({ committeeId, title, type, startsAt, timeZone, location });
    setBusy(false);
    if (result.ok) {
      onClose();
      go({ section: 'meeting', meetingId: result.value.id });
    } else {
      setErrors(result.fieldErrors);
      setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
  }

  return (
    <Dialog
      title="Schedule a meeting"
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" busy={busy} onClick={() => void submit()}>{busy ? 'Scheduling…' : 'Schedule'}</Button>
        </>
      }
    >
      <form className="meetings__form" onSubmit={(event) => (event.preventDefault(), void submit())}>
        <SelectField label="Committee" value={committeeId} onChange={(e) => setCommitteeId(e.target.value)} options={committees.map((c) => ({ value: c.id, label: c.name }))} error={errors['committeeId']} />
        <TextField label="Title" value={title} onChange={(e) => setTitle(e.target.value)} placeholder="November Medical Executive Committee" error={errors['title']} />
        <SelectField label="Type" value={type} onChange={(e) => setType(e.target.value as MeetingType)} options={optionsOf(meetingTypeLabel)} />
        <div className="meetings__form-row">
          <TextField label="Date" type="date" value={date} onChange={(e) => setDate(e.target.value)} error={errors['startsAt']} />
          <TextField label="Starts at" type="time" value={time} onChange={(e) => setTime(e.target.value)} />
        </div>
        <SelectField label="Time zone" value={timeZone} onChange={(e) => setTimeZone(e.target.value)} options={timeZoneChoices(timeZone).map((z) => ({ value: z, label: z.replace(/_/g, ' ') }))} hint="The meeting is shown at this zone’s clock on every computer." error={errors['timeZone']} />
        <TextField label="Location" value={location} onChange={(e) => setLocation(e.target.value)} placeholder="Board room, 3rd floor" error={errors['location']} />
        {message && <p className="meetings__error" role="alert">{message}</p>}
        <button type="submit" hidden />
      </form>
    </Dialog>
  );
}
