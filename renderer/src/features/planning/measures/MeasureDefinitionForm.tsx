// A measure's definition: what it counts, how, how often, which way is better, its baseline, target, goal, owner and
// the committee it reports to.
import { useDraftForm } from '../../../app/draft-form';
import { Button, SelectField, TextAreaField, TextField } from '../../../ui';
import { OwnerField, ownerOf, type PickedPerson } from '../OwnerField';
import { useMeasuresStore, type MeasureDetail, type MeasureInput } from './store';

interface Draft {
  name: string; definition: string; type: MeasureInput['type']; numeratorDefinition: string; denominatorDefinition: string; exclusions: string;
  source: string; frequency: MeasureInput['frequency']; direction: MeasureInput['direction']; unit: string; rateMultiplier: string;
  baseline: string; target: string; goalId: string; owner: PickedPerson | null; committeeId: string;
}

const text = (v: string | null | undefined) => v ?? '';
const num = (v: number | null | undefined) => (v === null || v === undefined ? '' : String(v));

function draftOf(m: MeasureDetail['measure'] | null): Draft {
  return {
    name: text(m?.name), definition: text(m?.definition), type: m?.type ?? 'proportion', numeratorDefinition: text(m?.numeratorDefinition),
    denominatorDefinition: text(m?.denominatorDefinition), exclusions: text(m?.exclusions), source: text(m?.source), frequency: m?.frequency ?? 'monthly',
    direction: m?.direction ?? 'higher-is-better', unit: text(m?.unit), rateMultiplier: num(m?.rateMultiplier), baseline: num(m?.baseline), target: num(m?.target),
    goalId: text(m?.goalId), owner: ownerOf(m?.ownerStaffId ?? null, m?.ownerName ?? null), committeeId: text(m?.committeeId),
  };
}

function numberOrNull(field: string, value: string, errors: Record<string, string>): number | null {
  if (value.trim() === '') return null;
  const n = Number(value.replace(/,/g, ''));
  if (!Number.isFinite(n)) errors[field] = 'Enter a number';
  return Number.isFinite(n) ? n : null;
}

export function MeasureDefinitionForm({ measure, goals, committees, onSaved }: {
  measure: MeasureDetail['measure'] | null; goals: { id: string; label: string }[]; committees: { id: string; name: string }[]; onSaved(id: string): void;
}) {
  const form = useDraftForm<Draft>(() => draftOf(measure));
  const save = useMeasuresStore((s) => s.saveMeasure);
  const d = form.draft;
  const ratio = d.type === 'proportion' || d.type === 'rate';

  function toInput(draft: Draft, errors: Record<string, string>): MeasureInput {
    return {
      goalId: draft.goalId || null, name: draft.name, definition: draft.definition || null, type: draft.type,
      numeratorDefinition: ratio ? draft.numeratorDefinition || null : null, denominatorDefinition: ratio ? draft.denominatorDefinition || null : null,
      exclusions: draft.exclusions || null, source: draft.source || null, frequency: draft.frequency, direction: draft.direction, unit: draft.unit || null,
      rateMultiplier: draft.type === 'rate' ? numberOrNull('rateMultiplier', draft.rateMultiplier, errors) : null,
      baseline: numberOrNull('baseline', draft.baseline, errors), target: numberOrNull('target', draft.target, errors),
      ownerStaffId: draft.owner?.id ?? null, committeeId: draft.committeeId || null, initiativeId: measure?.initiativeId ?? null,
    };
  }

  return (
    <form
      className="measure-form"
      noValidate
      onSubmit={(event) =>
        void form.submit(event, {
          check: (draft) => {
            const errors: Record<string, string> = {};
            if (!draft.name.trim()) errors['name'] = 'Name is required';
            toInput(draft, errors);
            if (draft.type === 'rate' && !draft.rateMultiplier.trim()) errors['rateMultiplier'] = 'A rate needs its multiplier (per 1,000 patient days: 1000)';
            return errors;
          },
          save: async (draft) => {
            const result = await save(measure?.id ?? null, toInput(draft, {}));
            if (result.ok) onSaved(result.value.measure.id);
            return result;
          },
        })
      }
    >
      <div className="measure-form__grid">
        <TextField label="Name" name="name" value={d.name} onChange={form.edit('name')} error={form.errors['name']} required />
        <SelectField label="Goal" name="goalId" value={d.goalId} onChange={form.edit('goalId')} error={form.errors['goalId']} options={[{ value: '', label: 'No goal' }, ...goals.map((g) => ({ value: g.id, label: g.label }))]} />
        <SelectField label="Type (picks the chart)" name="type" value={d.type} onChange={form.edit('type')} error={form.errors['type']}
          options={[{ value: 'proportion', label: 'Proportion — p-chart' }, { value: 'rate', label: 'Rate — u-chart' }, { value: 'count', label: 'Count — c-chart' }, { value: 'continuous', label: 'Continuous — XmR chart' }]} />
        <SelectField label="Frequency" name="frequency" value={d.frequency} onChange={form.edit('frequency')} error={form.errors['frequency']}
          options={[{ value: 'monthly', label: 'Monthly (2026-03)' }, { value: 'quarterly', label: 'Quarterly (2026-Q1)' }, { value: 'annual', label: 'Annual (2026)' }]} />
        <SelectField label="Direction" name="direction" value={d.direction} onChange={form.edit('direction')}
          options={[{ value: 'higher-is-better', label: 'Higher is better' }, { value: 'lower-is-better', label: 'Lower is better' }]} />
        <TextField label={d.type === 'proportion' ? 'Unit' : 'Unit (e.g. per 1,000 patient days, minutes)'} name="unit" value={d.type === 'proportion' ? '%' : d.unit} disabled={d.type === 'proportion'} onChange={form.edit('unit')} error={form.errors['unit']} />
        {d.type === 'rate' && <TextField label="Rate per" name="rateMultiplier" inputMode="decimal" value={d.rateMultiplier} onChange={form.edit('rateMultiplier')} error={form.errors['rateMultiplier']} hint="1000 for per 1,000 patient days" />}
        <TextField label={`Baseline${d.type === 'proportion' ? ' (%)' : ''}`} name="baseline" inputMode="decimal" value={d.baseline} onChange={form.edit('baseline')} error={form.errors['baseline']} />
        <TextField label={`Target${d.type === 'proportion' ? ' (%)' : ''}`} name="target" inputMode="decimal" value={d.target} onChange={form.edit('target')} error={form.errors['target']} />
        <TextField label="Source" name="source" value={d.source} onChange={form.edit('source')} error={form.errors['source']} />
        <OwnerField value={d.owner} onChange={(owner) => form.set('owner', owner)} error={form.errors['ownerStaffId']} />
        <SelectField label="Reports to" name="committeeId" value={d.committeeId} onChange={form.edit('committeeId')} error={form.errors['committeeId']}
          options={[{ value: '', label: 'No committee' }, ...committees.map((c) => ({ value: c.id, label: c.name }))]} />
      </div>
      <TextAreaField label="Definition" name="definition" value={d.definition} onChange={form.edit('definition')} error={form.errors['definition']} rows={2} />
      {ratio && (
        <div className="measure-form__grid">
          <TextAreaField label="Numerator" name="numeratorDefinition" value={d.numeratorDefinition} onChange={form.edit('numeratorDefinition')} rows={2} />
          <TextAreaField label="Denominator" name="denominatorDefinition" value={d.denominatorDefinition} onChange={form.edit('denominatorDefinition')} rows={2} />
        </div>
      )}
      <TextAreaField label="Exclusions" name="exclusions" value={d.exclusions} onChange={form.edit('exclusions')} rows={2} />
      {form.message && <p className="form-message" role="alert">{form.message}</p>}
      <div className="form-actions">
        <Button type="submit" variant="primary" busy={form.saving}>{measure ? 'Save definition' : 'Add measure'}</Button>
      </div>
    </form>
  );
}
