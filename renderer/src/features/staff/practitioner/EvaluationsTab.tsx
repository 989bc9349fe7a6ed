// FPPE and OPPE evaluations: period, due date, indicators against targets, reviewer and outcome; open one, record its
// result, or complete an FPPE with the decision (confirm, extend, limit) the core applies to the privilege.
import { useState, type FormEvent } from 'react';
import { addMonths, daysBetween } from '../../../../../shared/domain/calendar-day';
import { Badge, Button, PlusIcon, SelectField, TextAreaField, TextField } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import type { FieldErrors } from '../field-errors';
import { formatDay } from '../format';
import { fppePeriodDays, type FppeDecision } from '../../../../../shared/domain/evaluations';
import { evaluationKindLabels, evaluationOutcomeLabels, fppeDecisionChoices, fppeDecisionLabels, optionsOf } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { usePractitionerStore, type Evaluation } from './store';

type Indicator = Evaluation['indicators'][number];

export function EvaluationsTab() {
  const staffId = usePractitionerStore((state) => state.staffId);
  const evaluations = usePractitionerStore((state) => state.evaluations);
  const [editing, setEditing] = useState<Evaluation | 'new' | null>(null);
  if (!staffId) return null;

  return (
    <section aria-label="Evaluations">
      <div className="profile__tab-actions">
        <p className="staff-view__note">Each newly granted privilege has an FPPE, completed with a decision that confirms, extends or limits it. OPPE at most 12 months apart.</p>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setEditing('new')} disabled={editing === 'new'}>Open evaluation</Button>
      </div>
      <div className="profile__list">
        {editing === 'new' && <EvaluationForm staffId={staffId} evaluation={null} onDone={() => setEditing(null)} />}
        {evaluations.length === 0 && editing !== 'new' && <p className="staff-view__empty">No evaluations on file.</p>}
        {evaluations.map((evaluation) =>
          editing !== 'new' && editing?.id === evaluation.id ? (
            <EvaluationForm key={evaluation.id} staffId={staffId} evaluation={evaluation} onDone={() => setEditing(null)} />
          ) : (
            <EvaluationCard key={evaluation.id} evaluation={evaluation} onEdit={() => setEditing(evaluation)} />
          ),
        )}
      </div>
    </section>
  );
}

function EvaluationCard({ evaluation, onEdit }: { evaluation: Evaluation; onEdit(): void }) {
  const today = useOrganisationRules((state) => state.today);
  const privilegeName = usePractitionerStore((state) => state.privileges.find((p) => p.id === evaluation.privilegeId)?.name ?? null);
  const outcome = evaluation.decision ? fppeDecisionLabels[evaluation.decision] : evaluationOutcomeLabels[evaluation.outcome];
  const open = evaluation.completedOn === null;
  const daysLeft = daysBetween(today, evaluation.dueOn);
  return (
    <article className="record-card" aria-label={`${evaluationKindLabels[evaluation.kind]} ${formatDay(evaluation.periodStart)}`} data-testid="evaluation-card">
      <header className="record-card__head">
        <div>
          <h4 className="record-card__title">{evaluationKindLabels[evaluation.kind]}</h4>
          {privilegeName && <p className="record-card__subtitle">For {privilegeName}</p>}
        </div>
        <div className="profile__badges">
          <Badge tone={outcome.tone}>{outcome.label}</Badge>
          {open && daysLeft < 0 && <Badge tone="danger">Overdue by {-daysLeft} days</Badge>}
          {open && daysLeft >= 0 && daysLeft <= 30 && <Badge tone="warning">Due in {daysLeft} days</Badge>}
        </div>
      </header>
      <dl className="record-card__facts">
        <div><dt>Period</dt><dd className="tabular">{formatDay(evaluation.periodStart)} – {formatDay(evaluation.periodEnd)}</dd></div>
        <div><dt>Due</dt><dd className="tabular">{formatDay(evaluation.dueOn)}</dd></div>
        <div><dt>Reviewer</dt><dd>{evaluation.reviewer ?? '—'}</dd></div>
        <div><dt>Completed</dt><dd className="tabular">{formatDay(evaluation.completedOn)}</dd></div>
        {evaluation.decision && (
          <div className="record-card__wide">
            <dt>Decision</dt>
            <dd>{fppeDecisionChoices[evaluation.decision]}{evaluation.decisionNote ? `: ${evaluation.decisionNote}` : ''}</dd>
          </div>
        )}
        {evaluation.indicators.length > 0 && (
          <div className="record-card__wide">
            <dt>Indicators</dt>
            <dd>
              <table className="table indicator-summary">
                <thead>
                  <tr><th scope="col">Indicator</th><th scope="col">Value</th><th scope="col">Target</th><th scope="col">Met</th></tr>
                </thead>
                <tbody>
                  {evaluation.indicators.map((indicator, index) => (
                    <tr key={index}>
                      <td>{indicator.name}</td>
                      <td className="tabular">{indicator.value ?? '—'}</td>
                      <td className="tabular">{indicator.target ?? '—'}</td>
                      <td>{indicator.met === null ? 'Not judged' : indicator.met ? <Badge tone="success">Met</Badge> : <Badge tone="danger">Not met</Badge>}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </dd>
          </div>
        )}
        {evaluation.notes && <div className="record-card__wide"><dt>Notes</dt><dd>{evaluation.notes}</dd></div>}
      </dl>
      <div className="record-card__actions">
        <span className="spacer" />
        <HistoryButton entity="evaluation" id={evaluation.id} name={`${evaluation.kind.toUpperCase()} ${evaluation.periodStart} – ${evaluation.periodEnd}`} version={evaluation.updatedAt} />
        <Button variant="ghost" onClick={onEdit}>{open ? (evaluation.kind === 'fppe' ? 'Record result or decide' : 'Record result') : 'Edit'}</Button>
      </div>
    </article>
  );
}

interface EvaluationDraft {
  kind: Evaluation['kind'];
  privilegeId: string;
  periodStart: string;
  periodEnd: string;
  dueOn: string;
  reviewer: string;
  outcome: Evaluation['outcome'];
  completedOn: string;
  notes: string;
  indicators: { name: string; value: string; target: string; met: '' | 'yes' | 'no' }[];
  /** An open FPPE's decision; chosen, the save completes the FPPE and applies it to the privilege. */
  decision: '' | FppeDecision;
  limitConditions: string;
  extendDays: string;
}

function draftOf(evaluation: Evaluation | null, today: string, conditions: string): EvaluationDraft {
  const decided = { decision: evaluation?.decision ?? '', limitConditions: conditions, extendDays: String(fppePeriodDays) } as const;
  if (!evaluation) {
    const periodEnd = addMonths(today, 6);
    return { kind: 'oppe', privilegeId: '', periodStart: today, periodEnd, dueOn: periodEnd, reviewer: '', outcome: 'pending', completedOn: '', notes: '', indicators: [], ...decided };
  }
  return {
    ...decided,
    kind: evaluation.kind,
    privilegeId: evaluation.privilegeId ?? '',
    periodStart: evaluation.periodStart,
    periodEnd: evaluation.periodEnd,
    dueOn: evaluation.dueOn,
    reviewer: evaluation.reviewer ?? '',
    outcome: evaluation.outcome,
    completedOn: evaluation.completedOn ?? '',
    notes: evaluation.notes ?? '',
    indicators: evaluation.indicators.map((i) => ({ name: i.name, value: i.value ?? '', target: i.target ?? '', met: i.met === null ? '' : i.met ? 'yes' : 'no' })),
  };
}

function indicatorsOf(draft: EvaluationDraft): Indicator[] {
  return draft.indicators
    .filter((i) => i.name.trim() !== '')
    .map((i) => ({ name: i.name, value: i.value.trim() || null, target: i.target.trim() || null, met: i.met === '' ? null : i.met === 'yes' }));
}

function EvaluationForm({ staffId, evaluation, onDone }: { staffId: string; evaluation: Evaluation | null; onDone(): void }) {
  const today = useOrganisationRules((state) => state.today);
  const privileges = usePractitionerStore((state) => state.privileges);
  const saveEvaluation = usePractitionerStore((state) => state.saveEvaluation);
  const privilegeConditions = privileges.find((p) => p.id === evaluation?.privilegeId)?.conditions ?? '';
  const [draft, setDraft] = useState<EvaluationDraft>(() => draftOf(evaluation, today, privilegeConditions));
  const completeFppe = usePractitionerStore((state) => state.completeFppe);
  // Deciding is offered on an FPPE still open; a decided one is edited like any other record.
  const deciding = evaluation !== null && evaluation.kind === 'fppe' && evaluation.completedOn === null;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const set = <K extends keyof EvaluationDraft>(field: K, value: EvaluationDraft[K]) => setDraft({ ...draft, [field]: value });
  const setIndicator = (index: number, patch: Partial<EvaluationDraft['indicators'][number]>) =>
    set('indicators', draft.indicators.map((i, n) => (n === index ? { ...i, ...patch } : i)));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setSaving(true);
    const fields = {
      kind: draft.kind,
      privilegeId: draft.privilegeId || null,
      periodStart: draft.periodStart,
      periodEnd: draft.periodEnd,
      dueOn: draft.dueOn,
      reviewer: draft.reviewer,
      outcome: draft.outcome,
      completedOn: draft.completedOn || null,
      notes: draft.notes,
      indicators: indicatorsOf(draft),
    };
    const result =
      deciding && draft.decision
        ? await completeFppe({
            id: evaluation.id,
            decision: draft.decision,
            completedOn: draft.completedOn || today,
            reviewer: fields.reviewer,
            indicators: fields.indicators,
            notes: fields.notes,
            ...(draft.decision === 'limit' ? { conditions: draft.limitConditions } : {}),
            ...(draft.decision === 'extend' ? { extendDays: Number(draft.extendDays) } : {}),
          })
        : evaluation
          ? await saveEvaluation({ id: evaluation.id, patch: fields })
          : await saveEvaluation({ create: { staffId, ...fields } });
    setSaving(false);
    if (result.ok) onDone();
    else {
      setErrors(result.fieldErrors);
      setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
  }

  return (
    <form className="staff-form" onSubmit={submit} noValidate aria-label={evaluation ? 'Record evaluation result' : 'Open an evaluation'}>
      <h4 className="staff-form__title">{evaluation ? `${evaluationKindLabels[evaluation.kind]}: result` : 'Open an evaluation'}</h4>
      {message && <p className="staff-alert staff-form__message" role="alert">{message}</p>}
      <SelectField label="Kind" value={draft.kind} options={optionsOf(evaluationKindLabels)} error={errors.kind} onChange={(e) => set('kind', e.target.value as Evaluation['kind'])} />
      <SelectField
        label="Privilege"
        value={draft.privilegeId}
        options={[{ value: '', label: 'All privileges (ongoing)' }, ...privileges.map((p) => ({ value: p.id, label: p.name }))]}
        error={errors.privilegeId}
        onChange={(e) => set('privilegeId', e.target.value)}
      />
      <TextField label="Period starts" type="date" value={draft.periodStart} error={errors.periodStart} onChange={(e) => set('periodStart', e.target.value)} />
      <TextField label="Period ends" type="date" value={draft.periodEnd} error={errors.periodEnd} onChange={(e) => set('periodEnd', e.target.value)} />
      <TextField label="Due" type="date" value={draft.dueOn} error={errors.dueOn} onChange={(e) => set('dueOn', e.target.value)} />
      <TextField label="Reviewer" value={draft.reviewer} error={errors.reviewer} onChange={(e) => set('reviewer', e.target.value)} />
      {deciding ? (
        <SelectField
          label="Decision"
          value={draft.decision}
          options={[{ value: '', label: 'Not decided yet' }, ...optionsOf(fppeDecisionChoices)]}
          error={errors.decision}
          hint="Applied to the privilege when the FPPE is completed."
          onChange={(e) => {
            set('decision', e.target.value as EvaluationDraft['decision']);
            // The refusal said a decision was missing; once one is chosen it no longer applies.
            setErrors(({ decision: _answered, ...rest }) => rest);
          }}
        />
      ) : (
        <SelectField label="Outcome" value={draft.outcome} options={optionsOf(evaluationOutcomeLabels)} error={errors.outcome} onChange={(e) => set('outcome', e.target.value as Evaluation['outcome'])} />
      )}
      <TextField label="Completed" type="date" value={draft.completedOn} error={errors.completedOn} onChange={(e) => set('completedOn', e.target.value)} />
      {deciding && draft.decision === 'limit' && (
        <TextAreaField className="staff-form__wide" label="The privilege’s conditions from now on" value={draft.limitConditions} error={errors.conditions} onChange={(e) => set('limitConditions', e.target.value)} rows={2} placeholder="e.g. Proctored for 5 more cases; ASA I–II patients only" />
      )}
      {deciding && draft.decision === 'extend' && (
        <TextField label="Extend by (days)" type="number" min={14} max={365} value={draft.extendDays} error={errors.extendDays} hint="A new FPPE period opens from the completion date." onChange={(e) => set('extendDays', e.target.value)} />
      )}
      <fieldset className="staff-form__wide indicator-table">
        <legend className="field__label">Indicators</legend>
        {draft.indicators.map((indicator, index) => (
          <div key={index} className="indicator-row">
            <TextField label={`Indicator ${index + 1}`} value={indicator.name} onChange={(e) => setIndicator(index, { name: e.target.value })} placeholder="e.g. Complication rate" />
            <TextField label="Value" value={indicator.value} onChange={(e) => setIndicator(index, { value: e.target.value })} />
            <TextField label="Target" value={indicator.target} onChange={(e) => setIndicator(index, { target: e.target.value })} />
            <SelectField label="Met" value={indicator.met} options={[{ value: '', label: 'Not judged' }, { value: 'yes', label: 'Met' }, { value: 'no', label: 'Not met' }]} onChange={(e) => setIndicator(index, { met: e.target.value as '' | 'yes' | 'no' })} />
            <Button variant="ghost" onClick={() => set('indicators', draft.indicators.filter((_, n) => n !== index))} aria-label={`Remove indicator ${index + 1}`}>Remove</Button>
          </div>
        ))}
        {errors.indicators && <p className="field__error" role="alert">{errors.indicators}</p>}
        <div>
          <Button variant="secondary" icon={<PlusIcon />} onClick={() => set('indicators', [...draft.indicators, { name: '', value: '', target: '', met: '' }])}>Add indicator</Button>
        </div>
      </fieldset>
      <TextAreaField className="staff-form__wide" label="Notes" value={draft.notes} error={errors.notes} onChange={(e) => set('notes', e.target.value)} rows={2} />
      <div className="staff-form__actions">
        <Button type="submit" variant="primary" busy={saving}>{saving ? 'Saving…' : deciding && draft.decision ? 'Complete FPPE' : evaluation ? 'Save evaluation' : 'Open evaluation'}</Button>
        <Button variant="ghost" onClick={onDone} disabled={saving}>Cancel</Button>
      </div>
    </form>
  );
}
