// Every call from a screen lands here: the input parsed by its schema, the handler run, the answer a value or a typed error.
import { z } from 'zod';
import { contract, isChannelName, type ChannelName, type Result } from '../../../shared/contract';
import { AppError } from '../errors';
import type { Handlers } from './handlers';

export interface DispatchOptions {
  /** Parse every answer against its output schema too: on in tests and development, where a drifting handler must fail loudly. */
  checkOutput?: boolean;
  /** Where unexpected failures are reported; the caller only ever sees a plain sentence. */
  onInternalError?: (channel: string, error: unknown) => void;
  /** Asked before anything else on every call; throws an AppError to refuse it (the app lock: LOCKED). */
  admit?: (channel: ChannelName) => void;
}

export type Dispatch = (channel: string, input: unknown) => Promise<Result<unknown>>;

export function createDispatch(handlers: Handlers, options: DispatchOptions = {}): Dispatch {
  const report = options.onInternalError ?? ((channel, error) => console.error(`[chartroom] ${channel} failed:`, error));
  return async (channel, rawInput) => {
    if (!isChannelName(channel)) {
      return { ok: false, error: { code: 'INVALID_INPUT', message: `There is no "${String(channel).slice(0, 60)}" command.` } };
    }
    const spec = contract[channel];
    try {
      options.admit?.(channel);
    } catch (error) {
      return failed(channel, error);
    }
    // A channel called with nothing means "no arguments"; null or any other non-object is still refused by the schema.
    const parsed = spec.input.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) return { ok: false, error: invalidInput(parsed.error) };
    try {
      const handler = handlers[channel] as (input: unknown) => unknown;
      const value = await handler(parsed.data);
      if (options.checkOutput) {
        const checked = spec.output.safeParse(value);
        if (!checked.success) throw new Error(`${channel} answered outside its contract: ${z.prettifyError(checked.error)}`);
      }
      return { ok: true, value };
    } catch (error) {
      return failed(channel, error);
    }
  };

  function failed(channel: string, error: unknown): Result<never> {
    if (error instanceof AppError) return { ok: false, error: error.toShape() };
    report(channel, error);
    return { ok: false, error: { code: 'INTERNAL', message: 'Something went wrong inside Chartroom. Nothing was changed; the details are in the log.' } };
  }
}

function invalidInput(error: z.ZodError) {
  const issues = error.issues.map((i) => ({ path: i.path.map(String).join('.'), message: missing(i) ? 'This is required' : i.message }));
  const first = issues[0];
  const firstMissing = error.issues[0] && missing(error.issues[0]);
  const message = first ? (first.path ? (firstMissing ? `${labelOf(first.path)} is missing.` : `${labelOf(first.path)}: ${first.message}`) : first.message) : 'The request was not valid.';
  return { code: 'INVALID_INPUT' as const, message, issues };
}

/** zod's own words for a field left out ("expected string, received undefined") say nothing a director can act on. */
function missing(issue: z.core.$ZodIssue): boolean {
  return issue.code === 'invalid_type' && issue.input === undefined && / received undefined$/.test(issue.message);
}

function labelOf(path: string): string {
  const last = path.split('.').at(-1) ?? path;
  return last.replace(/([A-Z])/g, ' $1').replace(/^./, (c) => c.toUpperCase());
}
