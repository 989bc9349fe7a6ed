// The contract is data: each channel names its input and output schema, so main, the bridge,
// the preload and the tests can all enumerate and enforce it.
import type { z } from 'zod';

export interface ChannelSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  input: I;
  output: O;
  /** What the channel does, in a sentence: shown by the CLI and used in test names. */
  summary: string;
  /** True when the channel changes stored data: the bad-input test checks nothing was written. */
  writes: boolean;
}

export function channel<I extends z.ZodType, O extends z.ZodType>(spec: ChannelSpec<I, O>): ChannelSpec<I, O> {
  return spec;
}
