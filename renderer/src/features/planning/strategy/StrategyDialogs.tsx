// The strategy's add/edit dialogs: plan period, perspective, goal and initiative (with its milestones), and the delete
// that first says what goes with the record.
import { useEffect, useState } from 'react';
import { GoalInput, InitiativeInput, MilestoneInput, PerspectiveInput, PlanPeriodInput, initiativeStatuses } from '../../../../../shared/contract/strategy';
import { fieldErrorsFromIssues } from '../../../app/draft-form';
import { Button, CheckboxField, SelectField, TextAreaField, TextField, toastError } from '../../../ui';
import { Dialog } from '../../../ui/Dialog';
import { initiativeStatusLabel, numberOrNull } from '../labels';
import { OwnerField, ownerOf, type PickedPerson } from '../OwnerField';
import { PlanFormDialog } from '../PlanFormDialog';
import { useStrategyStore, type Goal, type Initiative, type PlanRecordRef, type RemovalPreview } from './store';
import { organisationToday } from '../../../app/organisation-today';

export function PeriodDialog({ onClose }: { onClose(): void }) {
  const savePeriod = useStrategyStore((s) => s.savePeriod);
  const year = new Date().getFullYear() + 1;
  return (
    <PlanFormDialog
      title="New plan period"
      submitLabel="Add period"
      initial={{ name: `FY${year}`, startsOn: `${year - 1}-07-01`, endsOn: `${year}-06-30` }}
      schema={PlanPeriodInput}
      toInput={(d) => d}
      save={savePeriod}
      onClose={onClose}
    >
      {(f) => (
        <>
          <TextField label="Name" value={f.draft.name} onChange={f.edit('name')} error={f.errors['name']} />
          <div className="planning__row">
            <TextField label="Starts" type="date" name="startsOn" value={f.draft.startsOn} onChange={f.edit('startsOn')} error={f.errors['startsOn']} />
            <TextField label="Ends" type="date" name="endsOn" value={f.draft.endsOn} onChange={f.edit('endsOn')} error={f.errors['endsOn']} />
          </div>
        </>
      )}
    </PlanFormDialog>
  );
}

export function PerspectiveDialog({ planPeriodId, perspective, onClose }: { planPeriodId: string; perspective?: { id: string; name: string }; onClose(): void }) {
  const savePerspective = useStrategyStore((s) => s.savePerspective);
  return (
    <PlanFormDialog
      title={perspective ? `Rename “${perspective.name}”` : 'Add a perspective'}
      submitLabel={perspective ? 'Save' : 'Add perspective'}
      initial={{ name: perspective?.name ?? '' }}
      schema={PerspectiveInput}
      toInput={(d) => ({ ...(perspective ? { id: perspective.id } : {}), planPeriodId, name: d.name })}
      save={savePerspective}
      onClose={onClose}
    >
      {(f) => <TextField label="Name" value={f.draft.name} onChange={f.edit('name')} error={f.errors['name']} placeholder="Quality & Safety" />}
    </PlanFormDialog>
  );
}

export function GoalDialog({ perspectiveId, goal, onClose }: { perspectiveId: string; goal: Goal | null; onClose(): void }) {
  const saveGoal = useStrategyStore((s) => s.saveGoal);
  return (
    <PlanFormDialog
      title={goal ? `Edit goal “${goal.title}”` : 'Add a goal'}
      submitLabel={goal ? 'Save goal' : 'Add goal'}
      initial={{ title: goal?.title ?? '', description: goal?.description ?? '', owner: ownerOf(goal?.ownerStaffId ?? null, goal?.ownerName ?? null) as PickedPerson | null }}
      schema={GoalInput}
      toInput={(d) => ({ ...(goal ? { id: goal.id } : {}), perspectiveId, title: d.title, description: d.description || null, ownerStaffId: d.owner?.id ?? null })}
      save={saveGoal}
      onClose={onClose}
    >
      {(f) => (
        <>
          <TextField label="Title" value={f.draft.title} onChange={f.edit('title')} error={f.errors['title']} placeholder="Eliminate avoidable harm" />
          <TextAreaField label="Description" rows={2} value={f.draft.description} onChange={f.edit('description')} error={f.errors['description']} />
          <OwnerField value={f.draft.owner} onChange={(p) => f.set('owner', p)} error={f.errors['ownerStaffId']} />
        </>
      )}
    </PlanFormDialog>
  );
}

export function InitiativeDialog({ goalId, initiative, onClose }: { goalId: string; initiative: Initiative | null; onClose(): void }) {
  const saveInitiative = useStrategyStore((s) => s.saveInitiative);
  const i = initiative;
  return (
    <PlanFormDialog
      wide
      title={i ? `Edit initiative “${i.title}”` : 'Add an initiative'}
      submitLabel={i ? 'Save initiative' : 'Add initiative'}
      initial={{
        title: i?.title ?? '', description: i?.description ?? '', owner: ownerOf(i?.ownerStaffId ?? null, i?.ownerName ?? null) as PickedPerson | null,
        startsOn: i?.startsOn ?? '', dueOn: i?.dueOn ?? '', status: i?.status ?? 'proposed',
        budgetPlanned: i?.budgetPlanned?.toString() ?? '', budgetSpent: i?.budgetSpent?.toString() ?? '',
      }}
      schema={InitiativeInput}
      toInput={(d) => ({
        ...(i ? { id: i.id } : {}), goalId, title: d.title, description: d.description || null, ownerStaffId: d.owner?.id ?? null,
        startsOn: d.startsOn || null, dueOn: d.dueOn || null, status: d.status, budgetPlanned: numberOrNull(d.budgetPlanned), budgetSpent: numberOrNull(d.budgetSpent),
      })}
      save={saveInitiative}
      onClose={onClose}
    >
      {(f) => (
        <>
          <TextField label="Title" value={f.draft.title} onChange={f.edit('title')} error={f.errors['title']} placeholder="Sepsis bundle in the emergency department" />
          <TextAreaField label="Description" rows={2} value={f.draft.description} onChange={f.edit('description')} error={f.errors['description']} />
          <div className="planning__row">
            <OwnerField value={f.draft.owner} onChange={(p) => f.set('owner', p)} error={f.errors['ownerStaffId']} />
            <SelectField label="Status" value={f.draft.status} onChange={f.edit('status')} options={initiativeStatuses.map((s) => ({ value: s, label: initiativeStatusLabel[s] }))} />
          </div>
          <div className="planning__row">
            <TextField label="Starts" type="date" name="startsOn" value={f.draft.startsOn} onChange={f.edit('startsOn')} error={f.errors['startsOn']} />
            <TextField label="Due" type="date" name="dueOn" value={f.draft.dueOn} onChange={f.edit('dueOn')} error={f.errors['dueOn']} />
          </div>
          <div className="planning__row">
            <TextField label="Planned budget (USD)" inputMode="decimal" value={f.draft.budgetPlanned} onChange={f.edit('budgetPlanned')} error={f.errors['budgetPlanned']} />
            <TextField label="Spent so far (USD)" inputMode="decimal" value={f.draft.budgetSpent} onChange={f.edit('budgetSpent')} error={f.errors['budgetSpent']} />
          </div>
        </>
      )}
    </PlanFormDialog>
  );
}

/** An initiative's milestones: each marked done on the day it is ticked, and a new one added by title and date. */
export function MilestonesDialog({ initiative, onClose }: { initiative: Initiative; onClose(): void }) {
  const saveMilestone = useStrategyStore((s) => s.saveMilestone);
  const current = useStrategyStore((s) => s.plan?.perspectives.flatMap((p) => p.goals.flatMap((g) => g.initiatives)).find((x) => x.id === initiative.id)) ?? initiative;
  const [adding, setAdding] = useState(0);
  async function toggle(m: Initiative['milestones'][number], done: boolean) {
    const result = await saveMilestone({ id: m.id, initiativeId: m.initiativeId, title: m.title, dueOn: m.dueOn, doneOn: done ? organisationToday() : null });
    if (!result.ok) toastError(`“${m.title}” was not changed`, result.error);
  }
  return (
    <Dialog title={`Milestones of “${current.title}”`} onClose={onClose} footer={<Button variant="primary" onClick={onClose}>Done</Button>}>
      {current.milestones.length === 0 ? <p className="planning__muted">No milestones yet.</p> : (
        <ul className="planning__milestones" aria-label="Milestones">
          {current.milestones.map((m) => (
            <li key={m.id}>
              <CheckboxField label={`${m.title} — due ${m.dueOn}${m.doneOn ? `, done ${m.doneOn}` : ''}`} checked={m.doneOn !== null} onChange={(e) => void toggle(m, e.target.checked)} />
            </li>
          ))}
        </ul>
      )}
      <AddMilestoneForm key={adding} initiativeId={current.id} onAdded={() => setAdding((n) => n + 1)} />
    </Dialog>
  );
}

function AddMilestoneForm({ initiativeId, onAdded }: { initiativeId: string; onAdded(): void }) {
  const saveMilestone = useStrategyStore((s) => s.saveMilestone);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  async function add() {
    const input = { initiativeId, title, dueOn };
    const parsed = MilestoneInput.safeParse(input);
    if (!parsed.success) return setErrors(fieldErrorsFromIssues(parsed.error.issues));
    const result = await saveMilestone(input);
    if (result.ok) onAdded();
    else setErrors(result.fieldErrors);
  }
  return (
    <fieldset className="planning__fieldset">
      <legend>Add a milestone</legend>
      <div className="planning__row">
        <TextField label="Milestone" value={title} onChange={(e) => setTitle(e.target.value)} error={errors['title']} />
        <TextField label="Due" type="date" value={dueOn} onChange={(e) => setDueOn(e.target.value)} error={errors['dueOn']} />
      </div>
      <Button onClick={() => void add()}>Add milestone</Button>
    </fieldset>
  );
}

const kindName: Record<PlanRecordRef['kind'], string> = { perspective: 'perspective', goal: 'goal', initiative: 'initiative', milestone: 'milestone' };

/** Says what goes with the record (and which measures stay, unfiled) before anything is deleted. */
export function RemoveDialog({ target, onClose }: { target: PlanRecordRef; onClose(): void }) {
  const { preview, remove } = useStrategyStore();
  const [shown, setShown] = useState<RemovalPreview | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  useEffect(() => {
    void preview(target).then((r) => (r.ok ? setShown(r.value) : setMessage(r.message)));
  }, [preview, target]);
  async function confirm() {
    setBusy(true);
    const result = await remove(target);
    setBusy(false);
    if (result.ok) onClose();
    else setMessage(result.message);
  }
  const list = (label: string, items: readonly string[]) =>
    items.length > 0 && (
      <div>
        <h3 className="planning__subheading">{label} ({items.length})</h3>
        <ul className="planning__list">{items.map((t, n) => <li key={n}>{t}</li>)}</ul>
      </div>
    );
  const goes = shown && [shown.goals, shown.initiatives, shown.milestones, shown.pdsaCycles].some((l) => l.length > 0);
  return (
    <Dialog
      title={`Delete this ${kindName[target.kind]}?`}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Keep it</Button>
          <Button variant="primary" busy={busy} disabled={!shown} onClick={() => void confirm()}>Delete {kindName[target.kind]}</Button>
        </>
      }
    >
      {shown && (
        <div className="planning__preview" data-testid="removal-preview">
          <p><strong>{shown.title}</strong> will be deleted{goes ? ', and with it:' : '. Nothing else goes with it.'}</p>
          {list('Goals', shown.goals)}
          {list('Initiatives', shown.initiatives)}
          {list('Milestones', shown.milestones)}
          {list('PDSA cycles', shown.pdsaCycles)}
          {shown.measuresUnfiled.length > 0 && (
            <div>
              <h3 className="planning__subheading">Measures that stay, with all their values ({shown.measuresUnfiled.length})</h3>
              <ul className="planning__list">{shown.measuresUnfiled.map((t, n) => <li key={n}>{t}</li>)}</ul>
              <p className="planning__muted">They will no longer be filed under this {kindName[target.kind]}; file them again from Measures.</p>
            </div>
          )}
        </div>
      )}
      {message && <p className="planning__error" role="alert">{message}</p>}
    </Dialog>
  );
}

