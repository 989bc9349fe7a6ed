// The app lock in the core: while locked every channel but the lock's own is refused with LOCKED and nothing is written;
// a wrong passphrase is refused; idle minutes lock it (on a pinned clock); ethics cases lock with it.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AppError } from '../../electron/core/errors';
import { openTempCore, tableCounts, type TempCore } from '../support/temp-core';

const passphrase = 'correct horse battery staple';
let clock = Date.parse('2026-12-03T09:00:00Z');
let core: TempCore;

beforeEach(() => {
  clock = Date.parse('2026-12-03T09:00:00Z');
  core = openTempCore({ now: () => new Date(clock) });
});
afterEach(() => core.dispose());

const minutes = (n: number) => (clock += n * 60_000);

describe('app lock', () => {
  it('is off until a passphrase is set: no lock now, no idle lock', async () => {
    await expect(core.call('lock.now', {})).rejects.toMatchObject({ code: 'NOT_FOUND', message: expect.stringMatching(/^Set a lock passphrase in Settings first/) });
    minutes(600);
    await expect(core.call('staff.list', {})).resolves.toBeTruthy();
    expect(await core.call('lock.status', {})).toEqual({ locked: false, hasPassphrase: false, idleMinutes: 15 });
  });

  it('refuses every data channel with LOCKED while locked, and writes nothing', async () => {
    await core.call('lock.configure', { passphrase });
    await core.call('departments.create', { code: 'CARD', name: 'Cardiology' });
    expect(await core.call('lock.now', {})).toMatchObject({ locked: true });
    const before = tableCounts(core);
    for (const [channel, input] of [['staff.list', {}], ['app.info', {}], ['dashboard.attention', {}], ['departments.create', { code: 'EM', name: 'Emergency' }], ['lock.configure', { idleMinutes: 480 }]] as const) {
      const result = await core.dispatch(channel, input);
      expect(result, channel).toEqual({ ok: false, error: { code: 'LOCKED', message: 'Chartroom is locked. Unlock it with the lock passphrase to continue.' } });
    }
    // Refused before the input is even read: a locked core says nothing about what a request should look like.
    expect(await core.dispatch('staff.get', { nonsense: true })).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(tableCounts(core)).toEqual(before);
    expect(await core.call('lock.status', {})).toEqual({ locked: true, hasPassphrase: true, idleMinutes: 15 });
  });

  it('refuses a wrong passphrase and stays locked; the right one opens it', async () => {
    await core.call('lock.configure', { passphrase });
    await core.call('lock.now', {});
    await expect(core.call('lock.unlock', { passphrase: 'correct horse battery stapler' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    expect(await core.dispatch('staff.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    expect(await core.call('lock.unlock', { passphrase })).toMatchObject({ locked: false });
    await expect(core.call('staff.list', {})).resolves.toMatchObject({ total: 0 });
  });

  it('locks itself after the idle minutes without a call; asking for the status is not use', async () => {
    await core.call('lock.configure', { passphrase, idleMinutes: 5 });
    minutes(4);
    await core.call('staff.list', {}); // use: the idle clock starts again
    minutes(4);
    expect(await core.call('lock.status', {})).toMatchObject({ locked: false });
    minutes(0.5);
    expect(await core.call('lock.status', {})).toMatchObject({ locked: false });
    minutes(0.5); // five minutes since the last use, though the status was asked twice meanwhile
    expect(await core.dispatch('staff.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    await core.call('lock.unlock', { passphrase });
    minutes(4.9);
    await expect(core.call('staff.list', {})).resolves.toBeTruthy();
  });

  it('locks the ethics cases with it: after unlocking the app they need their own passphrase again', async () => {
    await core.call('lock.configure', { passphrase });
    await core.call('ethics.setPassphrase', { passphrase: 'ethics passphrase here', idleMinutes: 60 });
    expect(await core.call('ethics.lockState', {})).toMatchObject({ unlocked: true });
    await core.call('lock.now', {});
    await core.call('lock.unlock', { passphrase });
    expect(await core.call('ethics.lockState', {})).toMatchObject({ unlocked: false });
  });

  it('changes the passphrase only with the current one', async () => {
    await core.call('lock.configure', { passphrase });
    await expect(core.call('lock.configure', { passphrase: 'another long passphrase' })).rejects.toMatchObject({ code: 'INVALID_INPUT' });
    await expect(core.call('lock.configure', { passphrase: 'another long passphrase', currentPassphrase: 'not it at all' })).rejects.toMatchObject({ code: 'FORBIDDEN' });
    await core.call('lock.configure', { passphrase: 'another long passphrase', currentPassphrase: passphrase });
    await core.call('lock.now', {});
    await expect(core.call('lock.unlock', { passphrase })).rejects.toBeInstanceOf(AppError);
    await core.call('lock.unlock', { passphrase: 'another long passphrase' });
  });

  it('keeps the verifier on this laptop only: not in synced settings, not in the change log', async () => {
    await core.call('lock.configure', { passphrase, idleMinutes: 30 });
    const { db } = core.context;
    expect(db.prepare("SELECT count(*) FROM change_log WHERE field LIKE '%lock%' OR new_value LIKE '%appLock%'").pluck().get()).toBe(0);
    expect(JSON.stringify(db.prepare('SELECT * FROM meta').all())).not.toContain(passphrase);
  });

  it('starts locked when the app asks for it and a passphrase is set', async () => {
    await core.call('lock.configure', { passphrase });
    core.close();
    const reopened = openTempCore({ dataDir: core.dataDir, lockAtStart: true });
    try {
      expect(await reopened.dispatch('staff.list', {})).toMatchObject({ ok: false, error: { code: 'LOCKED' } });
    } finally {
      reopened.close();
    }
    core = openTempCore({ dataDir: core.dataDir, now: () => new Date(clock) });
  });
});
