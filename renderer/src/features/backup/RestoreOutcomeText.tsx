// What a restore did and what sync does next, in the director's words: shown in Settings and on the recovery screen.
import { formatInstant } from '../../ui';
import type { RestoreOutcome } from './backup-store';

export function RestoreOutcomeText({ outcome }: { outcome: RestoreOutcome }) {
  return (
    <div className="backup__outcome" role="status">
      <p>
        The database is back as it was on <strong>{formatInstant(outcome.takenAt)}</strong>. The one it replaced is kept at{' '}
        <span className="backup__path">{outcome.setAsideAs}</span>.
      </p>
      <ul className="backup__sync">
        {outcome.sync.map((sentence) => (
          <li key={sentence}>{sentence}</li>
        ))}
      </ul>
    </div>
  );
}
