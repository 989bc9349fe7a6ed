// The initiatives of a plan period on one timeline: a bar from start to due, diamonds for milestones (filled when
// done), a line for today. Plain HTML and CSS, so it prints and reads as text too.
import { initiativeStatusLabel } from '../labels';
import type { Initiative, PlanPeriod } from './store';
import { timelineOf } from './timeline';
import { organisationToday } from '../../../app/organisation-today';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;

export function Timeline({ period, initiatives }: { period: PlanPeriod; initiatives: readonly Initiative[] }) {
  const t = timelineOf(period, initiatives, organisationToday());
  if (t.rows.length === 0) return <p className="planning__muted">Initiatives with dates appear here.</p>;
  return (
    <div className="initiative-timeline" role="list" aria-label="Initiatives by date">
      <div className="initiative-timeline__scale" aria-hidden="true">
        {t.months.map((m, n) => <span key={n} className="initiative-timeline__month" style={{ left: pct(m.at) }}>{m.label}</span>)}
      </div>
      {t.rows.map((row) => (
        <div key={row.id} className="initiative-timeline__row" role="listitem">
          <span className="initiative-timeline__label" title={row.title}>{row.title}</span>
          <div className="initiative-timeline__track">
            {t.today !== null && <span className="initiative-timeline__today" style={{ left: pct(t.today) }} aria-hidden="true" />}
            {row.bar ? (
              <span
                role="img"
                className={`initiative-timeline__bar initiative-timeline__bar--${row.status}`}
                style={{ left: pct(row.bar.from), width: pct(Math.max(0.005, row.bar.to - row.bar.from)) }}
                aria-label={`${row.title}: ${initiativeStatusLabel[row.status]}${row.bar.runsBefore ? ', started before the period' : ''}${row.bar.runsAfter ? ', runs past the period' : ''}`}
              />
            ) : <span className="planning__muted initiative-timeline__undated">No dates</span>}
            {row.milestones.map((m, n) => (
              <span key={n} role="img" className={`initiative-timeline__milestone${m.done ? ' initiative-timeline__milestone--done' : ''}`} style={{ left: pct(m.at) }} title={`${m.title} — ${m.dueOn}${m.done ? ' (done)' : ''}`} aria-label={`Milestone ${m.title}, ${m.dueOn}${m.done ? ', done' : ''}`} />
            ))}
          </div>
        </div>
      ))}
      <p className="initiative-timeline__legend planning__muted">Bars run from start to due date; ◆ a milestone (filled when done); the vertical line is today.</p>
    </div>
  );
}
