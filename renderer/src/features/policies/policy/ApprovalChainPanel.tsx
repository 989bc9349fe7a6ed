// The approval chain of the open (or latest) version: each approver in order, their decision, comment and time, and the
// decision form on the step whose turn it is.
import { useState } from 'react';
import { call, ClientError, readableMessage } from '../../../client';
import { Badge, Button, Card, toastSuccess, type BadgeTone } from '../../../ui';
import { formatInstant } from '../format';
import { hashForEditor } from '../policies-view';
import { stepWhoseTurnItIs, type ApprovalStep } from './approval-turn';
import { usePolicyPageStore } from './store';
import { useKeptText } from '../../../app/kept-text';
import { fileToBase64 } from '../../../app/files';
import { decisionMethodLabels, evidenceMethodLabel } from '../labels';
import type { DecisionMethod } from './DecisionFields';
import { EvidenceLink } from './EvidenceLink';

const decisionDisplay: Record<ApprovalStep['decision'], { label: string; tone: BadgeTone }> = {
  pending: { label: 'Waiting', tone: 'neutral' },
  approved: { label: 'Approved', tone: 'success' },
  rejected: { label: 'Rejected', tone: 'danger' },
};

export function ApprovalChainPanel() {
  const version = usePolicyPageStore((s) => s.chainVersion);
  const reload = usePolicyPageStore((s) => s.reload);
  if (!version) return null;
  const steps = [...version.approvals].sort((a, b) => a.position - b.position);
  const turn = stepWhoseTurnItIs(version);
  const rejected = steps.find((s) => s.decision === 'rejected');

  return (
    <Card title={`Approval of version ${version.number}`} className="approval" data-testid="approval-chain">
      {steps.length === 0 ? (
        <p className="policies__muted">
          Not yet submitted. <a href={hashForEditor(version.policyId, version.id)}>Open the draft</a> to submit it for approval.
        </p>
      ) : (
        <>
          <p className="approval__status" role="status">
            {turn
              ? `Waiting for ${turn.approverName} (step ${steps.indexOf(turn) + 1} of ${steps.length}).`
              : rejected
                ? `Rejected by ${rejected.approverName}. Edit the draft and submit it again.`
                : version.approvedAt
                  ? steps.length === 1 ? `Approved by ${steps[0]!.approverName}.` : `Approved by all ${steps.length} approvers.`
                  : 'The chain was restarted by an edit.'}
          </p>
          <ol className="approval__steps" aria-label="Approvers in order">
            {steps.map((step, index) => (
              <li key={step.id} className="approval__step" data-turn={step === turn || undefined} data-testid="approval-step">
                <span className="approval__position" aria-hidden="true">{index + 1}</span>
                <div className="approval__who">
                  <div>
                    <strong>{step.approverName}</strong>{' '}
                    <span className="policies__muted">{step.approverKind === 'committee' ? 'Committee' : 'Person'}</span>
                  </div>
                  {step.decidedAt && (
                    <div className="policies__muted">
                      {formatInstant(step.decidedAt)}
                      {step.method && ` · ${evidenceMethodLabel(step.method)}`}
                      {step.recordedBy && ` · recorded by ${step.recordedBy}`}
                    </div>
                  )}
                  {step.evidence && <div><EvidenceLink evidence={step.evidence} /></div>}
                  {step.comment && <blockquote className="approval__comment">“{step.comment}”</blockquote>}
                  {step === turn && <DecisionForm step={step} onDecided={reload} />}
                </div>
                <Badge tone={step === turn ? 'warning' : decisionDisplay[step.decision].tone}>{step === turn ? 'Their turn' : decisionDisplay[step.decision].label}</Badge>
              </li>
            ))}
          </ol>
        </>
      )}
    </Card>
  );
}

function DecisionForm({ step, onDecided }: { step: ApprovalStep; onDecided(): Promise<void> }) {
  const [comment, setComment, forgetComment] = useKeptText(`approval-comment:${step.id}`);
  const [busy, setBusy] = useState<'approved' | 'rejected' | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [method, setMethod] = useState<DecisionMethod>('in-person');
  const [evidenceFile, setEvidenceFile] = useState<File | null>(null);

  async function decide(decision: 'approved' | 'rejected') {
    setBusy(decision);
    setError(null);
    try {
      const evidence = evidenceFile ? { fileName: evidenceFile.name, dataBase64: await fileToBase64(evidenceFile) } : null;
      const version = await call('policies.decide', { stepId: step.id, decision, comment: comment.trim() || null, method, evidence });
      toastSuccess(
        decision === 'approved' ? `Approved by ${step.approverName}` : `Rejected by ${step.approverName}`,
        version.state === 'active' ? `Version ${version.number} is now in force.` : version.state === 'approved' ? `Version ${version.number} is approved and comes into force on its effective date.` : undefined,
      );
      forgetComment();
      await onDecided();
    } catch (e) {
      setError(e instanceof ClientError ? e.message : readableMessage(e));
    } finally {
      setBusy(null);
    }
  }

  return (
    <div className="approval__decide">
      <label className="field__label" htmlFor={`comment-${step.id}`}>Comment from {step.approverName}</label>
      <textarea id={`comment-${step.id}`} className="field__control policies__textarea" rows={2} value={comment} onChange={(e) => setComment(e.target.value)} placeholder="Optional for an approval; say why for a rejection" />
      <div className="policies-form__row">
        <div className="field">
          <label className="field__label" htmlFor={`method-${step.id}`}>How it reached you</label>
          <select id={`method-${step.id}`} className="field__control" value={method} onChange={(e) => setMethod(e.target.value as DecisionMethod)}>
            {Object.entries(decisionMethodLabels).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
          </select>
        </div>
        <div className="field">
          <label className="field__label" htmlFor={`evidence-${step.id}`}>Evidence (optional)</label>
          <input id={`evidence-${step.id}`} type="file" className="field__control" accept="application/pdf,image/png,image/jpeg" onChange={(e) => setEvidenceFile(e.target.files?.[0] ?? null)} />
        </div>
      </div>
      {error && <p className="field__error" role="alert">{error}</p>}
      <div className="approval__buttons">
        <Button variant="primary" busy={busy === 'approved'} disabled={busy !== null} onClick={() => void decide('approved')}>Approve</Button>
        <Button busy={busy === 'rejected'} disabled={busy !== null} onClick={() => void decide('rejected')}>Reject</Button>
      </div>
    </div>
  );
}
