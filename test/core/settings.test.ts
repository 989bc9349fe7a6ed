// Settings: defaults until set, partial updates, and a bad value refused with nothing written.
import { afterAll, describe, expect, it } from 'vitest';
import { defaultSettings } from '../../shared/contract/settings';
import { openTempCore, tableCounts } from '../support/temp-core';

const core = openTempCore();
afterAll(() => core.dispose());

describe('settings', () => {
  it('starts from the defaults', async () => {
    expect(await core.call('settings.get', {})).toEqual(defaultSettings);
  });

  it('keeps a change across a restart, and logs it', async () => {
    const first = openTempCore();
    await first.call('settings.update', { organisationName: 'Harbour Clinic' });
    await first.call('settings.update', { timeZone: 'America/Chicago' });
    first.close();
    const reopened = openTempCore({ dataDir: first.dataDir });
    expect(await reopened.call('settings.get', {})).toEqual({ ...defaultSettings, organisationName: 'Harbour Clinic', timeZone: 'America/Chicago' });
    expect(await reopened.call('history.forRecord', { entity: 'setting', id: 'organisationName' })).toHaveLength(1);
    reopened.dispose();
  });

  it('refuses a blank organisation name and writes nothing', async () => {
    const before = tableCounts(core);
    const result = await core.dispatch('settings.update', { organisationName: '  ' });
    expect(result).toMatchObject({ ok: false, error: { code: 'INVALID_INPUT', issues: [{ path: 'organisationName' }] } });
    expect(tableCounts(core)).toEqual(before);
  });

  it('falls back to the default when a stored value no longer fits', async () => {
    core.context.db.prepare("UPDATE settings SET value = '42' WHERE id = 'organisationName'").run();
    expect((await core.call('settings.get', {})).organisationName).toBe(defaultSettings.organisationName);
  });
});
