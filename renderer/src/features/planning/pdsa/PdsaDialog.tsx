// A PDSA cycle's form: what it tests and for what, the prediction and plan, what happened, the study and the act.
// The state rule (shared/domain/pdsa) is checked on screen as the core checks it, each problem beside its field.
import { PdsaCycleInput } from '../../../../../shared/contract/pdsa';
import { pdsaActLabel, pdsaActs, pdsaProblems, pdsaStateLabel, pdsaStates, type PdsaAct, type PdsaState } from '../../../../../shared/domain/pdsa';
import { SelectField, TextAreaField, TextField } from '../../../ui';
import { OwnerField, ownerOf, type PickedPerson } from '../OwnerField';
import { PlanFormDialog } from '../PlanFormDialog';
import { usePdsaStore, type PdsaCycle } from './store';

export interface PdsaDialogProps {
  cycle: PdsaCycle | null;
  /** For a new cycle: the one it follows (its subject and aim carry over). */
  follows?: PdsaCycle | undefined;
  /** Open at this state (moving a cycle on). */
  state?: PdsaState | undefined;
  onClose(): void;
}

const textFields = [
  ['aim', 'Aim', 'What are we trying to accomplish?'],
  ['changeIdea', 'Change idea', 'What change will we test?'],
  ['question', 'Question', 'What do we want to learn from this test?'],
  ['prediction', 'Prediction', 'What do we think will happen?'],
  ['plan', 'Plan', 'Who, what, when, where'],
  ['dataPlan', 'Data plan', 'What will we measure, and how?'],
  ['observations', 'Observations (Do)', 'What happened, including what was not expected'],
  ['study', 'Study', 'The results against the prediction'],
] as const;
type TextKey = (typeof textFields)[number][0];

export function PdsaDialog({ cycle, follows, state, onClose }: PdsaDialogProps) {
  const { subjects, cycles, save } = usePdsaStore();
  const base = cycle ?? follows;
  const subjectOf = (c: PdsaCycle | undefined | null) => (c?.initiativeId ? `initiative:${c.initiativeId}` : c?.measureId ? `measure:${c.measureId}` : '');
  const initial = {
    title: cycle?.title ?? '',
    subject: subjectOf(base),
    previousCycleId: cycle ? cycle.previousCycleId ?? '' : follows?.id ?? '',
    owner: ownerOf(base?.ownerStaffId ?? null, base?.ownerName ?? null) as PickedPerson | null,
    startsOn: cycle?.startsOn ?? '',
    endsOn: cycle?.endsOn ?? '',
    state: state ?? cycle?.state ?? 'planned',
    act: cycle?.act ?? '',
    ...(Object.fromEntries(textFields.map(([k]) => [k, cycle?.[k] ?? (k === 'aim' ? follows?.aim ?? '' : '')])) as Record<TextKey, string>),
  };
  type Draft = typeof initial;
  const toInput = (d: Draft) => {
    const [kind, id] = d.subject.split(':');
    return {
      ...(cycle ? { id: cycle.id } : {}),
      initiativeId: kind === 'initiative' ? id! : null,
      measureId: kind === 'measure' ? id! : null,
      previousCycleId: d.previousCycleId || null,
      title: d.title,
      ...Object.fromEntries(textFields.map(([k]) => [k, d[k].trim() || null])),
      act: (d.act || null) as PdsaAct | null,
      state: d.state as PdsaState,
      ownerStaffId: d.owner?.id ?? null,
      startsOn: d.startsOn || null,
      endsOn: d.endsOn || null,
    };
  };
  const subjectOptions = [
    { value: '', label: 'Choose…' },
    ...subjects.initiatives.map((i) => ({ value: `initiative:${i.id}`, label: `Initiative: ${i.title}` })),
    ...subjects.measures.map((m) => ({ value: `measure:${m.id}`, label: `Measure: ${m.name}` })),
  ];
  const previousOptions = [{ value: '', label: 'None: the first cycle' }, ...cycles.filter((c) => c.id !== cycle?.id).map((c) => ({ value: c.id, label: c.title }))];
  return (
    <PlanFormDialog
      wide
      title={cycle ? `PDSA cycle “${cycle.title}”` : follows ? `Next cycle after “${follows.title}”` : 'New PDSA cycle'}
      submitLabel={cycle ? 'Save cycle' : 'Add cycle'}
      initial={initial}
      schema={PdsaCycleInput.superRefine((input, ctx) => {
        for (const p of pdsaProblems(cycle?.state ?? null, { ...input, state: input.state ?? 'planned' })) ctx.addIssue({ code: 'custom', path: [p.path], message: p.message });
      })}
      toInput={toInput}
      save={save}
      onClose={onClose}
    >
      {(f) => {
        const errors: Record<string, string | undefined> = { ...f.errors, subject: f.errors['subject'] ?? f.errors['initiativeId'] ?? f.errors['measureId'] };
        return (
          <>
            <TextField label="Title" value={f.draft.title} onChange={f.edit('title')} error={errors['title']} placeholder="Lactate at triage, day shift" />
            <div className="planning__row">
              <SelectField label="Tests a change for" value={f.draft.subject} onChange={f.edit('subject')} options={subjectOptions} error={errors['subject']} />
              <SelectField label="Follows cycle" value={f.draft.previousCycleId} onChange={f.edit('previousCycleId')} options={previousOptions} error={errors['previousCycleId']} />
            </div>
            <div className="planning__row planning__row--three">
              <SelectField label="State" value={f.draft.state} onChange={f.edit('state')} options={pdsaStates.map((s) => ({ value: s, label: pdsaStateLabel[s] }))} error={errors['state']} />
              <TextField label="Starts" type="date" name="startsOn" value={f.draft.startsOn} onChange={f.edit('startsOn')} error={errors['startsOn']} />
              <TextField label="Ends" type="date" name="endsOn" value={f.draft.endsOn} onChange={f.edit('endsOn')} error={errors['endsOn']} />
            </div>
            <OwnerField value={f.draft.owner} onChange={(p) => f.set('owner', p)} error={errors['ownerStaffId']} />
            <div className="planning__row">
              {textFields.map(([key, label, hint]) => (
                <TextAreaField key={key} label={label} hint={hint} rows={2} value={f.draft[key]} onChange={f.edit(key)} error={errors[key]} />
              ))}
            </div>
            <SelectField
              label="Act"
              value={f.draft.act}
              onChange={f.edit('act')}
              options={[{ value: '', label: 'Not decided yet' }, ...pdsaActs.map((a) => ({ value: a, label: pdsaActLabel[a] }))]}
              error={errors['act']}
              hint="Adopt the change, adapt it and test again, or abandon it: chosen when the cycle is decided."
            />
          </>
        );
      }}
    </PlanFormDialog>
  );
}

