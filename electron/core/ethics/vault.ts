// The ethics unlock: a passphrase → key (scrypt), kept only in this process's memory while unlocked, forgotten after
// idle minutes or on lock. Salt and a verifier live in a synced setting, so every laptop opens cases with the same
// passphrase; identifier and narrative fields are sealed with AES-256-GCM, bound to their record and field.
import { timingSafeEqual } from 'node:crypto';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { settingEntity } from '../settings/entities';
import { deriveKey, newKeyDerivation, open, seal, type KeyDerivation } from '../sync/sealed-box';

const settingKey = 'ethicsVault';
const verifierText = 'chartroom ethics vault v1';
const prefix = 'enc1:';

interface VaultSetting {
  kdf: KeyDerivation;
  /** The constant sealed under the key: opening it proves a passphrase right without storing anything derived from it in clear. */
  verifier: string;
  idleMinutes: number;
}

export interface EthicsVault {
  state(): { hasPassphrase: boolean; unlocked: boolean; idleMinutes: number };
  setPassphrase(passphrase: string, idleMinutes: number): void;
  unlock(passphrase: string): void;
  lock(): void;
  /** Refuses with LOCKED unless unlocked; counts as activity (the idle clock restarts). */
  requireUnlocked(): void;
  encrypt(value: string | null, context: string): string | null;
  decrypt(value: string | null, context: string): string;
}

const vaults = new WeakMap<object, EthicsVault>();

/** One vault per open database: every handler (ethics, history, meetings) sees the same lock. */
export function ethicsVault(ctx: CoreContext): EthicsVault {
  let vault = vaults.get(ctx.db);
  if (!vault) {
    vault = createVault(ctx);
    vaults.set(ctx.db, vault);
  }
  return vault;
}

function createVault({ db, store, now }: CoreContext): EthicsVault {
  const readSetting = db.prepare('SELECT value FROM settings WHERE id = ?').pluck();
  let key: Buffer | null = null;
  let lastUsed = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const setting = (): VaultSetting | null => {
    const raw = readSetting.get(settingKey) as string | undefined;
    return raw ? (JSON.parse(raw) as VaultSetting) : null;
  };
  const idleMs = () => (setting()?.idleMinutes ?? 10) * 60_000;

  function forget(): void {
    key?.fill(0);
    key = null;
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function touch(): void {
    lastUsed = now().getTime();
    if (timer) clearTimeout(timer);
    // The timer only forgets the key sooner; every call also checks the idle time against the clock it is given.
    timer = setTimeout(forget, idleMs());
    timer.unref?.();
  }

  function isUnlocked(): boolean {
    if (key && now().getTime() - lastUsed > idleMs()) forget();
    return key !== null;
  }

  const lockedError = () => new AppError('LOCKED', 'Ethics cases are locked. Unlock them with the ethics passphrase to continue.');

  return {
    state: () => {
      const s = setting();
      return { hasPassphrase: s !== null, unlocked: isUnlocked(), idleMinutes: s?.idleMinutes ?? 10 };
    },
    setPassphrase(passphrase, idleMinutes) {
      if (setting()) throw new AppError('CONFLICT', 'The ethics passphrase is already set. Unlock with it; a forgotten passphrase cannot be recovered.');
      const kdf = newKeyDerivation();
      const derived = deriveKey(passphrase, kdf);
      const value: VaultSetting = { kdf, verifier: seal(derived, Buffer.from(verifierText), settingKey).toString('base64'), idleMinutes };
      store.insert(settingEntity, { value: value as unknown as Record<string, unknown> }, settingKey);
      key = derived;
      touch();
    },
    unlock(passphrase) {
      const s = setting();
      if (!s) throw new AppError('NOT_FOUND', 'No ethics passphrase is set yet. Set one first.');
      const derived = deriveKey(passphrase, s.kdf);
      const opened = open(derived, Buffer.from(s.verifier, 'base64'), settingKey);
      if (!opened || !timingSafeEqual(opened, Buffer.from(verifierText))) {
        derived.fill(0);
        throw new AppError('FORBIDDEN', 'That is not the ethics passphrase. Check it and try again.');
      }
      forget();
      key = derived;
      touch();
    },
    lock: forget,
    requireUnlocked() {
      if (!isUnlocked()) throw lockedError();
      touch();
    },
    encrypt(value, context) {
      if (value === null || value === '') return value;
      if (!isUnlocked()) throw lockedError();
      return prefix + seal(key!, Buffer.from(value, 'utf8'), context).toString('base64');
    },
    decrypt(value, context) {
      if (value === null || value === '') return '';
      if (!isUnlocked()) throw lockedError();
      if (!value.startsWith(prefix)) return value;
      const opened = open(key!, Buffer.from(value.slice(prefix.length), 'base64'), context);
      if (!opened) throw new AppError('INTERNAL', 'An ethics case field could not be opened with this passphrase: it was sealed under another one (two laptops each set an ethics passphrase before they synced) or changed outside Chartroom.');
      return opened.toString('utf8');
    },
  };
}
