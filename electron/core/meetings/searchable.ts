// Committees, meetings and what was said at them in the global search: agenda items with their minutes, motions,
// action items and amendments to locked minutes, each opening its meeting.
import { joinedSql, ownRows, type IndexedSearchKind } from '../search/searchable-kind';

const meetingTitleChanges = { entity: 'meeting', columns: ['title', 'startsAt'] } as const;
/** "MEC — 2026-11-12": the meeting a hit belongs to, as its subtitle starts. */
const meetingSql = (alias: string) => `(${alias}.title || ' — ' || substr(${alias}.starts_at, 1, 10))`;

export const committeeSearch: IndexedSearchKind = {
  kind: 'committee',
  label: 'Committees',
  entity: 'committee',
  feeds: [ownRows('committee', ['name', 'kind', 'description'])],
  rows: `SELECT id, name AS title, replace(kind, '-', ' ') AS subtitle, coalesce(description, '') AS body, '' AS identifiers, '#/meetings/committees' AS opens FROM committees`,
};

export const meetingSearch: IndexedSearchKind = {
  kind: 'meeting',
  label: 'Meetings',
  entity: 'meeting',
  feeds: [
    ownRows('meeting', ['committeeId', 'title', 'startsAt', 'location', 'status']),
    { entity: 'committee', ids: 'SELECT id FROM meetings WHERE committee_id = {row}.id', columns: ['name'] },
  ],
  rows: `SELECT m.id, m.title AS title, ${joinedSql('c.name', 'substr(m.starts_at, 1, 10)', 'm.location', 'm.status')} AS subtitle, '' AS body,
      '' AS identifiers, '#/meetings/' || m.id AS opens
    FROM meetings m JOIN committees c ON c.id = m.committee_id`,
};

export const agendaItemSearch: IndexedSearchKind = {
  kind: 'agendaItem',
  label: 'Agenda items and minutes',
  entity: 'agendaItem',
  feeds: [
    ownRows('agendaItem', ['meetingId', 'title', 'presenter', 'description', 'minutesText']),
    { ...meetingTitleChanges, ids: 'SELECT id FROM agenda_items WHERE meeting_id = {row}.id' },
  ],
  rows: `SELECT a.id, a.title AS title, ${joinedSql(meetingSql('m'), 'a.presenter')} AS subtitle,
      trim(coalesce(a.description, '') || char(10) || coalesce(a.minutes_text, '')) AS body, '' AS identifiers, '#/meetings/' || a.meeting_id AS opens
    FROM agenda_items a JOIN meetings m ON m.id = a.meeting_id`,
};

export const motionSearch: IndexedSearchKind = {
  kind: 'motion',
  label: 'Motions',
  entity: 'motion',
  feeds: [ownRows('motion', ['meetingId', 'text', 'result']), { ...meetingTitleChanges, ids: 'SELECT id FROM motions WHERE meeting_id = {row}.id' }],
  rows: `SELECT x.id, substr(x.text, 1, 140) AS title, ${joinedSql(meetingSql('m'), 'x.result')} AS subtitle, x.text AS body, '' AS identifiers,
      '#/meetings/' || x.meeting_id AS opens
    FROM motions x JOIN meetings m ON m.id = x.meeting_id`,
};

export const actionItemSearch: IndexedSearchKind = {
  kind: 'actionItem',
  label: 'Action items',
  entity: 'actionItem',
  feeds: [
    ownRows('actionItem', ['meetingId', 'description', 'ownerName', 'dueOn', 'status']),
    { ...meetingTitleChanges, ids: 'SELECT id FROM action_items WHERE meeting_id = {row}.id' },
  ],
  rows: `SELECT x.id, substr(x.description, 1, 140) AS title, ${joinedSql('x.owner_name', "'due ' || x.due_on", 'x.status', meetingSql('m'))} AS subtitle,
      x.description AS body, '' AS identifiers, '#/meetings/' || x.meeting_id AS opens
    FROM action_items x JOIN meetings m ON m.id = x.meeting_id`,
};

export const minutesAmendmentSearch: IndexedSearchKind = {
  kind: 'minutesAmendment',
  label: 'Amendments to minutes',
  entity: 'minutesAmendment',
  feeds: [ownRows('minutesAmendment'), { ...meetingTitleChanges, ids: 'SELECT id FROM minutes_amendments WHERE meeting_id = {row}.id' }],
  rows: `SELECT x.id, 'Amendment to the minutes of ' || ${meetingSql('m')} AS title, '' AS subtitle, x.text AS body, '' AS identifiers,
      '#/meetings/' || x.meeting_id AS opens
    FROM minutes_amendments x JOIN meetings m ON m.id = x.meeting_id`,
};
