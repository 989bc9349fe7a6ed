// The strategic plan of one period: perspectives → goals → initiatives (owner, dates, status, budget planned and
// spent, milestones), each added, changed or deleted in place, and the initiatives on a timeline.
import { useEffect, useState } from 'react';
import { Badge, Button, Card, EmptyState, PageHeader, PlanningIcon, PlusIcon } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { initiativeStatusLabel, initiativeStatusTone, money } from '../labels';
import { GoalDialog, InitiativeDialog, MilestonesDialog, PerspectiveDialog, PeriodDialog, RemoveDialog } from './StrategyDialogs';
import { Timeline } from './Timeline';
import { useStrategyStore, type Goal, type Initiative, type PlanRecordRef } from './store';
import { hashForMeasure, hashForPlanningView } from '../planning-view';

type Open =
  | { kind: 'period' }
  | { kind: 'perspective'; perspective?: { id: string; name: string } }
  | { kind: 'goal'; perspectiveId: string; goal: Goal | null }
  | { kind: 'initiative'; goalId: string; initiative: Initiative | null }
  | { kind: 'milestones'; initiative: Initiative }
  | { kind: 'remove'; target: PlanRecordRef };

export function StrategyView() {
  const { periods, periodId, plan, loaded, loadError, load, choosePeriod } = useStrategyStore();
  const [open, setOpen] = useState<Open | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const close = () => setOpen(null);
  const initiatives = plan?.perspectives.flatMap((p) => p.goals.flatMap((g) => g.initiatives)) ?? [];
  const planned = initiatives.reduce((sum, i) => sum + (i.budgetPlanned ?? 0), 0);
  const spent = initiatives.reduce((sum, i) => sum + (i.budgetSpent ?? 0), 0);

  return (
    <>
      <PageHeader
        title="Strategy"
        description="The plan for the year: perspectives, their goals and the initiatives that move them, with owners, milestones and budgets."
        actions={
          <>
            {periods.length > 0 && (
              <label className="planning__period">
                <span>Plan period</span>
                <select className="field__control" value={periodId ?? ''} onChange={(e) => void choosePeriod(e.target.value)}>
                  {periods.map((p) => <option key={p.id} value={p.id}>{p.name} ({p.startsOn} – {p.endsOn})</option>)}
                </select>
              </label>
            )}
            <Button icon={<PlusIcon />} onClick={() => setOpen({ kind: 'period' })}>New plan period</Button>
            {plan && <Button variant="primary" icon={<PlusIcon />} onClick={() => setOpen({ kind: 'perspective' })}>Add perspective</Button>}
          </>
        }
      />
      {loadError && <p className="planning__error" role="alert">{loadError}</p>}
      {loaded && periods.length === 0 && (
        <EmptyState icon={<PlanningIcon />} title="No plan yet" description="Add the plan period (FY2027, say), then its perspectives, goals and initiatives." />
      )}
      {plan && (
        <>
          <p className="planning__summary" data-testid="budget-summary">
            {initiatives.length} initiatives · budget {money(planned)} planned, {money(spent)} spent ({planned > 0 ? Math.round((spent / planned) * 100) : 0}%)
          </p>
          {plan.perspectives.length === 0 && <p className="planning__muted">No perspectives yet. Add Quality &amp; Safety, Patient Experience, People, Finance &amp; Stewardship…</p>}
          {plan.perspectives.map((perspective) => (
            <Card
              key={perspective.id}
              className="planning__perspective"
              aria-label={perspective.name}
              title={perspective.name}
              actions={
                <span className="planning__actions">
                  <HistoryButton entity="perspective" id={perspective.id} name={perspective.name} />
                  <Button variant="ghost" onClick={() => setOpen({ kind: 'perspective', perspective })} aria-label={`Rename ${perspective.name}`}>Rename</Button>
                  <Button variant="ghost" onClick={() => setOpen({ kind: 'remove', target: { kind: 'perspective', id: perspective.id } })} aria-label={`Delete ${perspective.name}`}>Delete</Button>
                  <Button icon={<PlusIcon />} onClick={() => setOpen({ kind: 'goal', perspectiveId: perspective.id, goal: null })} aria-label={`Add goal to ${perspective.name}`}>Add goal</Button>
                </span>
              }
            >
              {perspective.goals.length === 0 && <p className="planning__muted">No goals yet.</p>}
              {perspective.goals.map((goal) => (
                <GoalBlock key={goal.id} goal={goal} open={setOpen} />
              ))}
            </Card>
          ))}
          <Card title={`Timeline of ${plan.period.name}`} aria-label="Timeline of initiatives">
            <Timeline period={plan.period} initiatives={initiatives} />
          </Card>
        </>
      )}
      {open?.kind === 'period' && <PeriodDialog onClose={close} />}
      {open?.kind === 'perspective' && plan && <PerspectiveDialog planPeriodId={plan.period.id} {...(open.perspective ? { perspective: open.perspective } : {})} onClose={close} />}
      {open?.kind === 'goal' && <GoalDialog perspectiveId={open.perspectiveId} goal={open.goal} onClose={close} />}
      {open?.kind === 'initiative' && <InitiativeDialog goalId={open.goalId} initiative={open.initiative} onClose={close} />}
      {open?.kind === 'milestones' && <MilestonesDialog initiative={open.initiative} onClose={close} />}
      {open?.kind === 'remove' && <RemoveDialog target={open.target} onClose={close} />}
    </>
  );
}

function GoalBlock({ goal, open }: { goal: Goal; open(o: Open): void }) {
  return (
    <section className="planning__goal" aria-label={`Goal: ${goal.title}`}>
      <header className="planning__goal-header">
        <div>
          <h3 className="planning__goal-title">{goal.title}</h3>
          <p className="planning__muted">
            {goal.ownerName ? `Owner: ${goal.ownerName}` : 'No owner yet'}
            {' · '}
            {goal.measures.length === 0 ? 'No measures filed' : (
              <>Measures: {goal.measures.map((m, n) => <span key={m.id}>{n > 0 && ', '}<a href={hashForMeasure(m.id)}>{m.name}</a></span>)}</>
            )}
          </p>
        </div>
        <span className="planning__actions">
          <HistoryButton entity="goal" id={goal.id} name={`the goal “${goal.title}”`} />
          <Button variant="ghost" onClick={() => open({ kind: 'goal', perspectiveId: goal.perspectiveId, goal })} aria-label={`Edit goal ${goal.title}`}>Edit</Button>
          <Button variant="ghost" onClick={() => open({ kind: 'remove', target: { kind: 'goal', id: goal.id } })} aria-label={`Delete goal ${goal.title}`}>Delete</Button>
          <Button icon={<PlusIcon />} onClick={() => open({ kind: 'initiative', goalId: goal.id, initiative: null })} aria-label={`Add initiative to ${goal.title}`}>Add initiative</Button>
        </span>
      </header>
      {goal.initiatives.length > 0 && (
        <table className="planning__table planning__table--initiatives" aria-label={`Initiatives of ${goal.title}`}>
          <thead>
            <tr>
              <th scope="col">Initiative</th>
              <th scope="col">Dates</th>
              <th scope="col">Status</th>
              <th scope="col">Budget spent / planned</th>
              <th scope="col">Milestones</th>
              <th scope="col"><span className="visually-hidden">Actions</span></th>
            </tr>
          </thead>
          <tbody>
            {goal.initiatives.map((i) => <InitiativeRow key={i.id} initiative={i} open={open} />)}
          </tbody>
        </table>
      )}
    </section>
  );
}

function InitiativeRow({ initiative: i, open }: { initiative: Initiative; open(o: Open): void }) {
  const done = i.milestones.filter((m) => m.doneOn).length;
  const share = i.budgetPlanned ? Math.min(1, (i.budgetSpent ?? 0) / i.budgetPlanned) : 0;
  const over = i.budgetPlanned !== null && (i.budgetSpent ?? 0) > i.budgetPlanned;
  return (
    <tr data-testid="initiative-row">
      <td>
        <strong>{i.title}</strong>
        <div className="planning__muted">
          {i.ownerName ?? 'No owner'}
          {i.pdsaCycles > 0 && <> · <a href={hashForPlanningView({ section: 'pdsa' })}>{i.pdsaCycles} PDSA {i.pdsaCycles === 1 ? 'cycle' : 'cycles'}</a></>}
        </div>
      </td>
      <td className="planning__nowrap">{i.startsOn ?? '—'} → {i.dueOn ?? '—'}</td>
      <td><Badge tone={initiativeStatusTone[i.status]}>{initiativeStatusLabel[i.status]}</Badge></td>
      <td>
        <div className="planning__nowrap">{money(i.budgetSpent)} / {money(i.budgetPlanned)}{over && <strong className="planning__over"> over budget</strong>}</div>
        {i.budgetPlanned !== null && (
          <div className="planning__budget-bar" role="img" aria-label={`${Math.round(share * 100)}% of the planned budget spent`}>
            <span style={{ width: `${share * 100}%` }} className={over ? 'planning__budget-bar--over' : undefined} />
          </div>
        )}
      </td>
      <td>
        <Button variant="ghost" onClick={() => open({ kind: 'milestones', initiative: i })} aria-label={`Milestones of ${i.title}: ${done} of ${i.milestones.length} done`}>
          {done} of {i.milestones.length} done
        </Button>
      </td>
      <td className="planning__nowrap">
        <Button variant="ghost" onClick={() => open({ kind: 'initiative', goalId: i.goalId, initiative: i })} aria-label={`Edit initiative ${i.title}`}>Edit</Button>
        <HistoryButton entity="initiative" id={i.id} name={`the initiative “${i.title}”`} />
        <Button variant="ghost" onClick={() => open({ kind: 'remove', target: { kind: 'initiative', id: i.id } })} aria-label={`Delete initiative ${i.title}`}>Delete</Button>
      </td>
    </tr>
  );
}
