// Action items across every meeting: one list by status, owner and committee, each row naming the meeting it came from.
import type { ActionItemListRow, actionListSorts, actionListStatuses } from '../../../shared/contract/meetings';
import type { CoreContext } from '../context';
import { organisationCalendar } from '../settings/today';

const stillOpen = `a.status IN ('open', 'in-progress')`;

const statusWhere: Record<(typeof actionListStatuses)[number], string> = {
  open: stillOpen,
  overdue: `${stillOpen} AND a.due_on < @today`,
  done: `a.status = 'done'`,
  cancelled: `a.status = 'cancelled'`,
  all: '1',
};

// Every order ends on the due date then the action's own words, so rows never shuffle between readings.
const orderBy: Record<(typeof actionListSorts)[number], string> = {
  due: `a.due_on IS NULL, a.due_on, a.owner_name COLLATE NOCASE, a.description`,
  owner: `a.owner_name COLLATE NOCASE, a.due_on IS NULL, a.due_on, a.description`,
  status: `CASE a.status WHEN 'in-progress' THEN 0 WHEN 'open' THEN 1 WHEN 'done' THEN 2 ELSE 3 END, a.due_on IS NULL, a.due_on, a.description`,
  meeting: `m.starts_at DESC, a.due_on IS NULL, a.due_on, a.description`,
};

export interface ActionListQuery {
  status: (typeof actionListStatuses)[number];
  sort: (typeof actionListSorts)[number];
  owner?: string | undefined;
  committeeId?: string | undefined;
}

export function actionItemsAcrossMeetings(ctx: CoreContext) {
  const calendar = organisationCalendar(ctx);
  const select = (status: ActionListQuery['status'], sort: ActionListQuery['sort']) =>
    ctx.db.prepare(`SELECT a.id, a.meeting_id AS meetingId, m.title AS meetingTitle, a.agenda_item_id AS agendaItemId, a.description,
        a.owner_staff_id AS ownerStaffId, a.owner_name AS ownerName, a.due_on AS dueOn, a.status, a.completed_on AS completedOn,
        a.committee_id AS committeeId, c.name AS committeeName, m.starts_at AS meetingStartsAt, m.time_zone AS meetingTimeZone,
        (${stillOpen} AND a.due_on < @today) AS overdue
      FROM action_items a JOIN meetings m ON m.id = a.meeting_id JOIN committees c ON c.id = a.committee_id
      WHERE ${statusWhere[status]} AND (@owner IS NULL OR a.owner_name = @owner COLLATE NOCASE) AND (@committeeId IS NULL OR a.committee_id = @committeeId)
      ORDER BY ${orderBy[sort]}`);
  // One statement per (status, sort): both come from closed lists, so the SQL text is never built from input.
  const statements = new Map<string, ReturnType<typeof select>>();
  const owners = ctx.db.prepare('SELECT DISTINCT owner_name FROM action_items ORDER BY owner_name COLLATE NOCASE').pluck();

  return {
    list(query: ActionListQuery): { today: string; rows: ActionItemListRow[]; owners: string[] } {
      const today = calendar.today();
      const key = `${query.status}:${query.sort}`;
      let statement = statements.get(key);
      if (!statement) statements.set(key, (statement = select(query.status, query.sort)));
      const rows = statement.all({ today, owner: query.owner ?? null, committeeId: query.committeeId ?? null }) as (Omit<ActionItemListRow, 'overdue'> & { overdue: number })[];
      return { today, rows: rows.map((r) => ({ ...r, overdue: r.overdue === 1 })), owners: owners.all() as string[] };
    },
  };
}
