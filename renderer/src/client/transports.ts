// The two ways a call reaches the core: Electron's preload object, or the loopback bridge over HTTP.
import type { ChannelName, Result } from '../../../shared/contract';
import { bridgeToken } from './bridge-token';

/** A transport moves one call and returns the core's Result untouched; the client decides what a failure means. */
export type Transport = (channel: ChannelName, input: unknown) => Promise<Result<unknown>>;

export function electronTransport(api: NonNullable<Window['chartroom']>): Transport {
  return (channel, input) => (api[channel] as (input: unknown) => Promise<Result<unknown>>)(input);
}

export const tokenHeader = 'x-chartroom-token';

export function bridgeTransport(): Transport {
  return async (channel, input) => {
    const token = bridgeToken();
    if (!token) {
      return failure('FORBIDDEN', 'This window was opened without its access key. Open Chartroom again from the address it printed when it started.');
    }
    let response: Response;
    try {
      response = await fetch(`./api/${encodeURIComponent(channel)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', [tokenHeader]: token },
        body: JSON.stringify(input ?? {}),
      });
    } catch {
      return failure('UNAVAILABLE', 'Chartroom’s data service is not answering. Check that it is still running, then try again.');
    }
    try {
      return (await response.json()) as Result<unknown>;
    } catch {
      return failure('UNAVAILABLE', `Chartroom’s data service sent an answer it could not read (HTTP ${response.status}).`);
    }
  };
}

function failure(code: 'FORBIDDEN' | 'UNAVAILABLE', message: string): Result<never> {
  return { ok: false, error: { code, message } };
}
