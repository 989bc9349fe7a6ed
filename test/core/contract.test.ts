// The contract and the handlers must match one to one: a channel with no handler, or a handler with no channel, fails here.
import { afterAll, describe, expect, it } from 'vitest';
import { channelNames, contract } from '../../shared/contract';
import { openTempCore } from '../support/temp-core';

const core = openTempCore();
afterAll(() => core.dispose());

describe('the IPC contract', () => {
  it('has a handler for every channel and a channel for every handler', () => {
    expect(Object.keys(core.handlers).sort()).toEqual([...channelNames].sort());
  });

  it('names every channel feature.action and describes it', () => {
    for (const name of channelNames) {
      expect(name).toMatch(/^[a-z]+\.[a-zA-Z]+$/);
      expect(contract[name].summary.length).toBeGreaterThan(5);
    }
  });

  // zod fills a field's default in even inside .partial(): a patch schema with defaults would reset every field the
  // patch leaves out. A patch of nothing must parse to nothing, on every update channel.
  it('leaves alone what a patch does not name, on every channel that takes one', () => {
    const patchChannels = channelNames.filter((name) => {
      const shape = (contract[name].input as unknown as { shape?: Record<string, unknown> }).shape;
      return !!shape && 'patch' in shape;
    });
    expect(patchChannels.length).toBeGreaterThan(8);
    for (const name of patchChannels) {
      const parsed = contract[name].input.safeParse({ id: 'some-record', patch: {} });
      expect(parsed.success, name).toBe(true);
      expect((parsed.data as { patch: object }).patch, name).toEqual({});
    }
  });

  it('answers an unknown channel with INVALID_INPUT, not a crash', async () => {
    const result = await core.dispatch('staff.dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
