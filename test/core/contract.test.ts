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

  it('answers an unknown channel with INVALID_INPUT, not a crash', async () => {
    const result = await core.dispatch('staff.dropAll', {});
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT' } });
  });
});
