// The app lock: the core itself refuses every channel but the lock's own while locked, so a stale or compromised
// screen cannot read anything. It locks on demand and after idle minutes without a call (status checks do not count),
// and unlocks with a passphrase checked against a verifier kept in this laptop's local meta table, never synced.
import { timingSafeEqual } from 'node:crypto';
import { channelsWhileLocked, defaultLockIdleMinutes, type LockSettingsInput, type LockStatus } from '../../../shared/contract/app-lock';
import type { ChannelName } from '../../../shared/contract';
import type { CoreContext } from '../context';
import { readMeta, writeMeta } from '../db/meta';
import { ethicsVault } from '../ethics/vault';
import { AppError } from '../errors';
import { deriveKey, newKeyDerivation, open as openSealed, seal, type KeyDerivation } from '../sync/sealed-box';

/**
 * What checks the lock passphrase. The default keeps its own scrypt verifier; encryption at rest can hand in the
 * data-key passphrase's check instead, so the director has one passphrase for both.
 */
export interface LockPassphrase {
  isSet(): boolean;
  verify(passphrase: string): boolean;
  /** Sets the first passphrase or replaces it (the caller has checked the current one). */
  set(passphrase: string): void;
}

export interface AppLock {
  status(): LockStatus;
  lock(): void;
  unlock(passphrase: string): void;
  /** The operating system confirmed the director (Touch ID): only Electron main calls this, never a channel. */
  unlockConfirmedByOs(): void;
  configure(input: LockSettingsInput): void;
  /** The one check every call passes first: LOCKED unless unlocked or a lock channel; other calls count as use. */
  admit(channel: ChannelName): void;
}

const verifierKey = 'app_lock_verifier';
const idleKey = 'app_lock_idle_minutes';
const verifierContext = 'appLock';
const verifierText = 'chartroom app lock v1';
const allowedWhileLocked: ReadonlySet<string> = new Set(channelsWhileLocked);
/** Calls that only ask about the lock: a screen polling them must not keep the app awake. */
const notUse: ReadonlySet<string> = new Set(['lock.status']);

const locks = new WeakMap<object, AppLock>();

/** One lock per open database, like the ethics vault: the dispatch guard and the lock's handlers see the same state. */
export function appLock(ctx: CoreContext): AppLock {
  let lock = locks.get(ctx.db);
  if (!lock) {
    lock = createAppLock(ctx, localPassphrase(ctx));
    locks.set(ctx.db, lock);
  }
  return lock;
}

/** The verifier in the local meta table: a constant sealed under the scrypt key, as the ethics vault keeps its own. */
function localPassphrase({ db }: CoreContext): LockPassphrase {
  const read = () => {
    const raw = readMeta(db, verifierKey);
    return raw ? (JSON.parse(raw) as { kdf: KeyDerivation; verifier: string }) : null;
  };
  return {
    isSet: () => read() !== null,
    verify(passphrase) {
      const stored = read();
      if (!stored) return false;
      const key = deriveKey(passphrase, stored.kdf);
      const plain = openSealed(key, Buffer.from(stored.verifier, 'base64'), verifierContext);
      key.fill(0);
      return plain !== null && plain.length === verifierText.length && timingSafeEqual(plain, Buffer.from(verifierText));
    },
    set(passphrase) {
      const kdf = newKeyDerivation();
      const key = deriveKey(passphrase, kdf);
      const verifier = seal(key, Buffer.from(verifierText), verifierContext).toString('base64');
      key.fill(0);
      writeMeta(db, verifierKey, JSON.stringify({ kdf, verifier }));
    },
  };
}

export function createAppLock(ctx: CoreContext, passphrase: LockPassphrase): AppLock {
  const now = () => ctx.now().getTime();
  const idleMinutes = () => Number(readMeta(ctx.db, idleKey) ?? defaultLockIdleMinutes);
  let locked = false;
  let lastUse = now();

  function lock(): void {
    locked = true;
    // Ethics cases have their own passphrase; an app locked with their keys still in memory would not be locked.
    ethicsVault(ctx).lock();
  }

  /** Locks when the idle time has passed, whoever asks first: the renderer's timer, or the next call after it. */
  function isLocked(): boolean {
    if (!locked && passphrase.isSet() && now() - lastUse >= idleMinutes() * 60_000) lock();
    return locked;
  }

  function unlocked(): void {
    locked = false;
    lastUse = now();
  }

  const status = (): LockStatus => ({ locked: isLocked(), hasPassphrase: passphrase.isSet(), idleMinutes: idleMinutes() });

  return {
    status,
    lock() {
      if (!passphrase.isSet()) {
        throw new AppError('NOT_FOUND', 'Set a lock passphrase in Settings first: without one, Chartroom could not be unlocked again.');
      }
      lock();
    },
    unlock(given) {
      if (!isLocked()) return;
      if (!passphrase.verify(given)) throw new AppError('FORBIDDEN', 'That is not the lock passphrase. Check it (and Caps Lock) and try again.');
      unlocked();
    },
    unlockConfirmedByOs: unlocked,
    configure(input) {
      if (input.passphrase !== undefined) {
        if (passphrase.isSet()) {
          if (input.currentPassphrase === undefined) {
            throw new AppError('INVALID_INPUT', 'Type the current lock passphrase to change it.', [{ path: 'currentPassphrase', message: 'Type the current lock passphrase' }]);
          }
          if (!passphrase.verify(input.currentPassphrase)) {
            throw new AppError('FORBIDDEN', 'That is not the current lock passphrase, so it was not changed.');
          }
        }
        passphrase.set(input.passphrase);
      }
      if (input.idleMinutes !== undefined) writeMeta(ctx.db, idleKey, String(input.idleMinutes));
    },
    admit(channel) {
      if (isLocked()) {
        if (allowedWhileLocked.has(channel)) return;
        throw new AppError('LOCKED', 'Chartroom is locked. Unlock it with the lock passphrase to continue.');
      }
      if (!notUse.has(channel)) lastUse = now();
    },
  };
}
