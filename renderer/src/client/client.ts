// The one typed client every store uses: a channel and its input in, the contract's output type out, or a ClientError.
import type { ChannelName, InputOf, OutputOf } from '../../../shared/contract';
import { bridgeToken } from './bridge-token';
import { ClientError } from './client-error';
import { bridgeTransport, electronTransport, type Transport } from './transports';

let transport: Transport | undefined;

function currentTransport(): Transport {
  transport ??= window.chartroom ? electronTransport(window.chartroom) : bridgeTransport();
  return transport;
}

export async function call<C extends ChannelName>(channel: C, input: InputOf<C>): Promise<OutputOf<C>> {
  const result = await currentTransport()(channel, input);
  if (!result.ok) throw new ClientError(result.error);
  // The core checked the input against the contract and, in tests, the output too; the type is the contract's.
  return result.value as OutputOf<C>;
}

/** Read the bridge token (and clean the address bar) before the router looks at the address. */
export function prepareClient(): void {
  if (!window.chartroom) bridgeToken();
}
