// Every version of a policy, newest first: its state, change summary, author and dates, with links to open, compare and print.
import { Badge, Card } from '../../../ui';
import { formatDay, formatInstant } from '../format';
import { versionStateLabel, versionStateTone } from '../labels';
import { hashForEditor, hashForRedline } from '../policies-view';
import { exportVersionPdf } from './export-pdf';
import type { Policy } from './store';

export function VersionTimeline({ policy }: { policy: Policy }) {
  const versions = [...policy.versions].sort((a, b) => b.number - a.number);
  return (
    <Card title="Versions">
      <ol className="timeline" aria-label="Versions">
        {versions.map((v) => {
          const previous = versions.find((p) => p.number < v.number);
          const editable = v.state === 'draft' || v.state === 'in-review';
          return (
            <li key={v.id} className="timeline__item" data-state={v.state} data-version={v.number} data-testid="version-item">
              <span className="timeline__dot" aria-hidden="true" />
              <div className="timeline__head">
                <span className="timeline__number">Version {v.number}</span>
                <Badge tone={versionStateTone[v.state]}>{versionStateLabel(v.state)}</Badge>
                {v.effectiveOn && (v.state === 'active' || v.state === 'approved' || v.state === 'superseded' || v.state === 'retired') && (
                  <span className="policies__muted">effective {formatDay(v.effectiveOn)}</span>
                )}
              </div>
              <p className="timeline__summary">{v.changeSummary}</p>
              <p className="timeline__meta">
                {[
                  `Written by ${v.authorName}`,
                  v.submittedAt ? `submitted ${formatInstant(v.submittedAt)}` : null,
                  v.approvedAt ? `approved ${formatInstant(v.approvedAt)}` : null,
                ].filter(Boolean).join(' · ')}
              </p>
              <div className="timeline__links">
                <a href={hashForEditor(policy.id, v.id)}>{editable ? (v.state === 'draft' ? 'Edit draft' : 'Open') : 'Read'}</a>
                {previous && <a href={hashForRedline(policy.id, previous.id, v.id)}>Changes from version {previous.number}</a>}
                <button type="button" className="timeline__link-button" onClick={() => void exportVersionPdf(v.id)}>
                  PDF<span className="visually-hidden"> of version {v.number}</span>
                </button>
              </div>
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
