// Settings → Sync: the records this laptop holds but cannot show yet, each with why, since when and what helps.
import { useEffect } from 'react';
import { Badge, Card } from '../../ui';
import { when } from './labels';
import { conflictsHash } from './sync-route';
import { useSyncStore, type WaitingRecords } from './sync-store';
import './sync.css';

const actionBadges: Record<WaitingRecords['records'][number]['action'], { tone: 'neutral' | 'warning' | 'info'; text: string }> = {
  wait: { tone: 'neutral', text: 'Will arrive' },
  'review-conflicts': { tone: 'warning', text: 'Restore or ignore' },
  ignore: { tone: 'neutral', text: 'Its record was deleted' },
  correct: { tone: 'warning', text: 'Needs a correction' },
  'update-app': { tone: 'warning', text: 'Update Chartroom' },
};

export function WaitingRecordsCard() {
  const waiting = useSyncStore((state) => state.waiting);
  const configured = useSyncStore((state) => state.status?.configured ?? false);
  const lastSyncAt = useSyncStore((state) => state.status?.lastSyncAt);
  const loadWaiting = useSyncStore((state) => state.loadWaiting);

  // After every sync the list may have changed: records arrive, others start waiting.
  useEffect(() => {
    if (configured) void loadWaiting();
  }, [configured, lastSyncAt, loadWaiting]);

  if (!configured || !waiting) return null;
  return (
    <Card title="Records waiting" id="sync-waiting" actions={<Badge tone={waiting.total ? 'warning' : 'success'}>{waiting.total ? `${waiting.total} waiting` : 'None'}</Badge>}>
      {waiting.total === 0 ? (
        <p className="settings__note">Every record received from the other laptops is in place.</p>
      ) : (
        <>
          <p className="settings__note">
            These records reached this laptop but refer to a record it does not hold. They are kept, not lost: each appears by itself once what it waits for is here.
          </p>
          <ul className="waiting" aria-label="Records waiting">
            {waiting.records.map((r) => (
              <li key={`${r.entity}/${r.recordId}`} className="waiting__item" aria-label={r.record}>
                <div className="waiting__header">
                  <span className="waiting__record">{r.record}</span>
                  <Badge tone={actionBadges[r.action].tone}>{actionBadges[r.action].text}</Badge>
                </div>
                <p className="waiting__reason">{r.reason}</p>
                <p className="sync__muted">
                  Waiting since {when(r.since)}
                  {r.action === 'review-conflicts' && (
                    <>
                      {' · '}
                      <a href={conflictsHash}>Open Conflicts</a>
                    </>
                  )}
                </p>
              </li>
            ))}
          </ul>
          {waiting.total > waiting.records.length && <p className="sync__muted">The {waiting.records.length} waiting longest are shown, of {waiting.total}.</p>}
        </>
      )}
    </Card>
  );
}
