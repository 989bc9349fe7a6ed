// The shape every answer takes when it crosses a process boundary: a value, or an error a screen can act on.
import { z } from 'zod';

export const errorCodes = ['INVALID_INPUT', 'NOT_FOUND', 'CONFLICT', 'LOCKED', 'FORBIDDEN', 'UNAVAILABLE', 'INTERNAL', 'CANCELLED'] as const;
export const ErrorCode = z.enum(errorCodes);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const AppErrorShape = z.object({
  code: ErrorCode,
  /** A sentence a director can read; never a stack trace. */
  message: z.string(),
  /** For INVALID_INPUT: which field was wrong, when one can be named. */
  issues: z.array(z.object({ path: z.string(), message: z.string() })).optional(),
});
export type AppErrorShape = z.infer<typeof AppErrorShape>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppErrorShape };
