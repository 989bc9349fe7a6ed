// First run: join the team's shared folder — its path and the team passphrase; the sync then loads every record.
import { useState, type FormEvent } from 'react';
import { Button, TextField } from '../../ui';
import { SharedFolderField } from './SharedFolderField';
import { useSyncStore } from './sync-store';
import './sync.css';

export function JoinSharedFolder({ disabled = false }: { disabled?: boolean }) {
  const busy = useSyncStore((state) => state.busy);
  const joinError = useSyncStore((state) => state.joinError);
  const join = useSyncStore((state) => state.join);
  const [folder, setFolder] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const joining = busy === 'joining';

  async function submit(event: FormEvent) {
    event.preventDefault();
    // The laptop goes by the computer's name; Settings → Sync can change it afterwards.
    if (await join({ folder: folder.trim(), passphrase })) setPassphrase('');
  }

  return (
    <form className="join" onSubmit={submit} noValidate aria-label="Join a shared folder">
      <SharedFolderField name="joinFolder" value={folder} onChange={setFolder} hint="Its full path on this laptop." disabled={joining} />
      <TextField label="Team passphrase" name="joinPassphrase" type="password" autoComplete="off" value={passphrase} onChange={(e) => setPassphrase(e.target.value)} disabled={joining} />
      {joinError && (
        <p className="join__error" role="alert">
          {joinError}
        </p>
      )}
      <Button type="submit" variant="secondary" size="large" busy={joining} disabled={disabled}>
        {joining ? "Loading the team's records…" : 'Join and load the records'}
      </Button>
    </form>
  );
}
