// One form's draft as the director types it: the values, the messages beside each field, and a submit that checks the
// shared rules on screen before anything is sent. Every add/edit form in Staff & Credentials uses it.
import { useState, type FormEvent } from 'react';

export type FieldErrors = Record<string, string>;

/** What a save answers: done, or messages by field and one sentence for the rest (SaveResult has this shape). */
export type SaveOutcome = { ok: true } | { ok: false; fieldErrors: FieldErrors; message: string };

/**
 * A date field the browser cannot read (30 February typed into a date input) reports an empty value with
 * `validity.badInput`: without this check it would be sent as "no date". Fields are named by their `name`.
 */
export const unreadableDateMessage = 'This date cannot be read: check that the day exists in that month';

function unreadableFields(form: HTMLFormElement): FieldErrors {
  const errors: FieldErrors = {};
  for (const element of Array.from(form.elements)) {
    if (element instanceof HTMLInputElement && element.name && element.validity.badInput) errors[element.name] = unreadableDateMessage;
  }
  return errors;
}

export interface DraftSubmit<D> {
  /** The shared rules, checked on screen so every problem shows at once; the core checks them again. */
  check?(draft: D): FieldErrors;
  save(draft: D): Promise<SaveOutcome>;
}

export function useDraftForm<D extends object>(initial: D | (() => D)) {
  const [draft, setDraft] = useState<D>(initial);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);

  function set<K extends keyof D>(field: K, value: D[K]) {
    setDraft((current) => ({ ...current, [field]: value }));
    // The message was about the old value; keeping it while the director types would be wrong.
    setErrors(({ [field as string]: _stale, ...rest }) => rest);
  }

  /** For inputs and selects whose value is the field's text. */
  const edit = (field: keyof D) => (event: { target: { value: string } }) => set(field, event.target.value as D[keyof D]);

  /** Checks, then saves; true when saved. The form's unreadable dates and the rules' problems show together. */
  async function submit(event: FormEvent<HTMLFormElement>, { check, save }: DraftSubmit<D>): Promise<boolean> {
    event.preventDefault();
    const found = { ...(check?.(draft) ?? {}), ...unreadableFields(event.currentTarget) };
    if (Object.keys(found).length > 0) {
      setErrors(found);
      setMessage(null);
      return false;
    }
    setSaving(true);
    const outcome = await save(draft);
    setSaving(false);
    if (outcome.ok) {
      // A sentence from an earlier failed attempt is about a draft that no longer exists.
      setMessage(null);
      setErrors({});
      return true;
    }
    setErrors(outcome.fieldErrors);
    setMessage(Object.keys(outcome.fieldErrors).length ? null : outcome.message);
    return false;
  }

  return { draft, set, edit, errors, message, saving, submit };
}

/** Zod-style issues (from a contract schema's safeParse) as messages by field: the last named part of each path. */
export function fieldErrorsFromIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const field = issue.path.filter((p) => typeof p === 'string').at(-1);
    if (typeof field === 'string') errors[field] ??= issue.message;
  }
  return errors;
}
