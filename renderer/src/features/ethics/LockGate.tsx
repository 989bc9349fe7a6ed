// The ethics unlock: the first time, the team's ethics passphrase is set; after that, typed to open the cases.
import { useState, type FormEvent } from 'react';
import { Button, Card, EmptyState, EthicsIcon, TextField } from '../../ui';
import { useEthicsStore, type LockState } from './store';

export function LockGate({ lock }: { lock: LockState }) {
  const { setPassphrase, unlock } = useEthicsStore.getState();
  const [passphrase, setText] = useState('');
  const [confirm, setConfirm] = useState('');
  const [idle, setIdle] = useState('10');
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    setError(null);
    if (!lock.hasPassphrase && passphrase !== confirm) {
      setError('The two passphrases differ: type the same one twice.');
      return;
    }
    setBusy(true);
    const result = lock.hasPassphrase ? await unlock(passphrase) : await setPassphrase(passphrase, Number(idle) || 10);
    setBusy(false);
    if (!result.ok) setError(Object.values(result.fieldErrors)[0] ?? result.message);
  }

  return (
    <div className="ethics-lock">
      {!lock.hasPassphrase && (
        <EmptyState
          icon={<EthicsIcon />}
          title="No ethics consultations yet"
          description="Ethics cases hold patient facts, so they sit behind their own passphrase. Set it once; every laptop of the team opens the cases with the same one."
        />
      )}
      <Card title={lock.hasPassphrase ? 'Ethics cases are locked' : 'Set the ethics passphrase'}>
        <form className="ethics-form" onSubmit={(e) => void submit(e)} noValidate>
          <p className="ethics-muted">
            {lock.hasPassphrase
              ? `Type the ethics passphrase to open the cases. They lock again after ${lock.idleMinutes} minutes without use.`
              : 'At least 10 characters. It cannot be recovered: keep it where the committee keeps its other secrets.'}
          </p>
          <TextField label="Ethics passphrase" type="password" autoComplete={lock.hasPassphrase ? 'current-password' : 'new-password'} value={passphrase} onChange={(e) => setText(e.target.value)} error={lock.hasPassphrase ? (error ?? undefined) : undefined} />
          {!lock.hasPassphrase && (
            <>
              <TextField label="Type it again" type="password" autoComplete="new-password" value={confirm} onChange={(e) => setConfirm(e.target.value)} error={error ?? undefined} />
              <TextField label="Lock after idle minutes" type="number" min={1} max={240} value={idle} onChange={(e) => setIdle(e.target.value)} />
            </>
          )}
          <div className="ethics-actions">
            <Button type="submit" variant="primary" busy={busy}>{lock.hasPassphrase ? 'Unlock' : 'Set passphrase and open'}</Button>
          </div>
        </form>
      </Card>
    </div>
  );
}
