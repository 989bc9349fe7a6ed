// Settings → Conflicts: each value that lost a concurrent edit beside the value that won, to keep or restore.
import { useEffect, useState } from 'react';
import { Badge, Button, CheckCircleIcon, CheckboxField, EmptyState, PageHeader } from '../../ui';
import { entityLabel, fieldLabel, kindLabels, mergeWaitingLabel, valueText, when } from './labels';
import { useSyncStore, type SyncConflict } from './sync-store';
import './sync.css';

export function ConflictsView() {
  const { conflicts, loadConflicts, resolve, hide } = useSyncStore();
  const [includeResolved, setIncludeResolved] = useState(false);
  useEffect(() => {
    void loadConflicts(includeResolved);
  }, [loadConflicts, includeResolved]);
  // Leaving the screen masks again whatever was revealed on it.
  useEffect(() => () => hide(), [hide]);

  return (
    <>
      <PageHeader
        title="Sync conflicts"
        description="Where two laptops changed the same thing without seeing each other's change, the later one is in place and the other is kept here. Compare, then keep or restore."
      />
      <div className="conflicts__toolbar">
        <a className="button button--ghost" href="#/settings">← Settings</a>
        <CheckboxField label="Show resolved" checked={includeResolved} onChange={(e) => setIncludeResolved(e.target.checked)} />
      </div>
      {conflicts === null ? (
        <p className="settings__loading">Reading conflicts…</p>
      ) : conflicts.length === 0 ? (
        <EmptyState icon={<CheckCircleIcon />} title="No conflicts to review" description="Every change made on two laptops at once has been settled." />
      ) : (
        <ul className="conflicts" aria-label="Conflicts">
          {conflicts.map((c) => (
            <ConflictItem key={c.id} conflict={c} onResolve={(choice) => void resolve(c.id, choice, includeResolved)} />
          ))}
        </ul>
      )}
    </>
  );
}

function ConflictItem({ conflict: c, onResolve }: { conflict: SyncConflict; onResolve: (choice: 'keep' | 'restore') => void }) {
  const revealed = useSyncStore((state) => state.revealed[c.id]);
  const { reveal, hide } = useSyncStore.getState();
  const keptValue = revealed ? revealed.keptValue : c.keptValue;
  const lostValue = revealed ? revealed.lostValue : c.lostValue;
  const kept = c.kind === 'deleted' ? 'Deleted' : c.kind === 'resurrected' ? `Kept (edited: ${valueText(keptValue)})` : valueText(keptValue);
  const lost = c.kind === 'resurrected' ? 'Deleted' : valueText(lostValue);
  // A merge not yet written: its record was deleted or waits for another; the merged text holds both edits.
  const mergeWaiting = c.kind === 'merged' && !c.resolvedAt;
  return (
    <li className="conflict" aria-label={`${entityLabel(c.entity)} ${c.recordLabel}, ${fieldLabel(c.entity, c.field)}`}>
      <header className="conflict__header">
        <div>
          <span className="conflict__record">{c.recordLabel}</span>
          <span className="sync__muted"> · {entityLabel(c.entity)} · {fieldLabel(c.entity, c.field)}</span>
        </div>
        <Badge tone={mergeWaiting ? 'warning' : c.kind === 'merged' ? 'info' : c.resolvedAt ? 'neutral' : 'warning'}>
          {c.resolvedAt ? (c.resolution === 'merged' ? kindLabels.merged : `Resolved: ${c.resolution}`) : mergeWaiting ? mergeWaitingLabel : kindLabels[c.kind]}
        </Badge>
      </header>
      <div className="conflict__sides">
        <figure className="conflict__side conflict__side--kept">
          <figcaption>{mergeWaiting ? 'Merged text, not in place yet' : 'In place now'} — {c.keptBy}, {when(c.keptAt)}</figcaption>
          <pre>{kept}</pre>
        </figure>
        <figure className="conflict__side conflict__side--lost">
          <figcaption>{c.kind === 'merged' ? 'Merged in from' : 'Lost'} — {c.lostBy}, {when(c.lostAt)}</figcaption>
          <pre>{lost}</pre>
        </figure>
      </div>
      {c.masked && (
        <p className="sync__muted">
          {c.field === 'dateOfBirth' ? 'Dates of birth' : 'Licence and DEA numbers'} are masked; “Reveal” shows both values on purpose, and the reveal is recorded.{' '}
          <Button variant="ghost" onClick={() => (revealed ? hide(c.id) : void reveal(c.id))}>
            {revealed ? 'Hide' : 'Reveal'}
          </Button>
        </p>
      )}
      {!c.resolvedAt && (
        <div className="settings__actions">
          <Button onClick={() => onResolve('keep')}>Keep what is in place</Button>
          <Button variant="primary" onClick={() => onResolve('restore')}>{c.kind === 'resurrected' ? 'Delete it again' : mergeWaiting ? 'Put the merged text in place' : 'Restore the lost value'}</Button>
        </div>
      )}
    </li>
  );
}
