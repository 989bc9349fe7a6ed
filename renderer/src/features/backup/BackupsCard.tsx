// Settings → Backups: the last backup, the ones kept on this laptop, "Back up now", and "Restore…" with what it will do.
import { useEffect, useState } from 'react';
import { Button, Card, formatInstant, formatSize } from '../../ui';
import { Dialog } from '../../ui/Dialog';
import { plural } from '../policies/format';
import { RestoreOutcomeText } from './RestoreOutcomeText';
import { useBackupStore, type BackupSummary } from './backup-store';
import './backup.css';

export function BackupsCard() {
  const { list, busy, load, backUpNow } = useBackupStore();
  const [restoring, setRestoring] = useState<BackupSummary | null>(null);
  useEffect(() => {
    void load();
  }, [load]);

  const latest = list?.backups[0];
  return (
    <Card
      title="Backups"
      id="backups"
      actions={
        <Button variant="primary" onClick={() => void backUpNow()} busy={busy === 'backing-up'} disabled={!list}>
          {busy === 'backing-up' ? 'Backing up…' : 'Back up now'}
        </Button>
      }
    >
      {!list ? (
        <p className="settings__loading">Reading backups…</p>
      ) : (
        <>
          <p className="settings__note">
            {latest ? (
              <>Last backup <strong>{formatInstant(latest.takenAt)}</strong>: {plural(latest.records, 'record')} and {plural(latest.documents, 'document')}.</>
            ) : (
              <>No backup yet. Chartroom makes one a day while it is open; “Back up now” makes one at once.</>
            )}{' '}
            {list.keeps} Backups stay on this laptop and are never synced.
          </p>
          {list.backups.length > 0 && (
            <ul className="backup__list" aria-label="Backups on this laptop">
              {list.backups.map((b) => (
                <li key={b.name} className="backup__row">
                  <span className="backup__when">{formatInstant(b.takenAt)}</span>
                  <span className="backup__what">
                    {plural(b.records, 'record')} · {plural(b.documents, 'document')} · {formatSize(b.sizeBytes)}
                  </span>
                  <Button onClick={() => setRestoring(b)} aria-label={`Restore… the backup of ${formatInstant(b.takenAt)}`}>
                    Restore…
                  </Button>
                </li>
              ))}
            </ul>
          )}
          <p className="settings__note">
            Kept in <span className="settings__mono">{list.folder}</span>; copy one elsewhere to keep it off this laptop.
          </p>
        </>
      )}
      {restoring && <RestoreDialog backup={restoring} onClose={() => setRestoring(null)} />}
    </Card>
  );
}

function RestoreDialog({ backup, onClose }: { backup: BackupSummary; onClose(): void }) {
  const { busy, outcome, restoreError, restore, clearRestore } = useBackupStore();
  const close = () => {
    clearRestore();
    onClose();
  };
  const when = formatInstant(backup.takenAt);
  return (
    <Dialog
      title={outcome ? 'Restored' : `Restore the backup of ${when}?`}
      onClose={close}
      footer={
        outcome ? (
          <Button variant="primary" onClick={close}>Done</Button>
        ) : (
          <>
            <Button variant="ghost" onClick={close} disabled={busy === 'restoring'}>Cancel</Button>
            <Button variant="primary" busy={busy === 'restoring'} onClick={() => void restore(backup.name, 'settings')}>
              {busy === 'restoring' ? 'Restoring…' : 'Restore this backup'}
            </Button>
          </>
        )
      }
    >
      {outcome ? (
        <RestoreOutcomeText outcome={outcome} />
      ) : (
        <div className="backup__confirm">
          <p>
            The backup is checked first; if anything in it is damaged, nothing changes. Then the database as it is now is set aside in the backups folder (nothing
            is deleted), and the {plural(backup.records, 'record')} and {plural(backup.documents, 'document')} of {when} take its place.
          </p>
          <p>
            If this laptop syncs, what it had sent since {when} comes back from the shared folder at the next sync, and what colleagues deleted stays deleted.
            Edits made here and never synced stay only in the database set aside.
          </p>
          {restoreError && <p className="backup__error" role="alert">{restoreError}</p>}
        </div>
      )}
    </Dialog>
  );
}
