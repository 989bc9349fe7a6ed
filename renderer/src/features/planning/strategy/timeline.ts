// Where each initiative's bar and milestones sit on the plan period's timeline, as fractions of the period: the view
// only draws what this works out. Bars are clipped to the period, and one that runs past it says so.
import type { Initiative, PlanPeriod } from './store';

const dayNumber = (iso: string) => Date.UTC(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)) - 1, Number(iso.slice(8, 10))) / 86_400_000;

export interface TimelineRow {
  id: string;
  title: string;
  status: Initiative['status'];
  /** Left edge and width, 0–1 of the period; null when the initiative has no dates. */
  bar: { from: number; to: number; runsBefore: boolean; runsAfter: boolean } | null;
  milestones: { title: string; at: number; dueOn: string; done: boolean }[];
}

export interface Timeline {
  months: { label: string; at: number }[];
  today: number | null;
  rows: TimelineRow[];
}

export function timelineOf(period: PlanPeriod, initiatives: readonly Initiative[], today: string): Timeline {
  const start = dayNumber(period.startsOn);
  const span = Math.max(1, dayNumber(period.endsOn) + 1 - start);
  const at = (iso: string) => Math.min(1, Math.max(0, (dayNumber(iso) - start) / span));
  const months: Timeline['months'] = [];
  for (let y = Number(period.startsOn.slice(0, 4)), m = Number(period.startsOn.slice(5, 7)); months.length < 36; m === 12 ? (y++, (m = 1)) : m++) {
    const iso = `${y}-${String(m).padStart(2, '0')}-01`;
    if (iso > period.endsOn) break;
    months.push({ label: new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'short', timeZone: 'UTC' }), at: at(iso < period.startsOn ? period.startsOn : iso) });
  }
  const rows = [...initiatives]
    .sort((a, b) => (a.startsOn ?? '9999').localeCompare(b.startsOn ?? '9999') || a.title.localeCompare(b.title))
    .map((i): TimelineRow => {
      const from = i.startsOn ?? i.dueOn;
      const to = i.dueOn ?? i.startsOn;
      return {
        id: i.id,
        title: i.title,
        status: i.status,
        bar: from && to ? { from: at(from), to: at(to), runsBefore: from < period.startsOn, runsAfter: to > period.endsOn } : null,
        milestones: i.milestones.filter((m) => m.dueOn >= period.startsOn && m.dueOn <= period.endsOn).map((m) => ({ title: m.title, at: at(m.dueOn), dueOn: m.dueOn, done: m.doneOn !== null })),
      };
    });
  return { months, today: today >= period.startsOn && today <= period.endsOn ? at(today) : null, rows };
}
