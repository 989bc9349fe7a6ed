// The next few committee meetings, each a link to its agenda, at the committee's own clock.
import { Badge, Card } from '../../ui';
import { meetingClockText, meetingDayText } from '../meetings/meeting-time';
import { hashForMeeting } from '../meetings/meetings-view';
import type { Attention } from './store';

export function UpcomingMeetings({ meetings }: { meetings: Attention['meetings']['upcoming'] }) {
  return (
    <Card title="Upcoming meetings" className="upcoming" flush actions={<a className="upcoming__all" href="#/meetings">All meetings</a>}>
      {meetings.length === 0 ? (
        <p className="upcoming__none">No meetings scheduled. Schedule one from Meetings.</p>
      ) : (
        <ul className="upcoming__list">
          {meetings.map((m) => (
            <li key={m.id}>
              <a className="upcoming__item" href={hashForMeeting(m.id)}>
                <span className="upcoming__when">
                  <span className="upcoming__day">{meetingDayText(m.startsAt, m.timeZone)}</span>
                  <span className="upcoming__clock">{meetingClockText(m.startsAt, m.timeZone)}</span>
                </span>
                <span className="upcoming__what">
                  <span className="upcoming__title">{m.title}</span>
                  <span className="upcoming__place">{[m.committeeName, m.location].filter(Boolean).join(' · ')}</span>
                </span>
                <Badge tone={m.agendaItems > 0 ? 'info' : 'warning'}>{m.agendaItems > 0 ? `${m.agendaItems} agenda items` : 'No agenda yet'}</Badge>
              </a>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
