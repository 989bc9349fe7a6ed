// Shown instead of the app when the database failed its check at startup: what is wrong, where the damaged file is
// kept, and the backups to recover from, newest first. Never a blank window.
import { useState } from 'react';
import { Badge, Button, formatInstant, formatSize } from '../../ui';
import { plural } from '../policies/format';
import { RestoreOutcomeText } from './RestoreOutcomeText';
import { useBackupStore, type RecoveryStatus } from './backup-store';
import './backup.css';

export function RecoveryScreen({ status, onContinue }: { status: RecoveryStatus; onContinue(): void }) {
  const { busy, outcome, restoreError, restore } = useBackupStore();
  const [chosen, setChosen] = useState(status.backups[0]?.name ?? null);

  return (
    <main className="recovery" aria-labelledby="recovery-title">
      <div className="recovery__panel">
        <h1 id="recovery-title" className="recovery__title">
          {outcome ? 'Your database is restored' : 'Your database needs to be recovered'}
        </h1>
        {outcome ? (
          <>
            <RestoreOutcomeText outcome={outcome} />
            <Button variant="primary" size="large" onClick={onContinue}>Open Chartroom</Button>
          </>
        ) : (
          <>
            <p>
              Chartroom checks its database every time it opens, and this time the check failed: {status.problem}. Nothing more was written to it. A copy of the
              damaged file is kept at <span className="backup__path">{status.keptAt}</span> in case your IT team can read more from it.
            </p>
            {status.backups.length === 0 ? (
              <p className="backup__error" role="alert">
                There is no backup on this laptop. If you sync with colleagues, ask your IT team to copy this laptop's data folder aside and join the team's shared folder
                again; a backup file saved elsewhere can be put back with the command line's restore.
              </p>
            ) : (
              <>
                <p>Choose a backup to restore. It is checked first; the newest is usually the one to take.</p>
                <fieldset className="recovery__choices">
                  <legend className="recovery__legend">Backups on this laptop</legend>
                  {status.backups.map((b, i) => (
                    <label key={b.name} className="recovery__choice">
                      <input type="radio" name="backup" value={b.name} checked={chosen === b.name} onChange={() => setChosen(b.name)} />
                      <span className="backup__when">{formatInstant(b.takenAt)}</span>
                      <span className="backup__what">
                        {plural(b.records, 'record')} · {plural(b.documents, 'document')} · {formatSize(b.sizeBytes)}
                      </span>
                      {i === 0 && <Badge tone="success">Newest</Badge>}
                    </label>
                  ))}
                </fieldset>
                <p className="settings__note">
                  If this laptop syncs, what it had sent after the backup comes back from the shared folder at the next sync, and what colleagues deleted stays deleted.
                </p>
                {restoreError && <p className="backup__error" role="alert">{restoreError}</p>}
                <Button variant="primary" size="large" busy={busy === 'restoring'} disabled={!chosen} onClick={() => chosen && void restore(chosen, 'recovery')}>
                  {busy === 'restoring' ? 'Restoring…' : 'Restore this backup'}
                </Button>
              </>
            )}
          </>
        )}
      </div>
    </main>
  );
}
