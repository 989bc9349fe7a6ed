// A planning form in a dialog: the draft is checked against the contract's own schema on screen, then saved; the
// core's refusals land beside their fields. Every add/edit dialog in Planning is one of these.
import { useId, type FormEvent, type ReactNode } from 'react';
import type { z } from 'zod';
import { fieldErrorsFromIssues, useDraftForm, type FieldErrors, type SaveOutcome } from '../../app/draft-form';
import { Button } from '../../ui';
import { Dialog } from '../../ui/Dialog';

export interface PlanForm<D extends object> {
  draft: D;
  set<K extends keyof D>(field: K, value: D[K]): void;
  edit(field: keyof D): (event: { target: { value: string } }) => void;
  errors: FieldErrors;
}

export interface PlanFormDialogProps<D extends object, I> {
  title: string;
  initial: D;
  /** The contract's input schema: what the core will check, checked first on screen. */
  schema: z.ZodType<unknown, I>;
  toInput(draft: D): I;
  save(input: I): Promise<SaveOutcome>;
  onClose(): void;
  submitLabel: string;
  wide?: boolean;
  children(form: PlanForm<D>): ReactNode;
}

export function PlanFormDialog<D extends object, I>({ title, initial, schema, toInput, save, onClose, submitLabel, wide, children }: PlanFormDialogProps<D, I>) {
  const formId = useId();
  const form = useDraftForm<D>(initial);
  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    const saved = await form.submit(event, {
      check: (draft) => {
        const parsed = schema.safeParse(toInput(draft));
        return parsed.success ? {} : fieldErrorsFromIssues(parsed.error.issues);
      },
      save: (draft) => save(toInput(draft)),
    });
    if (saved) onClose();
  }
  return (
    <Dialog
      title={title}
      wide={wide ?? false}
      onClose={onClose}
      footer={
        <>
          <Button onClick={onClose}>Cancel</Button>
          <Button variant="primary" type="submit" form={formId} busy={form.saving}>{form.saving ? 'Saving…' : submitLabel}</Button>
        </>
      }
    >
      <form id={formId} className="planning__form" noValidate onSubmit={(event) => void onSubmit(event)}>
        {children(form)}
        {form.message && <p className="planning__error" role="alert">{form.message}</p>}
      </form>
    </Dialog>
  );
}
