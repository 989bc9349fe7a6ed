// The risk register: the 5×5 heat map of residual scores (the same chart definition the packet prints), the register
// as it stood on a day, what moved since an earlier day, and each risk re-scored as a dated assessment.
import { useEffect, useMemo, useState } from 'react';
import { riskHeatMapDefinition } from '../../../../../shared/charts/risk-heat-map';
import { riskListShows } from '../../../../../shared/contract/risks';
import { riskBand, riskBandLabel, riskMovementLabel } from '../../../../../shared/domain/risk';
import { setHashQuery, useHashQuery, hashQuery } from '../../../app/hash-query';
import { HistoryButton } from '../../history/HistoryButton';
import { Badge, Button, Card, Chart, EmptyState, PageHeader, PlanningIcon, PlusIcon, SelectField, TextField, toastError, type BadgeTone } from '../../../ui';
import { AssessDialog, RiskDialog, effectivenessLabel, treatmentLabel } from './RiskDialogs';
import { riskFiltersFromQuery, riskShowLabel, type RiskFilters } from './filters';
import { useRisksStore, type RiskRow } from './store';

const bandTone = { low: 'success', moderate: 'info', high: 'warning', extreme: 'danger' } as const satisfies Record<string, BadgeTone>;

export function RisksView() {
  const query = useHashQuery();
  const filters = useMemo(() => riskFiltersFromQuery(hashQuery(`?${query}`)), [query]);
  const { register, loadError, load } = useRisksStore();
  const [open, setOpen] = useState<{ kind: 'risk'; risk: RiskRow | null } | { kind: 'assess'; risk: RiskRow } | null>(null);
  useEffect(() => {
    void load(filters);
  }, [load, filters]);
  const put = (patch: Partial<RiskFilters>) => {
    const f = { ...filters, ...patch };
    setHashQuery({ show: f.show === 'open' ? null : f.show, asOf: f.asOf, since: f.since });
  };
  const rows = register?.rows ?? [];
  const definition = useMemo(
    () => riskHeatMapDefinition(rows.map((r) => ({ label: r.reference ?? r.title.slice(0, 12), likelihood: r.current!.residualLikelihood, impact: r.current!.residualImpact }))),
    [rows],
  );
  const moved = rows.filter((r) => r.moved && r.moved.movement !== 'unchanged');

  return (
    <>
      <PageHeader
        title="Risk register"
        description="Cause, event and consequence; controls; likelihood × impact before and after them. A residual score of 15 or more escalates."
        actions={<Button variant="primary" icon={<PlusIcon />} onClick={() => setOpen({ kind: 'risk', risk: null })}>Add risk</Button>}
      />
      <div className="risks__filters" role="group" aria-label="Which risks">
        <SelectField label="Show" value={filters.show} onChange={(e) => put({ show: e.target.value as RiskFilters['show'] })} options={riskListShows.map((s) => ({ value: s, label: riskShowLabel[s] }))} />
        <TextField label="As of" type="date" value={filters.asOf} onChange={(e) => put({ asOf: e.target.value })} hint="Blank: today" />
        <TextField label="Compare with (last meeting)" type="date" value={filters.since} onChange={(e) => put({ since: e.target.value })} hint="Shows what moved since" />
      </div>
      {loadError && <p className="planning__error" role="alert">{loadError}</p>}
      {register && (
        <div className="risks__top">
          <Card title={`Residual risk as of ${register.asOf}`} aria-label="Risk heat map">
            <Chart definition={definition} height={320} label={`Heat map of ${rows.length} risks by residual likelihood and impact: ${rows.filter((r) => r.escalated).length} escalated.`} />
          </Card>
          <Card title={register.since ? `What moved since ${register.since}` : 'What moved'} aria-label="What moved">
            {!register.since ? (
              <p className="planning__muted">Choose the date of the last meeting under “Compare with” to see which risks got better, worse, or are new.</p>
            ) : moved.length === 0 ? (
              <p className="planning__muted">No residual score changed.</p>
            ) : (
              <ul className="risks__moved" data-testid="risks-moved">
                {moved.map((r) => (
                  <li key={r.id}>
                    <strong>{r.reference}</strong> {r.title}: {riskMovementLabel[r.moved!.movement]} {register.since}
                    {r.moved!.before !== null && <> ({r.moved!.before} → {r.moved!.after})</>}
                  </li>
                ))}
              </ul>
            )}
          </Card>
        </div>
      )}
      {register && rows.length === 0 && <EmptyState icon={<PlanningIcon />} title="No risks here" description={filters.show === 'open' ? 'Add the first risk on the register.' : 'No risk matches this filter on this day.'} />}
      {rows.length > 0 && (
        <Card flush aria-label="Risks" title={`${rows.length} ${rows.length === 1 ? 'risk' : 'risks'} · ${riskShowLabel[filters.show].toLowerCase()}`}>
          <table className="planning__table risks__table">
            <thead>
              <tr>
                <th scope="col">Ref.</th>
                <th scope="col">Risk</th>
                <th scope="col" className="risks__score">Inherent</th>
                <th scope="col" className="risks__residual">Residual</th>
                {register?.since && <th scope="col" className="risks__since">Since {register.since}</th>}
                <th scope="col" className="risks__review">Review</th>
                <th scope="col"><span className="visually-hidden">Actions</span></th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => <RiskTableRow key={r.id} risk={r} since={register?.since ?? null} onEdit={() => setOpen({ kind: 'risk', risk: r })} onAssess={() => setOpen({ kind: 'assess', risk: r })} />)}
            </tbody>
          </table>
        </Card>
      )}
      {open?.kind === 'risk' && <RiskDialog risk={open.risk} onClose={() => setOpen(null)} />}
      {open?.kind === 'assess' && <AssessDialog risk={open.risk} onClose={() => setOpen(null)} />}
    </>
  );
}

function RiskTableRow({ risk: r, since, onEdit, onAssess }: { risk: RiskRow; since: string | null; onEdit(): void; onAssess(): void }) {
  const remove = useRisksStore((s) => s.remove);
  const c = r.current!;
  const band = riskBand(c.residualScore);
  async function onRemove() {
    if (!window.confirm(`Delete the risk “${r.title}” and all its assessments? Close it instead to keep its history.`)) return;
    const result = await remove(r.id);
    if (!result.ok) toastError(`“${r.title}” was not deleted`, result.error);
  }
  return (
    <tr data-testid="risk-row">
      <td className="planning__nowrap">{r.reference ?? '—'}</td>
      <td>
        <strong>{r.title}</strong>
        <div className="planning__muted">{[r.ownerName ?? 'No owner', r.treatment ? treatmentLabel[r.treatment] : null, controlsSummary(r.controls)].filter(Boolean).join(' · ')}</div>
        {r.consequence && <div className="planning__muted risks__consequence">Consequence: {r.consequence}</div>}
      </td>
      <td className="planning__nowrap">{c.inherentLikelihood}×{c.inherentImpact} = {c.inherentScore}</td>
      <td className="planning__nowrap">
        {c.residualLikelihood}×{c.residualImpact} = <strong>{c.residualScore}</strong>{' '}
        <Badge tone={bandTone[band]}>{r.escalated ? 'Escalated' : riskBandLabel[band]}</Badge>
      </td>
      {since && <td>{r.moved ? <Movement moved={r.moved} /> : '—'}</td>}
      <td className="planning__nowrap">
        {r.closedOn ? <Badge tone="neutral">Closed {r.closedOn}</Badge> : r.reviewDue ? <Badge tone="warning">Due {r.reviewOn}</Badge> : r.reviewOn ?? '—'}
      </td>
      <td className="planning__nowrap">
        <Button variant="ghost" onClick={onAssess} aria-label={`Re-score ${r.title}`}>Re-score</Button>
        <Button variant="ghost" onClick={onEdit} aria-label={`Edit ${r.title}`}>Edit</Button>
        <HistoryButton entity="risk" id={r.id} name={`the risk “${r.title}”`} />
        <Button variant="ghost" onClick={() => void onRemove()} aria-label={`Delete ${r.title}`}>Delete</Button>
      </td>
    </tr>
  );
}

/** "2 controls, 1 ineffective": what the director needs at a glance; the dialog lists them. */
function controlsSummary(controls: RiskRow['controls']): string {
  if (controls.length === 0) return 'No controls';
  const weak = controls.filter((c) => c.effectiveness === 'ineffective').length;
  const partly = controls.filter((c) => c.effectiveness === 'partly-effective').length;
  const notes = [weak ? `${weak} ${effectivenessLabel.ineffective.toLowerCase()}` : '', partly ? `${partly} ${effectivenessLabel['partly-effective'].toLowerCase()}` : ''].filter(Boolean);
  return `${controls.length} ${controls.length === 1 ? 'control' : 'controls'}${notes.length ? ` (${notes.join(', ')})` : ''}`;
}

function Movement({ moved }: { moved: NonNullable<RiskRow['moved']> }) {
  if (moved.movement === 'new') return <Badge tone="info">New</Badge>;
  if (moved.movement === 'unchanged') return <span className="planning__muted">No change</span>;
  return <Badge tone={moved.movement === 'up' ? 'danger' : 'success'}>{moved.movement === 'up' ? 'Worse' : 'Better'} {moved.before} → {moved.after}</Badge>;
}
