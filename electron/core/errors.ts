// Errors as values with a code a screen can act on, and a message a director can read.
import type { ErrorCode, AppErrorShape } from '../../shared/contract';

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues?: AppErrorShape['issues'],
  ) {
    super(message);
    this.name = 'AppError';
  }

  toShape(): AppErrorShape {
    return this.issues ? { code: this.code, message: this.message, issues: this.issues } : { code: this.code, message: this.message };
  }
}

export const notFound = (what: string) => new AppError('NOT_FOUND', `${what} was not found. It may have been deleted on another device.`);

/** Problems found by a shared rule, refused as INVALID_INPUT: the first as the sentence, each beside its field. */
export function refuseProblems(problems: readonly { path: string; message: string }[]): void {
  if (problems.length === 0) return;
  throw new AppError('INVALID_INPUT', `${problems[0]!.message}.`, problems.map((p) => ({ path: p.path, message: p.message })));
}
