// The de-identified summary's review: what was removed from the case (and why), the summary with whatever still looks
// like an identifier highlighted, the reviewer's edits, and the sign-off that lets it reach a committee packet.
import { useEffect, useState, type ReactNode } from 'react';
import { placeholderFor } from '../../../../shared/domain/deidentify';
import { Badge, Button, Card, TextAreaField, formatInstant } from '../../ui';
import { useEthicsStore } from './store';

function marked(text: string, spans: readonly { start: number; end: number }[], className: string, title: (i: number) => string): ReactNode[] {
  const out: ReactNode[] = [];
  let at = 0;
  spans.forEach((s, i) => {
    if (s.start > at) out.push(text.slice(at, s.start));
    out.push(<mark key={i} className={className} title={title(i)}>{text.slice(s.start, s.end)}</mark>);
    at = s.end;
  });
  out.push(text.slice(at));
  return out;
}

export function SummaryPanel() {
  const review = useEthicsStore((s) => s.review);
  const { draftSummary, saveSummary, signOff } = useEthicsStore.getState();
  const [editing, setEditing] = useState(false);
  const [text, setText] = useState(review?.text ?? '');
  const [error, setError] = useState<string | null>(null);
  useEffect(() => setText(review?.text ?? ''), [review?.text]);

  return (
    <Card
      title="De-identified summary for the committee"
      actions={<Button onClick={() => void draftSummary()}>{review ? 'Make it again from the case' : 'Make the summary from the case'}</Button>}
    >
      {!review ? (
        <p className="ethics-muted">The summary removes the 18 HIPAA Safe Harbor identifiers and staff names from the case. A reviewer checks it and signs it off; only then can it be linked to an ethics committee agenda.</p>
      ) : (
        <div className="ethics-review">
          <section aria-label="Removed from the case">
            <h3 className="ethics-subhead">Removed from the case ({review.removed.length})</h3>
            <ul className="ethics-removed">
              {review.removed.map((s, i) => (
                <li key={i}><Badge tone="neutral">{placeholderFor(s.kind).slice(1, -1).toLowerCase()}</Badge> <span className="ethics-removed__text">{s.text}</span></li>
              ))}
            </ul>
            <details>
              <summary>The case text it was made from</summary>
              <p className="ethics-pre">{marked(review.source, review.removed, 'ethics-mark--removed', (i) => `Removed: ${review.removed[i]!.kind}`)}</p>
            </details>
          </section>
          <section aria-label="Summary">
            <h3 className="ethics-subhead">
              Summary{' '}
              {review.status === 'signed-off' ? <Badge tone="success">Signed off</Badge> : <Badge tone="warning">Not signed off</Badge>}
            </h3>
            {review.flagged.length > 0 && (
              <p className="ethics-warning" role="status">{review.flagged.length} highlighted {review.flagged.length === 1 ? 'passage looks' : 'passages look'} like an identifier: read each before signing off.</p>
            )}
            {editing ? (
              <TextAreaField label="Summary text" rows={12} value={text} onChange={(e) => setText(e.target.value)} hint={review.status === 'signed-off' ? 'Saving an edit undoes the sign-off.' : undefined} />
            ) : (
              <p className="ethics-pre ethics-summary-text" data-testid="summary-text">{marked(review.text, review.flagged, 'ethics-mark--flagged', () => 'Looks like an identifier')}</p>
            )}
            {error && <p className="ethics-error" role="alert">{error}</p>}
            <div className="ethics-actions">
              {editing ? (
                <>
                  <Button variant="primary" onClick={() => void saveSummary(text).then((r) => (r.ok ? (setEditing(false), setError(null)) : setError(r.message)))}>Save summary</Button>
                  <Button variant="ghost" onClick={() => { setEditing(false); setText(review.text); }}>Cancel</Button>
                </>
              ) : (
                <>
                  <Button onClick={() => setEditing(true)}>Edit summary</Button>
                  {review.status !== 'signed-off' && <Button variant="primary" onClick={() => void signOff().then((r) => setError(r.ok ? null : r.message))}>Sign off</Button>}
                </>
              )}
            </div>
            {review.signedOffAt && <p className="ethics-muted">Signed off by {review.signedOffBy} on {formatInstant(review.signedOffAt)}.</p>}
          </section>
        </div>
      )}
    </Card>
  );
}
