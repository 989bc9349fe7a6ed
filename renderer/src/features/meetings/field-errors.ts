// The core's refusals as values a form can place: messages by field (INVALID_INPUT) and one sentence for the rest.
import { ClientError, readableMessage } from '../../client';

export type FieldErrors = Record<string, string>;

/** Issue paths can be nested ("patch.title"); the form's field is the last part that is not a number. */
export function fieldErrorsOf(error: unknown): FieldErrors {
  if (!(error instanceof ClientError) || error.code !== 'INVALID_INPUT') return {};
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const leaf = issue.path.split('.').filter((part) => part !== '' && part !== 'patch' && !/^\d+$/.test(part)).at(-1) ?? 'form';
    errors[leaf] ??= issue.message;
  }
  return errors;
}

export type SaveResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors; message: string; code: string | null; error: unknown };

export async function trySave<T>(action: () => Promise<T>): Promise<SaveResult<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return { ok: false, fieldErrors: fieldErrorsOf(error), message: readableMessage(error), code: error instanceof ClientError ? error.code : null, error };
  }
}
