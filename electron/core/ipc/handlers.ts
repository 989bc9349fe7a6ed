// The handler map's type comes from the contract: a channel without a handler, or the reverse, does not compile.
import type { ChannelName, OutputOf, ParsedInputOf } from '../../../shared/contract';

export type Handler<C extends ChannelName> = (input: ParsedInputOf<C>) => OutputOf<C> | Promise<OutputOf<C>>;
export type Handlers = { [C in ChannelName]: Handler<C> };
export type HandlersFor<C extends ChannelName> = Pick<Handlers, C>;
