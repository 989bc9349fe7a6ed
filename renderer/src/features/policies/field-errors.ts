// A failed save's message put where it belongs: beside the field the core named, otherwise above the form.
import { ClientError, readableMessage } from '../../client';

export interface FormErrors {
  fields: Record<string, string>;
  form: string | null;
}

export const noErrors: FormErrors = { fields: {}, form: null };

/** `conflictField` names the field a CONFLICT is about (a reference already taken), when the form has one. */
export function formErrorsFrom(error: unknown, conflictField?: string): FormErrors {
  if (!(error instanceof ClientError)) return { fields: {}, form: readableMessage(error) };
  if (error.code === 'CONFLICT' && conflictField) return { fields: { [conflictField]: error.message }, form: null };
  const fields: Record<string, string> = {};
  for (const issue of error.issues) if (issue.path && !fields[issue.path]) fields[issue.path] = issue.message;
  return { fields, form: Object.keys(fields).length > 0 ? null : error.message };
}
