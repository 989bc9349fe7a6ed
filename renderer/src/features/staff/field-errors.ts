// The core's INVALID_INPUT issues by field name, so each message appears beside the field it is about.
import { ClientError, readableMessage } from '../../client';

export type FieldErrors = Record<string, string>;

/** Issue paths can be nested ("patch.expiresOn"); the form's field is the last part. Null when the error is not about fields. */
export function fieldErrorsOf(error: unknown): FieldErrors | null {
  if (!(error instanceof ClientError) || error.code !== 'INVALID_INPUT' || error.issues.length === 0) return null;
  const errors: FieldErrors = {};
  for (const issue of error.issues) {
    const parts = issue.path.split('.').filter((part) => part !== '' && part !== 'patch');
    const leaf = parts.filter((part) => !/^\d+$/.test(part)).at(-1) ?? 'form';
    errors[leaf] ??= issue.message;
    // "indicators.0.name" is also shown against the list it belongs to.
    if (parts[0] && parts[0] !== leaf) errors[parts[0]] ??= issue.message;
  }
  return errors;
}

/** A save's outcome as a value: the record, or messages by field and one sentence a director can read. */
export type SaveResult<T> = { ok: true; value: T } | { ok: false; fieldErrors: FieldErrors; message: string };

export async function trySave<T>(action: () => Promise<T>): Promise<SaveResult<T>> {
  try {
    return { ok: true, value: await action() };
  } catch (error) {
    return { ok: false, fieldErrors: fieldErrorsOf(error) ?? {}, message: readableMessage(error) };
  }
}
