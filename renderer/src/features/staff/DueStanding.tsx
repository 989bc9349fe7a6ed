// Where a due date stands, in words: overdue by N days, due today, or due in N days.
import { Badge } from '../../ui';
import { plural } from './format';

export function DueStanding({ daysLeft }: { daysLeft: number }) {
  if (daysLeft < 0) return <Badge tone="danger">Overdue by {plural(-daysLeft, 'day')}</Badge>;
  return <Badge tone="warning">{daysLeft === 0 ? 'Due today' : `Due in ${plural(daysLeft, 'day')}`}</Badge>;
}
