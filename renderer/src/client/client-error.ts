// The error every failed call throws: the contract's error shape, so a screen can act on the code and show the message.
import type { AppErrorShape, ErrorCode } from '../../../shared/contract';

export type FieldIssue = NonNullable<AppErrorShape['issues']>[number];

export class ClientError extends Error {
  readonly code: ErrorCode;
  readonly issues: readonly FieldIssue[];

  constructor(shape: AppErrorShape) {
    super(shape.message);
    this.name = 'ClientError';
    this.code = shape.code;
    this.issues = shape.issues ?? [];
  }

  /** The message for one field, when the core could name it (INVALID_INPUT). */
  issueFor(field: string): string | undefined {
    return this.issues.find((issue) => issue.path === field)?.message;
  }
}

/** Whatever was thrown, a sentence a director can read: never a stack trace. */
export function readableMessage(error: unknown): string {
  if (error instanceof ClientError) return error.message;
  return 'Something went wrong on this screen. Nothing was changed. Try again, and if it keeps happening, restart Chartroom.';
}
