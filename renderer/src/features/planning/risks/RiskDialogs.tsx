// Adding or changing a risk (with its first assessment when new), and re-scoring it: a dated assessment, so the
// register keeps what the scores were at each meeting.
import { useEffect, useState } from 'react';
import { contract } from '../../../../../shared/contract';
import { controlEffectiveness, riskTreatments, type RiskControl } from '../../../../../shared/contract/risks';
import { riskBand, riskBandLabel, riskScore } from '../../../../../shared/domain/risk';
import { call } from '../../../client';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { optionsOf } from '../labels';
import { OwnerField, ownerOf, type PickedPerson } from '../OwnerField';
import { PlanFormDialog, type PlanForm } from '../PlanFormDialog';
import { useRisksStore, type RiskAssessment, type RiskRow } from './store';
import { organisationToday } from '../../../app/organisation-today';

export const likelihoodLabel = ['1 — Rare', '2 — Unlikely', '3 — Possible', '4 — Likely', '5 — Almost certain'];
export const impactLabel = ['1 — Negligible', '2 — Minor', '3 — Moderate', '4 — Major', '5 — Catastrophic'];
export const treatmentLabel = { accept: 'Accept', avoid: 'Avoid', mitigate: 'Mitigate', transfer: 'Transfer' } as const;
export const effectivenessLabel = { effective: 'Effective', 'partly-effective': 'Partly effective', ineffective: 'Ineffective', 'not-assessed': 'Not assessed' } as const;

const today = () => organisationToday();
const scoreOptions = (labels: string[]) => labels.map((label, i) => ({ value: String(i + 1), label }));

interface ScoreDraft {
  assessedOn: string;
  inherentLikelihood: string;
  inherentImpact: string;
  residualLikelihood: string;
  residualImpact: string;
  note: string;
}

const scoresOf = (d: ScoreDraft) => ({
  assessedOn: d.assessedOn,
  inherentLikelihood: Number(d.inherentLikelihood),
  inherentImpact: Number(d.inherentImpact),
  residualLikelihood: Number(d.residualLikelihood),
  residualImpact: Number(d.residualImpact),
  note: d.note.trim() || null,
});

function ScoreFields<D extends ScoreDraft>({ f }: { f: PlanForm<D> }) {
  const score = (l: string, i: string) => riskScore({ likelihood: Number(l), impact: Number(i) });
  const inherent = score(f.draft.inherentLikelihood, f.draft.inherentImpact);
  const residual = score(f.draft.residualLikelihood, f.draft.residualImpact);
  return (
    <fieldset className="planning__fieldset">
      <legend>Assessment</legend>
      <TextField label="Assessed on" type="date" name="assessedOn" value={f.draft.assessedOn} onChange={f.edit('assessedOn')} error={f.errors['assessedOn']} />
      <div className="planning__row">
        <SelectField label="Inherent likelihood" value={f.draft.inherentLikelihood} onChange={f.edit('inherentLikelihood')} options={scoreOptions(likelihoodLabel)} error={f.errors['inherentLikelihood']} />
        <SelectField label="Inherent impact" value={f.draft.inherentImpact} onChange={f.edit('inherentImpact')} options={scoreOptions(impactLabel)} error={f.errors['inherentImpact']} />
      </div>
      <div className="planning__row">
        <SelectField label="Residual likelihood (with controls)" value={f.draft.residualLikelihood} onChange={f.edit('residualLikelihood')} options={scoreOptions(likelihoodLabel)} error={f.errors['residualLikelihood']} />
        <SelectField label="Residual impact (with controls)" value={f.draft.residualImpact} onChange={f.edit('residualImpact')} options={scoreOptions(impactLabel)} error={f.errors['residualImpact']} />
      </div>
      <p className="planning__muted" aria-live="polite">
        Inherent {inherent} ({riskBandLabel[riskBand(inherent)]}) · residual {residual} ({riskBandLabel[riskBand(residual)]}){residual >= 15 ? ' — escalates to the dashboard' : ''}
      </p>
      <TextField label="Note" value={f.draft.note} onChange={f.edit('note')} error={f.errors['note']} placeholder="Why the scores changed" />
    </fieldset>
  );
}

function ControlsField({ controls, onChange, error }: { controls: RiskControl[]; onChange(c: RiskControl[]): void; error?: string | undefined }) {
  const put = (n: number, patch: Partial<RiskControl>) => onChange(controls.map((c, i) => (i === n ? { ...c, ...patch } : c)));
  return (
    <fieldset className="planning__fieldset">
      <legend>Controls and their effectiveness</legend>
      {controls.length === 0 && <p className="planning__muted">No controls recorded.</p>}
      {controls.map((c, n) => (
        <div key={n} className="planning__row planning__row--control">
          <TextField label={`Control ${n + 1}`} value={c.control} onChange={(e) => put(n, { control: e.target.value })} />
          <SelectField label={`Effectiveness of control ${n + 1}`} value={c.effectiveness} onChange={(e) => put(n, { effectiveness: e.target.value as RiskControl['effectiveness'] })} options={controlEffectiveness.map((v) => ({ value: v, label: effectivenessLabel[v] }))} />
          <Button variant="ghost" onClick={() => onChange(controls.filter((_, i) => i !== n))} aria-label={`Remove control ${n + 1}`}>Remove</Button>
        </div>
      ))}
      {error && <p className="field__error" role="alert">{error}</p>}
      <Button onClick={() => onChange([...controls, { control: '', effectiveness: 'not-assessed' }])}>Add control</Button>
    </fieldset>
  );
}

export function RiskDialog({ risk, onClose }: { risk: RiskRow | null; onClose(): void }) {
  const { create, update } = useRisksStore();
  const r = risk;
  const initial = {
    reference: r?.reference ?? '', title: r?.title ?? '', category: r?.category ?? '', cause: r?.cause ?? '', event: r?.event ?? '', consequence: r?.consequence ?? '',
    owner: ownerOf(r?.ownerStaffId ?? null, r?.ownerName ?? null) as PickedPerson | null, controls: r?.controls ?? [], treatment: r?.treatment ?? '',
    actions: r?.actions ?? '', reviewOn: r?.reviewOn ?? '', closedOn: r?.closedOn ?? '',
    assessedOn: today(), inherentLikelihood: '3', inherentImpact: '3', residualLikelihood: '2', residualImpact: '3', note: '',
  };
  type Draft = typeof initial;
  const fields = (d: Draft) => ({
    reference: d.reference.trim() || null, title: d.title, category: d.category.trim() || null, cause: d.cause || null, event: d.event || null, consequence: d.consequence || null,
    ownerStaffId: d.owner?.id ?? null, controls: d.controls, treatment: (d.treatment || null) as RiskRow['treatment'], actions: d.actions || null, reviewOn: d.reviewOn || null, closedOn: d.closedOn || null,
  });
  const body = (f: PlanForm<Draft>) => (
    <>
      <div className="planning__row planning__row--ref">
        <TextField label="Reference" value={f.draft.reference} onChange={f.edit('reference')} error={f.errors['reference']} placeholder="R-16" />
        <TextField label="Title" value={f.draft.title} onChange={f.edit('title')} error={f.errors['title']} placeholder="Inpatient falls with harm" />
        <TextField label="Category" value={f.draft.category} onChange={f.edit('category')} error={f.errors['category']} placeholder="Clinical" />
      </div>
      <div className="planning__row planning__row--three">
        <TextAreaField label="Cause" rows={2} value={f.draft.cause} onChange={f.edit('cause')} error={f.errors['cause']} />
        <TextAreaField label="Event" rows={2} value={f.draft.event} onChange={f.edit('event')} error={f.errors['event']} />
        <TextAreaField label="Consequence" rows={2} value={f.draft.consequence} onChange={f.edit('consequence')} error={f.errors['consequence']} />
      </div>
      <OwnerField value={f.draft.owner} onChange={(p) => f.set('owner', p)} error={f.errors['ownerStaffId']} />
      <ControlsField controls={f.draft.controls} onChange={(c) => f.set('controls', c)} error={f.errors['controls'] ?? f.errors['control']} />
      <div className="planning__row planning__row--three">
        <SelectField label="Treatment" value={f.draft.treatment} onChange={f.edit('treatment')} options={[{ value: '', label: 'Not chosen' }, ...optionsOf(treatmentLabel)]} />
        <TextField label="Review by" type="date" name="reviewOn" value={f.draft.reviewOn} onChange={f.edit('reviewOn')} error={f.errors['reviewOn']} />
        <TextField label="Closed on" type="date" name="closedOn" value={f.draft.closedOn} onChange={f.edit('closedOn')} error={f.errors['closedOn']} />
      </div>
      <TextAreaField label="Actions" rows={2} value={f.draft.actions} onChange={f.edit('actions')} error={f.errors['actions']} />
      {!r && <ScoreFields f={f} />}
    </>
  );
  return r ? (
    <PlanFormDialog wide title={`Edit risk “${r.title}”`} submitLabel="Save risk" initial={initial} schema={contract['risks.update'].input}
      toInput={(d) => ({ id: r.id, patch: fields(d) })} save={update} onClose={onClose}>{body}</PlanFormDialog>
  ) : (
    <PlanFormDialog wide title="Add a risk" submitLabel="Add risk" initial={initial} schema={contract['risks.create'].input}
      toInput={(d) => ({ ...fields(d), assessment: scoresOf(d) })} save={create} onClose={onClose}>{body}</PlanFormDialog>
  );
}

/** Re-scoring makes a dated assessment; the earlier ones stay and are listed, latest first. */
export function AssessDialog({ risk, onClose }: { risk: RiskRow; onClose(): void }) {
  const assess = useRisksStore((s) => s.assess);
  const [history, setHistory] = useState<RiskAssessment[]>([]);
  useEffect(() => {
    void call('risks.assessments', { riskId: risk.id }).then(setHistory, () => setHistory([]));
  }, [risk.id]);
  const c = risk.current;
  const initial: ScoreDraft = {
    assessedOn: today(),
    inherentLikelihood: String(c?.inherentLikelihood ?? 3), inherentImpact: String(c?.inherentImpact ?? 3),
    residualLikelihood: String(c?.residualLikelihood ?? 2), residualImpact: String(c?.residualImpact ?? 3), note: '',
  };
  return (
    <PlanFormDialog title={`Re-score “${risk.title}”`} submitLabel="Save assessment" initial={initial} schema={contract['risks.assess'].input}
      toInput={(d) => ({ riskId: risk.id, ...scoresOf(d) })} save={assess} onClose={onClose}>
      {(f) => (
        <>
          <ScoreFields f={f} />
          {history.length > 0 && (
            <table className="planning__table" aria-label="Earlier assessments">
              <thead><tr><th scope="col">Assessed</th><th scope="col">Inherent</th><th scope="col">Residual</th><th scope="col">Note</th></tr></thead>
              <tbody>
                {history.map((a) => (
                  <tr key={a.id}><td>{a.assessedOn}</td><td>{a.inherentLikelihood}×{a.inherentImpact} = {a.inherentScore}</td><td>{a.residualLikelihood}×{a.residualImpact} = {a.residualScore}</td><td>{a.note ?? ''}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </>
      )}
    </PlanFormDialog>
  );
}
