// The ethics unlock: a passphrase → key (scrypt), kept only in this process's memory while unlocked, forgotten after
// idle minutes or on lock. Salt and a verifier live in a synced setting, so every laptop opens cases with the same
// passphrase; identifier and narrative fields are sealed with AES-256-GCM, bound to their record and field.
// Two laptops may each set the passphrase before they first sync: each setting is its own record (ethicsVault.<id>),
// every ciphertext names the key that sealed it, and unlocking opens every key the passphrase fits.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { CoreContext } from '../context';
import { AppError } from '../errors';
import { settingEntity } from '../settings/entities';
import { deriveKey, newKeyDerivation, open as openSealed, seal, type KeyDerivation } from '../sync/sealed-box';

const settingPrefix = 'ethicsVault.';
const verifierContext = 'ethicsVault';
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
  const readSettings = db.prepare("SELECT id, value FROM settings WHERE id LIKE 'ethicsVault.%' ORDER BY id");
  /** Keys by their id, for every vault setting the passphrase opened; the first seals new values (the same on every laptop). */
  let keys: Map<string, Buffer> | null = null;
  let lastUsed = 0;
  let timer: ReturnType<typeof setTimeout> | null = null;

  const settings = (): { kid: string; value: VaultSetting }[] =>
    (readSettings.all() as { id: string; value: string }[]).map((r) => ({ kid: r.id.slice(settingPrefix.length), value: JSON.parse(r.value) as VaultSetting }));
  const idleMs = () => (settings()[0]?.value.idleMinutes ?? 10) * 60_000;

  function forget(): void {
    for (const key of keys?.values() ?? []) key.fill(0);
    keys = null;
    if (timer) clearTimeout(timer);
    timer = null;
  }

  function touch(): void {
    lastUsed = now().getTime();
    if (timer) clearTimeout(timer);
    // The timer only forgets the keys sooner; every call also checks the idle time against the clock it is given.
    timer = setTimeout(forget, idleMs());
    timer.unref?.();
  }

  function isUnlocked(): boolean {
    if (keys && now().getTime() - lastUsed > idleMs()) forget();
    return keys !== null;
  }

  const lockedError = () => new AppError('LOCKED', 'Ethics cases are locked. Unlock them with the ethics passphrase to continue.');

  /** Every key the passphrase opens, by id: none means a wrong passphrase. */
  function open(passphrase: string): Map<string, Buffer> {
    const opened = new Map<string, Buffer>();
    for (const { kid, value } of settings()) {
      const derived = deriveKey(passphrase, value.kdf);
      const plain = openSealed(derived, Buffer.from(value.verifier, 'base64'), verifierContext);
      if (plain && timingSafeEqual(plain, Buffer.from(verifierText))) opened.set(kid, derived);
      else derived.fill(0);
    }
    return opened;
  }

  return {
    state: () => {
      const all = settings();
      return { hasPassphrase: all.length > 0, unlocked: isUnlocked(), idleMinutes: all[0]?.value.idleMinutes ?? 10 };
    },
    setPassphrase(passphrase, idleMinutes) {
      if (settings().length) throw new AppError('CONFLICT', 'The ethics passphrase is already set. Unlock with it; a forgotten passphrase cannot be recovered.');
      const kdf = newKeyDerivation();
      const derived = deriveKey(passphrase, kdf);
      const kid = randomBytes(6).toString('hex');
      const value: VaultSetting = { kdf, verifier: seal(derived, Buffer.from(verifierText), verifierContext).toString('base64'), idleMinutes };
      store.insert(settingEntity, { value: value as unknown as Record<string, unknown> }, settingPrefix + kid);
      forget();
      keys = new Map([[kid, derived]]);
      touch();
    },
    unlock(passphrase) {
      if (!settings().length) throw new AppError('NOT_FOUND', 'No ethics passphrase is set yet. Set one first.');
      const opened = open(passphrase);
      if (opened.size === 0) throw new AppError('FORBIDDEN', 'That is not the ethics passphrase. Check it and try again.');
      forget();
      keys = opened;
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
      const [kid, key] = [...keys!.entries()].sort(([a], [b]) => a.localeCompare(b))[0]!;
      return `${prefix}${kid}:${seal(key, Buffer.from(value, 'utf8'), context).toString('base64')}`;
    },
    decrypt(value, context) {
      if (value === null || value === '') return '';
      if (!isUnlocked()) throw lockedError();
      if (!value.startsWith(prefix)) return value;
      const [kid, body] = value.slice(prefix.length).split(':') as [string, string];
      const key = keys!.get(kid);
      const opened = key ? openSealed(key, Buffer.from(body ?? '', 'base64'), context) : null;
      if (!opened) {
        throw new AppError('FORBIDDEN', key
          ? 'An ethics case field could not be opened: it was changed outside Chartroom.'
          : 'This ethics case was sealed under another ethics passphrase (two laptops each set one before they synced). Unlock with that passphrase to read it.');
      }
      return opened.toString('utf8');
    },
  };
}
