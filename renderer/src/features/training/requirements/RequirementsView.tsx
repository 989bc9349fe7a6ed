// Requirements: who must complete which course, how often, with grace and source; how many are current and overdue.
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { credentialTypeLabels, credentialTypes } from '../../../../../shared/domain/credentials';
import { useDraftForm } from '../../../app/draft-form';
import { Badge, Button, PageHeader, SelectField, TextField } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { Dialog } from '../../../ui/Dialog';
import { recurrenceLabels, recurrenceText, sourceLabels } from '../labels';
import { useTrainingStore, type Requirement } from '../store';
import { organisationToday } from '../../../app/organisation-today';

type RequirementInput = InputOf<'training.saveRequirement'>['requirement'];
type TargetKind = 'everyone' | 'role' | 'department' | 'appointment-category' | 'privilege' | 'credential-type';

export function RequirementsView() {
  const { requirements, courses, loadRequirements } = useTrainingStore();
  const [editing, setEditing] = useState<Requirement | 'new' | null>(null);
  useEffect(() => {
    void loadRequirements();
  }, [loadRequirements]);
  return (
    <>
      <PageHeader
        title="Requirements"
        description="Who must complete what, and how often. People are assigned by the rule itself: change a role, department or privilege and the assignments follow."
        actions={<Button variant="primary" onClick={() => setEditing('new')} disabled={courses.length === 0} title={courses.length === 0 ? 'Add a course first' : undefined}>Add requirement</Button>}
      />
      {requirements.length === 0 ? <p className="training-empty">No requirements yet.{courses.length === 0 ? ' Add a course first, under Courses.' : ''}</p> : (
        <table className="table" aria-label="Training requirements">
          <thead>
            <tr>
              <th scope="col" style={{ width: '21%' }}>Requirement</th>
              <th scope="col" style={{ width: '20%' }}>Applies to</th>
              <th scope="col" style={{ width: '16%' }}>When</th>
              <th scope="col" style={{ width: '10%' }}>Source</th>
              <th scope="col" style={{ width: '8%' }} className="tabular">Assigned</th>
              <th scope="col" style={{ width: '16%' }}>Standing</th>
              <th scope="col" style={{ width: '9%' }}><span className="visually-hidden">History</span></th>
            </tr>
          </thead>
          <tbody>
            {requirements.map((r) => (
              <tr key={r.id} data-testid="requirement-row">
                <td>
                  <button type="button" className="link-button" onClick={() => setEditing(r)}>{r.title}</button>
                  <div className="table__secondary">{r.courseTitle}{r.retiredOn ? ' · retired' : ''}</div>
                </td>
                <td>{r.appliesToText}</td>
                <td>{recurrenceText(r)}{r.graceDays ? <div className="table__secondary">{r.graceDays} days' grace</div> : null}</td>
                <td>{sourceLabels[r.source]}</td>
                <td className="tabular">{r.counts.assigned}</td>
                <td><div className="training-standing">
                  <Badge tone="success">{r.counts.current} current</Badge>
                  {r.counts.dueSoon > 0 && <Badge tone="warning">{r.counts.dueSoon} due soon</Badge>}
                  {r.counts.overdue > 0 && <Badge tone="danger">{r.counts.overdue} overdue</Badge>}
                  {r.counts.exempt > 0 && <Badge tone="neutral">{r.counts.exempt} exempt</Badge>}
                  {r.counts.onLeave > 0 && <Badge tone="neutral">{r.counts.onLeave} on leave</Badge>}
                </div></td>
                <td><HistoryButton entity="trainingRequirement" id={r.id} name={r.title} /></td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {editing && <RequirementDialog requirement={editing === 'new' ? null : editing} onClose={() => setEditing(null)} />}
    </>
  );
}

interface Draft {
  title: string;
  courseId: string;
  targetKind: TargetKind;
  targetValue: string;
  recurrence: RequirementInput['recurrence'];
  intervalMonths: string;
  annualDate: string;
  daysAfter: string;
  graceDays: string;
  source: RequirementInput['source'];
  sourceNote: string;
  effectiveFrom: string;
}

function draftOf(r: Requirement | null, courseId: string): Draft {
  const target = r?.appliesTo[0];
  return {
    title: r?.title ?? '',
    courseId: r?.courseId ?? courseId,
    targetKind: target?.kind ?? 'everyone',
    targetValue: target ? ('id' in target ? target.id : target.value) : '',
    recurrence: r?.recurrence ?? 'rolling-months',
    intervalMonths: r?.intervalMonths ? String(r.intervalMonths) : '12',
    annualDate: r?.annualDate ?? '12-31',
    daysAfter: r?.daysAfter != null ? String(r.daysAfter) : '30',
    graceDays: String(r?.graceDays ?? 0),
    source: r?.source ?? 'policy',
    sourceNote: r?.sourceNote ?? '',
    effectiveFrom: r?.effectiveFrom ?? organisationToday(),
  };
}

function RequirementDialog({ requirement, onClose }: { requirement: Requirement | null; onClose(): void }) {
  const { courses, roles, departments, saveRequirement } = useTrainingStore();
  const form = useDraftForm<Draft>(() => draftOf(requirement, courses[0]?.id ?? ''));
  const { draft, edit, errors, message, saving } = form;
  const extraTargets = requirement && requirement.appliesTo.length > 1 ? requirement.appliesTo.slice(1) : [];

  function targets(): RequirementInput['appliesTo'] {
    const first = (() => {
      switch (draft.targetKind) {
        case 'everyone':
          return null;
        case 'role':
          return { kind: 'role' as const, id: draft.targetValue };
        case 'department':
          return { kind: 'department' as const, id: draft.targetValue };
        case 'appointment-category':
          return { kind: 'appointment-category' as const, value: draft.targetValue as 'active' };
        case 'credential-type':
          return { kind: 'credential-type' as const, value: draft.targetValue as 'dea' };
        case 'privilege':
          return { kind: 'privilege' as const, value: draft.targetValue };
      }
    })();
    return first ? [first, ...extraTargets] : extraTargets;
  }
  const number = (text: string) => (text.trim() === '' ? null : Number(text));

  const valueOptions = (() => {
    switch (draft.targetKind) {
      case 'role':
        return roles.filter((r) => !r.retiredOn).map((r) => ({ value: r.id, label: r.name }));
      case 'department':
        return departments.filter((d) => !d.retiredOn).map((d) => ({ value: d.id, label: d.name }));
      case 'appointment-category':
        return [['active', 'Active staff'], ['provisional', 'Provisional'], ['courtesy', 'Courtesy'], ['consulting', 'Consulting'], ['ahp', 'Allied health']].map(([value, label]) => ({ value: value!, label: label! }));
      case 'credential-type':
        return credentialTypes.map((t) => ({ value: t, label: credentialTypeLabels[t] }));
      default:
        return null;
    }
  })();

  return (
    <Dialog title={requirement ? 'Edit requirement' : 'Add requirement'} onClose={onClose} wide
      footer={<>
        <Button onClick={onClose}>Cancel</Button>
        <Button type="submit" form="requirement-form" variant="primary" busy={saving}>{requirement ? 'Save requirement' : 'Add requirement'}</Button>
      </>}>
      <form
        id="requirement-form"
        noValidate
        className="training-form"
        onSubmit={(event) => void form.submit(event, {
          check: (d): Record<string, string> => (d.targetKind !== 'everyone' && !d.targetValue ? { targetValue: 'Choose who it applies to' } : {}),
          save: async (d) => {
            const result = await saveRequirement({
              ...(requirement ? { id: requirement.id } : {}),
              requirement: {
                title: d.title, courseId: d.courseId, appliesTo: targets(), recurrence: d.recurrence, intervalMonths: d.recurrence === 'rolling-months' ? number(d.intervalMonths) : null,
                annualDate: d.recurrence === 'annual-date' ? d.annualDate : null, daysAfter: ['one-time', 'after-hire', 'after-privilege', 'policy-version', 'rolling-months'].includes(d.recurrence) ? number(d.daysAfter) : null,
                graceDays: number(d.graceDays) ?? 0, source: d.source, sourceNote: d.sourceNote, effectiveFrom: d.effectiveFrom,
                ...(requirement?.policyId ? { policyId: requirement.policyId } : {}),
              },
            });
            if (result.ok) onClose();
            return result;
          },
        })}
      >
        <TextField label="Title" value={draft.title} onChange={edit('title')} error={errors.title} required />
        <SelectField label="Course that satisfies it" value={draft.courseId} onChange={edit('courseId')} error={errors.courseId} options={courses.map((c) => ({ value: c.id, label: c.title }))} />
        <div className="training-form__row">
          <SelectField label="Applies to" value={draft.targetKind} onChange={(e) => { form.set('targetKind', e.target.value as TargetKind); form.set('targetValue', ''); }}
            options={[{ value: 'everyone', label: 'Everyone on staff' }, { value: 'role', label: 'A role' }, { value: 'department', label: 'A department' }, { value: 'appointment-category', label: 'An appointment category' }, { value: 'privilege', label: 'Holders of a privilege' }, { value: 'credential-type', label: 'Holders of a credential type' }]} />
          {valueOptions ? (
            <SelectField label="Which" value={draft.targetValue} onChange={edit('targetValue')} error={errors.targetValue ?? errors.appliesTo} options={[{ value: '', label: 'Choose…' }, ...valueOptions]} />
          ) : draft.targetKind === 'privilege' ? (
            <TextField label="Privilege" value={draft.targetValue} onChange={edit('targetValue')} error={errors.targetValue ?? errors.appliesTo} placeholder="Moderate sedation" />
          ) : null}
        </div>
        {extraTargets.length > 0 && <p className="field__hint">Also applies to {extraTargets.length} more {extraTargets.length === 1 ? 'group' : 'groups'} set from its policy.</p>}
        <div className="training-form__row">
          <SelectField label="Recurrence" value={draft.recurrence} onChange={edit('recurrence')} options={Object.entries(recurrenceLabels).filter(([k]) => k !== 'policy-version' || requirement?.policyId).map(([value, label]) => ({ value, label }))} />
          {draft.recurrence === 'rolling-months' && <TextField label="Every (months)" type="number" min={1} value={draft.intervalMonths} onChange={edit('intervalMonths')} error={errors.intervalMonths} />}
          {draft.recurrence === 'annual-date' && <TextField label="Due each year on (MM-DD)" value={draft.annualDate} onChange={edit('annualDate')} error={errors.annualDate} />}
          {draft.recurrence !== 'annual-date' && <TextField label={draft.recurrence === 'rolling-months' ? 'First due (days after it applies)' : 'Days allowed'} type="number" min={0} value={draft.daysAfter} onChange={edit('daysAfter')} error={errors.daysAfter} />}
          <TextField label="Grace (days)" type="number" min={0} value={draft.graceDays} onChange={edit('graceDays')} error={errors.graceDays} />
        </div>
        <div className="training-form__row">
          <SelectField label="Source" value={draft.source} onChange={edit('source')} options={Object.entries(sourceLabels).map(([value, label]) => ({ value, label }))} />
          <TextField label="Source detail" value={draft.sourceNote} onChange={edit('sourceNote')} error={errors.sourceNote} placeholder="21 U.S.C. 823(l) (MATE Act)" />
          <TextField label="Applies from" type="date" name="effectiveFrom" value={draft.effectiveFrom} onChange={edit('effectiveFrom')} error={errors.effectiveFrom} />
        </div>
        {message && <p className="training-alert" role="alert">{message}</p>}
      </form>
    </Dialog>
  );
}
