// The review cycle: how often, when it is next due and in what state; "reviewed, no revision needed" reschedules it.
import { useState, type FormEvent } from 'react';
import { call } from '../../../client';
import { Badge, Button, Card, toastSuccess } from '../../../ui';
import { formErrorsFrom, noErrors, type FormErrors } from '../field-errors';
import { formatDay, plural } from '../format';
import { evidenceMethodLabel, reviewStatusDisplay } from '../labels';
import { usePolicyOrganisation } from '../organisation-store';
import { usePolicyPageStore, type Policy } from './store';
import { useKeptText } from '../../../app/kept-text';
import { DecisionFields, decisionInput, emptyDecision } from './DecisionFields';
import { EvidenceLink } from './EvidenceLink';

export function ReviewPanel({ policy }: { policy: Policy }) {
  const [recording, setRecording] = useState(false);
  const review = reviewStatusDisplay(policy.review);
  return (
    <Card title="Review" data-testid="review-panel">
      <dl className="side-facts">
        <div>
          <dt>Cycle</dt>
          <dd>Every {plural(policy.reviewIntervalMonths, 'month')}, warning {plural(policy.reviewWarningDays, 'day')} before</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {policy.review.dueOn ? formatDay(policy.review.dueOn) : '—'} <Badge tone={review.tone}>{review.sentence}</Badge>
          </dd>
        </div>
        <div>
          <dt>Last reviewed</dt>
          <dd>{formatDay(policy.lastReviewedOn)}</dd>
        </div>
      </dl>
      {policy.activeVersion && !recording && (
        <Button onClick={() => setRecording(true)}>Reviewed, no revision needed</Button>
      )}
      {recording && <ReviewForm policy={policy} onDone={() => setRecording(false)} />}
      {policy.reviews.length > 0 && (
        <ul className="side-list" aria-label="Reviews">
          {[...policy.reviews].sort((a, b) => b.reviewedOn.localeCompare(a.reviewedOn)).map((r, i) => (
            <li key={i}>
              <strong>{formatDay(r.reviewedOn)}</strong> <span className="policies__muted">approved by {r.reviewer}{r.method ? `, ${evidenceMethodLabel(r.method)}` : ''}</span>
              {r.recordedBy && r.recordedBy !== r.reviewer && <div className="policies__muted">Recorded by {r.recordedBy}</div>}
              {r.evidence && <div><EvidenceLink evidence={r.evidence} /></div>}
              {r.note && <div className="policies__muted">{r.note}</div>}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

function ReviewForm({ policy, onDone }: { policy: Policy; onDone(): void }) {
  const today = usePolicyOrganisation((s) => s.today);
  const show = usePolicyPageStore((s) => s.show);
  const [reviewedOn, setReviewedOn] = useState(today);
  const [note, setNote, forgetNote] = useKeptText(`review-note:${policy.id}`);
  const [decision, setDecision] = useState(emptyDecision);
  const [errors, setErrors] = useState<FormErrors>(noErrors);
  const [busy, setBusy] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const decided = await decisionInput(decision);
    if (typeof decided === 'string') {
      setErrors({ fields: { approver: decided }, form: null });
      return;
    }
    setBusy(true);
    try {
      const updated = await call('policies.markReviewed', { policyId: policy.id, reviewedOn, note: note.trim() || null, ...decided });
      toastSuccess('Review recorded', updated.review.dueOn ? `Next review due ${formatDay(updated.review.dueOn)}.` : undefined);
      forgetNote();
      show(updated);
      onDone();
    } catch (error) {
      setErrors(formErrorsFrom(error));
    } finally {
      setBusy(false);
    }
  }

  return (
    <form className="policies-form side-form" onSubmit={submit} aria-label="Record a review">
      {errors.form && <p className="policies-alert" role="alert">{errors.form}</p>}
      <label className="field">
        <span className="field__label">Reviewed on</span>
        <input type="date" className="field__control" value={reviewedOn} onChange={(e) => setReviewedOn(e.target.value)} />
        {errors.fields['reviewedOn'] && <span className="field__error">{errors.fields['reviewedOn']}</span>}
      </label>
      <label className="field">
        <span className="field__label">Note</span>
        <textarea className="field__control policies__textarea" rows={2} value={note} onChange={(e) => setNote(e.target.value)} placeholder="Checked against current practice; no change" />
      </label>
      <DecisionFields idPrefix={`review-${policy.id}`} value={decision} onChange={setDecision} approverError={errors.fields['approver'] ?? errors.fields['approver.name'] ?? errors.fields['approver.staffId']} />
      <div className="side-form__buttons">
        <Button onClick={onDone}>Cancel</Button>
        <Button variant="primary" type="submit" busy={busy}>Record review</Button>
      </div>
    </form>
  );
}
