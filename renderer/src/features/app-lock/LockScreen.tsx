// What a locked Chartroom shows: its name and a way back in, nothing else (no names, numbers or counts).
import { useEffect, useState, type FormEvent } from 'react';
import { Button, LockIcon, TextField } from '../../ui';
import { useLockStore } from './lock-store';
import './app-lock.css';

export function LockScreen() {
  const { unlock, unlockedByOs } = useLockStore.getState();
  const [passphrase, setPassphrase] = useState('');
  const [error, setError] = useState<string | undefined>();
  const [busy, setBusy] = useState(false);
  const [osAvailable, setOsAvailable] = useState(false);

  useEffect(() => {
    void window.chartroomLock?.canUnlockWithOs().then(setOsAvailable, () => setOsAvailable(false));
  }, []);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    const result = await unlock(passphrase);
    setBusy(false);
    if (!result.ok) {
      setError(Object.values(result.fieldErrors)[0] ?? result.message);
      setPassphrase('');
    }
  }

  async function withOs() {
    if (await window.chartroomLock?.unlockWithOs()) await unlockedByOs();
  }

  return (
    <main className="lock-screen" aria-labelledby="lock-screen-title">
      <form className="lock-screen__panel" onSubmit={(event) => void submit(event)} noValidate>
        <LockIcon className="lock-screen__icon" width={36} height={36} />
        <h1 id="lock-screen-title" className="lock-screen__title">Chartroom is locked</h1>
        <p className="lock-screen__note">Nothing is shown until it is unlocked. Your work is kept as you left it.</p>
        <TextField
          label="Lock passphrase"
          type="password"
          autoComplete="current-password"
          autoFocus
          value={passphrase}
          error={error}
          onChange={(event) => {
            setPassphrase(event.target.value);
            setError(undefined);
          }}
        />
        <Button type="submit" variant="primary" busy={busy}>Unlock</Button>
        {osAvailable && <Button variant="ghost" onClick={() => void withOs()}>Unlock with Touch ID</Button>}
      </form>
    </main>
  );
}
