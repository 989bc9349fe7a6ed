// Settings → Sync: the shared folder, the team passphrase and this laptop's name; then status, devices, problems and "Sync now".
import { useEffect, useState, type FormEvent } from 'react';
import { Badge, Button, Card, TextField } from '../../ui';
import { SharedFolderField } from './SharedFolderField';
import { MergedDuplicates } from './MergedDuplicates';
import { conflictsHash } from './sync-route';
import { useSyncStore } from './sync-store';
import type { JobProgress } from '../../app/jobs';
import { when } from './labels';
import './sync.css';

export function SyncCard() {
  const { status, digest, busy, syncJob, loadStatus, loadDigest, configure, syncNow, cancelSync } = useSyncStore();
  const [folder, setFolder] = useState('');
  const [deviceName, setDeviceName] = useState('');
  const [passphrase, setPassphrase] = useState('');
  const [editing, setEditing] = useState(false);

  useEffect(() => {
    void loadStatus();
    // The core syncs on its own when something changes; the card follows along.
    const timer = window.setInterval(() => void loadStatus(), 10_000);
    return () => window.clearInterval(timer);
  }, [loadStatus]);
  // The fingerprint changes only when records do: after a sync, or an edit waiting to be sent.
  useEffect(() => {
    if (status?.configured) void loadDigest();
  }, [status?.configured, status?.lastSyncAt, status?.pendingChanges, loadDigest]);
  useEffect(() => {
    if (status) {
      setFolder(status.folder ?? '');
      setDeviceName(status.deviceName);
    }
  }, [status?.folder, status?.deviceName]);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const ok = await configure({ folder: folder.trim(), deviceName: deviceName.trim(), ...(passphrase ? { passphrase } : {}) });
    if (ok) {
      setPassphrase('');
      setEditing(false);
    }
  }

  if (!status) return <Card title="Sync"><p className="settings__loading">Reading sync status…</p></Card>;
  const showForm = !status.configured || editing;

  return (
    <Card
      title="Sync"
      id="sync"
      actions={status.configured ? <Badge tone={status.lastStop ? 'danger' : status.problems.length ? 'warning' : 'success'}>{status.lastStop ? 'Stopped' : status.problems.length ? 'Needs attention' : 'On'}</Badge> : <Badge tone="neutral">Off</Badge>}
    >
      {showForm ? (
        <form className="sync__form" onSubmit={submit} noValidate aria-label="Sync setup">
          <p className="settings__note">
            Share work with colleagues through a folder your file-sync service already shares (OneDrive, Dropbox, a network drive, Syncthing). The database stays on this
            laptop; the folder holds only encrypted change files.
          </p>
          <SharedFolderField name="folder" value={folder} onChange={setFolder} hint="The full path of the shared folder on this laptop." />
          <TextField label="This laptop's name" name="deviceName" value={deviceName} onChange={(e) => setDeviceName(e.target.value)} hint="How colleagues see this laptop in their device list." />
          <TextField
            label="Team passphrase"
            name="passphrase"
            type="password"
            autoComplete="new-password"
            value={passphrase}
            onChange={(e) => setPassphrase(e.target.value)}
            hint={status.configured ? 'Leave empty to keep the one already entered.' : 'The same on every laptop. Everything in the folder is encrypted with it.'}
          />
          <div className="settings__actions">
            <Button type="submit" variant="primary" busy={busy === 'saving'}>{busy === 'saving' ? 'Checking the folder…' : 'Save and connect'}</Button>
            {editing && <Button variant="ghost" onClick={() => setEditing(false)}>Cancel</Button>}
          </div>
        </form>
      ) : (
        <div className="sync__status">
          <dl className="settings__facts sync__facts">
            <Fact term="Shared folder" value={status.folder ?? ''} mono />
            <Fact term="This laptop" value={status.deviceName} />
            <Fact term="Last sync" value={when(status.lastSyncAt)} />
            <Fact term="Changes waiting to be sent" value={String(status.pendingChanges)} />
            <div className="settings__fact">
              <dt>Shared records</dt>
              <dd>
                {digest ? (
                  <>
                    {digest.rows === 1 ? '1 record' : `${digest.rows.toLocaleString()} records`} · fingerprint <span className="sync__fingerprint" data-testid="sync-fingerprint">{digest.short}</span>
                    <span className="sync__muted"> — laptops holding the same records show the same fingerprint</span>
                  </>
                ) : (
                  '…'
                )}
              </dd>
            </div>
            <Fact term="Watching the folder" value={status.watching === 'events' ? 'Yes, by file events' : status.watching === 'polling' ? 'Yes, by checking every 15 s (network drive)' : 'No (sync when asked)'} />
          </dl>
          {status.lastStop && (
            <div className="sync__stop" role="alert">
              <strong>The last sync stopped and changed nothing.</strong>
              <p>{status.lastStop.message}</p>
              {status.lastStop.code === 'MASS_DELETE' && <Button onClick={() => void syncNow({ allowMassDelete: true })}>Sync and allow the deletions</Button>}
              {status.lastStop.code === 'FUTURE_CHANGES' && <Button onClick={() => void syncNow({ allowFutureChanges: true })}>Sync and accept their dates</Button>}
            </div>
          )}
          {status.lastReport.length > 0 && (
            <ul className="sync__report" aria-label="Last sync">
              {status.lastReport.map((line) => <li key={line}>{line}</li>)}
            </ul>
          )}
          <h3 className="sync__subtitle">Laptops seen</h3>
          {status.devices.length ? (
            <ul className="sync__devices" aria-label="Laptops seen">
              {status.devices.map((d) => (
                <li key={d.deviceId}>
                  <span>{d.name}</span>
                  <span className="sync__muted">last synced {when(d.lastSeenAt)} · Chartroom {d.appVersion}</span>
                </li>
              ))}
            </ul>
          ) : (
            <p className="settings__note">No other laptop has synced through this folder yet.</p>
          )}
          <MergedDuplicates lastSyncAt={status.lastSyncAt} />
          {syncJob && <SyncProgress progress={syncJob.progress} onCancel={() => void cancelSync()} />}
          <div className="settings__actions">
            <Button variant="primary" busy={busy === 'syncing'} onClick={() => void syncNow()}>{busy === 'syncing' ? 'Syncing…' : 'Sync now'}</Button>
            <a className="button button--secondary" href={conflictsHash}>
              Conflicts{status.openConflicts ? ` (${status.openConflicts})` : ''}
            </a>
            <Button variant="ghost" onClick={() => setEditing(true)}>Change setup</Button>
          </div>
          {status.waitingRecords > 0 && (
            <p className="settings__note">
              {status.waitingRecords === 1 ? '1 record waits' : `${status.waitingRecords} records wait`} for a record they refer to: see Records waiting for each, with what can be done.
            </p>
          )}
        </div>
      )}
    </Card>
  );
}

function Fact({ term, value, mono = false }: { term: string; value: string; mono?: boolean }) {
  return (
    <div className="settings__fact">
      <dt>{term}</dt>
      <dd className={mono ? 'settings__mono' : undefined}>{value}</dd>
    </div>
  );
}

/** The running sync's step and count, and Cancel: the window stays usable meanwhile (the core works on its own thread). */
function SyncProgress({ progress, onCancel }: { progress: JobProgress | null; onCancel: () => void }) {
  const counted = progress && progress.total > 0;
  return (
    <div className="sync__progress" data-testid="sync-progress">
      <p role="status">
        {progress?.cancelling ? 'Cancelling: undoing what this sync had started…' : <><strong>{progress?.step ?? 'Starting the sync'}</strong>{counted && ` — ${progress.done.toLocaleString()} of ${progress.total.toLocaleString()}`}; you can keep working.</>}
      </p>
      <progress className="sync__progress-bar" aria-label="Sync progress" max={counted ? progress.total : 1} value={counted ? progress.done : 0} />
      <Button variant="secondary" disabled={!!progress?.cancelling} onClick={onCancel}>Cancel sync</Button>
    </div>
  );
}
