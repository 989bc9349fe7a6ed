// A practitioner's training, on their profile: each requirement that applies with its state, waivers, CME in the
// current licence cycle against the state's profile (and the shortfall), and competency assessments.
import { useState } from 'react';
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { useDraftForm } from '../../../app/draft-form';
import { call } from '../../../client';
import { Badge, Button, Card, SelectField, TextField, formatDay, toastError, toastSuccess } from '../../../ui';
import { trySave } from '../../staff/field-errors';
import { shortfallText } from '../cme/CmeView';
import { creditTypeLabels, stateDisplay } from '../labels';
import '../training.css';

type Assignment = OutputOf<'training.assignments'>[number];

interface PractitionerTrainingState {
  staffId: string | null;
  assignments: Assignment[];
  cme: OutputOf<'training.cme'> | null;
  competencies: OutputOf<'training.competencies'>;
  open(staffId: string): Promise<void>;
}

/** Read when the profile opens, so the tab's note (overdue, CME short) shows before the tab is chosen. */
export const usePractitionerTraining = create<PractitionerTrainingState>((set, get) => ({
  staffId: null,
  assignments: [],
  cme: null,
  competencies: [],
  async open(staffId) {
    set({ staffId });
    try {
      const [assignments, cme, competencies] = await Promise.all([call('training.assignments', { staffId }), call('training.cme', { staffId }), call('training.competencies', { staffId })]);
      if (get().staffId === staffId) set({ assignments, cme, competencies });
    } catch (error) {
      toastError('Training could not be read', error);
    }
  },
}));

/** The tab's note: what needs attention, in a word or two. */
export function practitionerTrainingNote(state: PractitionerTrainingState): string | undefined {
  const overdue = state.assignments.filter((a) => a.state === 'overdue').length;
  const parts = [overdue ? `${overdue} overdue` : null, state.cme?.short ? 'CME short' : null].filter(Boolean);
  return parts.length ? parts.join(' · ') : state.assignments.length ? String(state.assignments.length) : undefined;
}

export function PractitionerTraining() {
  const { staffId, assignments, cme, competencies } = usePractitionerTraining();
  const [waiving, setWaiving] = useState<Assignment | null>(null);
  const [assessing, setAssessing] = useState(false);
  if (!staffId) return null;
  const reload = () => usePractitionerTraining.getState().open(staffId);
  return (
    <section aria-label="Training" className="practitioner-training">
      <Card title="CME this licence cycle" data-testid="practitioner-cme">
        {!cme ? <p className="table__secondary">Reading…</p> : cme.missing ? <p className="table__secondary">{cme.missing}.</p> : (
          <div className="cme-summary">
            <p>
              {cme.state} licence cycle {formatDay(cme.cycleStart!)} – {formatDay(cme.cycleEnd!)}: <strong className="tabular">{cme.total}</strong> of {cme.required?.total} credits,
              {' '}<span className="tabular">{cme.category1}</span> of {cme.required?.category1} Category 1.
              {' '}{cme.short ? <Badge tone="danger">Short: {shortfallText(cme)}</Badge> : <Badge tone="success">Meets the {cme.state} profile</Badge>}
              {cme.reappointmentDue && <span className="table__secondary"> · reappointment due {formatDay(cme.reappointmentDue)}</span>}
            </p>
            {cme.byCategory.length > 0 && <p className="table__secondary">{cme.byCategory.map((c) => `${creditTypeLabels[c.creditType]}: ${c.credits}`).join(' · ')}</p>}
            {cme.topics.length > 0 && <p className="table__secondary">Required topics: {cme.topics.map((t) => `${t.topic} ${t.earned}/${t.required}`).join(' · ')}</p>}
          </div>
        )}
      </Card>
      <Card title="Required training" flush>
        {assignments.length === 0 ? <p className="table__secondary practitioner-training__empty">No training requirement applies.</p> : (
          <table className="table" aria-label="Required training">
            <thead><tr><th scope="col">Requirement</th><th scope="col">Standing</th><th scope="col">Due</th><th scope="col">Last completed</th><th scope="col"><span className="visually-hidden">Actions</span></th></tr></thead>
            <tbody>
              {assignments.map((a) => (
                <tr key={a.requirementId} data-testid="practitioner-assignment">
                  <td>{a.requirementTitle}<div className="table__secondary">{a.courseTitle}</div></td>
                  <td><Badge tone={stateDisplay[a.state].tone}>{stateDisplay[a.state].label}</Badge>{a.waiver && <div className="table__secondary">Waived by {a.waiver.approver} until {formatDay(a.waiver.endsOn)}: {a.waiver.reason}</div>}</td>
                  <td className="tabular">{a.dueOn ? formatDay(a.dueOn) : '—'}</td>
                  <td className="tabular">{a.lastCompletedOn ? formatDay(a.lastCompletedOn) : '—'}</td>
                  <td>{a.state !== 'exempt' && <Button onClick={() => setWaiving(a)}>Waive…</Button>}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        {waiving && <WaiverForm staffId={staffId} assignment={waiving} onDone={async (saved) => { setWaiving(null); if (saved) await reload(); }} />}
      </Card>
      <Card title="Competency assessments" actions={<Button onClick={() => setAssessing(true)}>Record assessment</Button>} flush>
        {assessing && <CompetencyForm staffId={staffId} onDone={async (saved) => { setAssessing(false); if (saved) await reload(); }} />}
        {competencies.length === 0 ? <p className="table__secondary practitioner-training__empty">No competency assessments on file.</p> : (
          <table className="table" aria-label="Competency assessments">
            <thead><tr><th scope="col">Competency</th><th scope="col">Method</th><th scope="col">Assessor</th><th scope="col">Result</th><th scope="col">Assessed</th><th scope="col">Next due</th></tr></thead>
            <tbody>
              {competencies.map((c) => (
                <tr key={c.id}>
                  <td>{c.competency}</td><td>{c.method.replace(/-/g, ' ')}</td><td>{c.assessor}</td>
                  <td><Badge tone={c.result === 'competent' ? 'success' : 'warning'}>{c.result.replace(/-/g, ' ')}</Badge></td>
                  <td className="tabular">{formatDay(c.assessedOn)}</td>
                  <td className="tabular">{c.overdue ? <Badge tone="danger">Overdue {formatDay(c.nextDueOn)}</Badge> : formatDay(c.nextDueOn)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Card>
    </section>
  );
}

function WaiverForm({ staffId, assignment, onDone }: { staffId: string; assignment: Assignment; onDone(saved: boolean): void }) {
  const form = useDraftForm({ approver: '', reason: '', endsOn: '' });
  const { draft, edit, errors, message, saving } = form;
  return (
    <form className="training-form training-form--inline practitioner-training__form" noValidate aria-label={`Waive ${assignment.requirementTitle}`} onSubmit={(event) => void form.submit(event, {
      save: async (d) => {
        const result = await trySave(() => call('training.grantWaiver', { staffId, requirementId: assignment.requirementId, approver: d.approver, reason: d.reason, endsOn: d.endsOn }));
        if (result.ok) {
          toastSuccess('Waiver recorded', assignment.requirementTitle);
          onDone(true);
        }
        return result;
      },
    })}>
      <p><strong>Waive {assignment.requirementTitle}</strong></p>
      <div className="training-form__row">
        <TextField label="Approved by" value={draft.approver} onChange={edit('approver')} error={errors.approver} />
        <TextField label="Reason" value={draft.reason} onChange={edit('reason')} error={errors.reason} />
        <TextField label="Ends on" type="date" name="endsOn" value={draft.endsOn} onChange={edit('endsOn')} error={errors.endsOn} />
      </div>
      {message && <p className="training-alert" role="alert">{message}</p>}
      <div className="training-form__actions"><Button onClick={() => onDone(false)}>Cancel</Button><Button type="submit" variant="primary" busy={saving}>Record waiver</Button></div>
    </form>
  );
}

const methods = [['direct-observation', 'Direct observation'], ['simulation', 'Simulation'], ['skills-check', 'Skills check'], ['written-test', 'Written test'], ['case-review', 'Case review']] as const;

function CompetencyForm({ staffId, onDone }: { staffId: string; onDone(saved: boolean): void }) {
  const form = useDraftForm({ competency: '', method: 'direct-observation' as (typeof methods)[number][0], assessor: '', result: 'competent' as 'competent' | 'needs-practice' | 'not-competent', assessedOn: '', nextDueOn: '' });
  const { draft, edit, errors, message, saving } = form;
  return (
    <form className="training-form training-form--inline practitioner-training__form" noValidate aria-label="Record a competency assessment" onSubmit={(event) => void form.submit(event, {
      save: async (d) => {
        const result = await trySave(() => call('training.recordCompetency', { staffId, competency: d.competency, method: d.method, assessor: d.assessor, result: d.result, assessedOn: d.assessedOn, ...(d.nextDueOn ? { nextDueOn: d.nextDueOn } : {}) }));
        if (result.ok) onDone(true);
        return result;
      },
    })}>
      <div className="training-form__row">
        <TextField label="Competency" value={draft.competency} onChange={edit('competency')} error={errors.competency} placeholder="Central line insertion" />
        <SelectField label="Method" value={draft.method} onChange={edit('method')} options={methods.map(([value, label]) => ({ value, label }))} />
        <TextField label="Assessor" value={draft.assessor} onChange={edit('assessor')} error={errors.assessor} />
      </div>
      <div className="training-form__row">
        <SelectField label="Result" value={draft.result} onChange={edit('result')} options={[{ value: 'competent', label: 'Competent' }, { value: 'needs-practice', label: 'Needs practice' }, { value: 'not-competent', label: 'Not competent' }]} />
        <TextField label="Assessed on" type="date" name="assessedOn" value={draft.assessedOn} onChange={edit('assessedOn')} error={errors.assessedOn} />
        <TextField label="Next due" type="date" name="nextDueOn" value={draft.nextDueOn} onChange={edit('nextDueOn')} error={errors.nextDueOn} hint="Empty: three years on" />
      </div>
      {message && <p className="training-alert" role="alert">{message}</p>}
      <div className="training-form__actions"><Button onClick={() => onDone(false)}>Cancel</Button><Button type="submit" variant="primary" busy={saving}>Record assessment</Button></div>
    </form>
  );
}
