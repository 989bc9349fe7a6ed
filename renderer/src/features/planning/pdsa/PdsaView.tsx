// PDSA cycles, chain by chain: each cycle's question, prediction, what happened, the study and the decision, with its
// place in planned → doing → studying → decided and the next step offered when the rule allows it.
import { useEffect, useState } from 'react';
import { nextPdsaState, pdsaActLabel, pdsaStateLabel, pdsaStates, type PdsaState } from '../../../../../shared/domain/pdsa';
import { Badge, Button, Card, EmptyState, PageHeader, PlanningIcon, PlusIcon, toastError, type BadgeTone } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { PdsaDialog, type PdsaDialogProps } from './PdsaDialog';
import { chainsOf, usePdsaStore, type PdsaCycle } from './store';

const stateTone: Record<PdsaState, BadgeTone> = { planned: 'neutral', doing: 'info', studying: 'warning', decided: 'success' };

export function PdsaView() {
  const { cycles, loaded, loadError, load, subjects } = usePdsaStore();
  const [open, setOpen] = useState<Omit<PdsaDialogProps, 'onClose'> | null>(null);
  useEffect(() => {
    void load();
  }, [load]);
  const chains = chainsOf(cycles);
  const noSubjects = loaded && subjects.initiatives.length === 0 && subjects.measures.length === 0;
  return (
    <>
      <PageHeader
        title="PDSA cycles"
        description="Small tests of change on an initiative or a measure: predict, try, study against the prediction, then adopt, adapt or abandon."
        actions={<Button variant="primary" icon={<PlusIcon />} disabled={noSubjects} onClick={() => setOpen({ cycle: null })}>New cycle</Button>}
      />
      {loadError && <p className="planning__error" role="alert">{loadError}</p>}
      {noSubjects && <p className="planning__muted">Add an initiative under Strategy (or a measure) first: every cycle tests a change for one.</p>}
      {loaded && cycles.length === 0 && !noSubjects && <EmptyState icon={<PlanningIcon />} title="No PDSA cycles yet" description="Start with a question and a prediction for one small test." />}
      {chains.map((chain) => (
        <Card key={chain[0]!.id} className="pdsa__chain" aria-label={chain.length > 1 ? `Chain of ${chain.length} cycles: ${chain[0]!.title}` : chain[0]!.title}
          title={<>{chain[0]!.subject || 'No subject'}{chain.length > 1 && <span className="planning__muted"> · a chain of {chain.length} cycles</span>}</>}>
          <ol className="pdsa__cycles">
            {chain.map((c, n) => (
              <li key={c.id} className="pdsa__cycle" data-testid="pdsa-cycle">
                <CycleBody cycle={c} position={chain.length > 1 ? `Cycle ${n + 1} of ${chain.length}` : null} last={n === chain.length - 1} open={setOpen} />
              </li>
            ))}
          </ol>
        </Card>
      ))}
      {open && <PdsaDialog {...open} onClose={() => setOpen(null)} />}
    </>
  );
}

function CycleBody({ cycle: c, position, last, open }: { cycle: PdsaCycle; position: string | null; last: boolean; open(o: Omit<PdsaDialogProps, 'onClose'>): void }) {
  const remove = usePdsaStore((s) => s.remove);
  const next = nextPdsaState(c.state);
  const fact = (label: string, text: string | null) => text && (<><dt>{label}</dt><dd>{text}</dd></>);
  async function onRemove() {
    if (!window.confirm(`Delete the cycle “${c.title}”? A cycle that follows it will no longer name it.`)) return;
    const result = await remove(c.id);
    if (!result.ok) toastError(`“${c.title}” was not deleted`, result.error);
  }
  return (
    <article aria-label={c.title}>
      <header className="pdsa__header">
        <div>
          <h3 className="planning__goal-title">{c.title}</h3>
          <p className="planning__muted">
            {position && <>{position} · </>}
            {c.ownerName ?? 'No owner'}
            {c.startsOn && <> · {c.startsOn} → {c.endsOn ?? '…'}</>}
          </p>
        </div>
        <Badge tone={stateTone[c.state]}>{pdsaStateLabel[c.state]}{c.act ? `: ${pdsaActLabel[c.act]}` : ''}</Badge>
      </header>
      <ol className="pdsa__steps" aria-label={`State: ${pdsaStateLabel[c.state]}`}>
        {pdsaStates.map((s) => (
          <li key={s} className={pdsaStates.indexOf(s) <= pdsaStates.indexOf(c.state) ? 'pdsa__step pdsa__step--reached' : 'pdsa__step'} aria-current={s === c.state ? 'step' : undefined}>
            {pdsaStateLabel[s]}
          </li>
        ))}
      </ol>
      {/* What the board reads first: the question, the prediction and what was learnt; the working detail folds away. */}
      <dl className="pdsa__facts">
        {fact('Question', c.question)}
        {fact('Prediction', c.prediction)}
        {fact('Study', c.study)}
      </dl>
      {(c.aim || c.changeIdea || c.plan || c.dataPlan || c.observations) && (
        <details className="pdsa__details" open={!c.study}>
          <summary>Aim, change, plan and observations</summary>
          <dl className="pdsa__facts">
            {fact('Aim', c.aim)}
            {fact('Change idea', c.changeIdea)}
            {fact('Plan', c.plan)}
            {fact('Data plan', c.dataPlan)}
            {fact('Observations', c.observations)}
          </dl>
        </details>
      )}
      <div className="planning__actions">
        {next && <Button variant="primary" onClick={() => open({ cycle: c, state: next })} aria-label={`Move to ${pdsaStateLabel[next].toLowerCase()}: ${c.title}`}>Move to {pdsaStateLabel[next].toLowerCase()}</Button>}
        {c.state === 'decided' && c.act !== 'abandon' && last && <Button icon={<PlusIcon />} onClick={() => open({ cycle: null, follows: c })} aria-label={`Next cycle after ${c.title}`}>Next cycle</Button>}
        <Button variant="ghost" onClick={() => open({ cycle: c })} aria-label={`Edit ${c.title}`}>Edit</Button>
        <HistoryButton entity="pdsaCycle" id={c.id} name={`the cycle “${c.title}”`} />
        <Button variant="ghost" onClick={() => void onRemove()} aria-label={`Delete ${c.title}`}>Delete</Button>
      </div>
    </article>
  );
}
