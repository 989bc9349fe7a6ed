// A policy's page: its header, the version timeline and approval chain, read-and-sign, and beside them the version in
// force on a date, the review cycle, the standards it cites and its attachments.
import { useEffect, useState } from 'react';
import { ArrowLeftIcon, Badge, Button, Card, DownloadIcon, PlusIcon } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { formatDay } from '../format';
import { evidenceMethodLabel, reviewStatusDisplay, versionStateLabel, versionStateTone } from '../labels';
import { goTo, hashForEditor, hashForPoliciesView, hashForRedline } from '../policies-view';
import { ApprovalChainPanel } from './ApprovalChainPanel';
import { AttachmentsPanel } from './AttachmentsPanel';
import { exportVersionPdf } from './export-pdf';
import { InForceOnPanel } from './InForceOnPanel';
import { NewVersionDialog } from './NewVersionDialog';
import { ReadAndSignPanel } from './ReadAndSignPanel';
import { RetireDialog } from './RetireDialog';
import { ReviewPanel } from './ReviewPanel';
import { StandardsCitedPanel } from './StandardsCitedPanel';
import { usePolicyPageStore, type Policy } from './store';
import { VersionTimeline } from './VersionTimeline';
import { EvidenceLink } from './EvidenceLink';

export function PolicyView({ policyId }: { policyId: string }) {
  const open = usePolicyPageStore((s) => s.open);
  const close = usePolicyPageStore((s) => s.close);
  const policy = usePolicyPageStore((s) => (s.policyId === policyId ? s.policy : null));
  const loadError = usePolicyPageStore((s) => s.loadError);

  useEffect(() => {
    void open(policyId);
    return close;
  }, [policyId, open, close]);

  return (
    <>
      <a className="policies__back" href={hashForPoliciesView({ section: 'library' })}>
        <ArrowLeftIcon /> All policies
      </a>
      {loadError ? (
        <p className="policies-alert" role="alert">{loadError}</p>
      ) : !policy ? (
        <p className="policies__muted">Reading the policy…</p>
      ) : (
        <>
          <PolicyHeader policy={policy} />
          <div className="policy__columns">
            <div className="policy__main">
              <VersionTimeline policy={policy} />
              <ApprovalChainPanel />
              <ReadAndSignPanel policy={policy} />
            </div>
            <div className="policy__side">
              <InForceOnPanel policy={policy} />
              <ReviewPanel policy={policy} />
              <StandardsCitedPanel policy={policy} />
              <AttachmentsPanel policy={policy} />
            </div>
          </div>
        </>
      )}
    </>
  );
}

/** The badge a policy carries as a whole: retired, the state of the version in force, or of its open draft. */
function policyState(policy: Policy): { label: string; tone: Parameters<typeof Badge>[0]['tone'] } {
  if (policy.retiredOn) return { label: 'Retired', tone: 'neutral' };
  if (policy.activeVersion) return { label: 'Active', tone: 'success' };
  if (policy.openVersion) return { label: versionStateLabel(policy.openVersion.state), tone: versionStateTone[policy.openVersion.state] };
  return { label: 'Not in force', tone: 'neutral' };
}

function PolicyHeader({ policy }: { policy: Policy }) {
  const [startingVersion, setStartingVersion] = useState(false);
  const [retiring, setRetiring] = useState(false);
  const [discardError, setDiscardError] = useState<string | null>(null);
  const discardDraft = usePolicyPageStore((s) => s.discardDraft);
  const [exporting, setExporting] = useState(false);
  const state = policyState(policy);
  const review = reviewStatusDisplay(policy.review);
  const newest = [...policy.versions].sort((a, b) => b.number - a.number)[0];
  const printable = policy.activeVersion?.id ?? newest?.id;
  const approvedSource = [...policy.versions].sort((a, b) => b.number - a.number).find((v) => v.approvedAt);
  // The decision in effect is the latest; older ones (a retirement date moved later) stay in History.
  const retirement = policy.retiredOn ? policy.retirements[0] : undefined;

  return (
    <Card className="policy__header">
      <div className="policy__title-row">
        <div>
          <p className="policy__reference">{policy.reference}</p>
          <h1 className="policy__title">{policy.title}</h1>
          <p className="policies__muted">{[policy.category, policy.departmentName ?? 'Organisation-wide', `Owner: ${policy.ownerName}`].join(' · ')}</p>
        </div>
        <div className="policy__badges">
          <Badge tone={state.tone}>{state.label}</Badge>
          {policy.openVersion && policy.activeVersion && (
            <Badge tone={versionStateTone[policy.openVersion.state]}>Version {policy.openVersion.number} {versionStateLabel(policy.openVersion.state).toLowerCase()}</Badge>
          )}
        </div>
      </div>
      <dl className="policy__facts">
        <div>
          <dt>In force</dt>
          <dd>{policy.activeVersion ? `Version ${policy.activeVersion.number} since ${formatDay(policy.activeVersion.effectiveOn)}` : 'No version in force'}</dd>
        </div>
        <div>
          <dt>Next review</dt>
          <dd>
            {policy.review.dueOn ? formatDay(policy.review.dueOn) : '—'} <Badge tone={review.tone}>{review.sentence}</Badge>
          </dd>
        </div>
        <div>
          <dt>Read &amp; sign</dt>
          <dd className="tabular">
            {policy.attestation.assigned ? `${policy.attestation.attested} of ${policy.attestation.assigned} attested` : 'Not assigned'}
            {policy.attestation.overdue > 0 && <> <Badge tone="danger">{policy.attestation.overdue} overdue</Badge></>}
          </dd>
        </div>
        {retirement && (
          <div className="policy__fact--wide" data-testid="retirement-decision">
            <dt>Retired</dt>
            <dd>
              From {formatDay(retirement.effectiveOn)}, decided {formatDay(retirement.decidedOn)} by {retirement.approverName}
              {retirement.method ? ` (${evidenceMethodLabel(retirement.method)})` : ''}: {retirement.reason}
              {retirement.recordedBy && <span className="policies__muted"> · recorded by {retirement.recordedBy}</span>}
              {retirement.evidence && <> · <EvidenceLink evidence={retirement.evidence} /></>}
            </dd>
          </div>
        )}
      </dl>
      <div className="policy__actions">
        {policy.openVersion ? (
          <Button variant="primary" onClick={() => goTo(hashForEditor(policy.id, policy.openVersion!.id))}>
            {policy.openVersion.state === 'in-review' ? `Open version ${policy.openVersion.number} (in review)` : `Edit draft version ${policy.openVersion.number}`}
          </Button>
        ) : (
          approvedSource && !policy.retiredOn && (
            <Button variant="primary" icon={<PlusIcon />} onClick={() => setStartingVersion(true)}>Start a new version</Button>
          )
        )}
        {policy.versions.length > 1 && <a className="button button--secondary" href={hashForRedline(policy.id)}>Compare versions</a>}
        {printable && (
          <Button
            icon={<DownloadIcon />}
            busy={exporting}
            onClick={async () => {
              setExporting(true);
              await exportVersionPdf(printable);
              setExporting(false);
            }}
          >
            {exporting ? 'Exporting…' : 'Export PDF'}
          </Button>
        )}
        {policy.openVersion && policy.versions.length > 1 && (
          <Button
            variant="ghost"
            onClick={async () => {
              if (!window.confirm(`Discard draft version ${policy.openVersion!.number}? The version in force is not affected.`)) return;
              setDiscardError(await discardDraft(policy.openVersion!.id));
            }}
          >
            Discard draft…
          </Button>
        )}
        {!policy.retiredOn && policy.activeVersion && <Button variant="ghost" onClick={() => setRetiring(true)}>Retire…</Button>}
        <HistoryButton entity="policy" id={policy.id} name={`${policy.reference} ${policy.title}`} />
        {policy.openVersion && <HistoryButton entity="policyVersion" id={policy.openVersion.id} name={`draft version ${policy.openVersion.number} of ${policy.reference}`} />}
      </div>
      {discardError && <p className="policies-alert" role="alert">{discardError}</p>}
      {startingVersion && approvedSource && <NewVersionDialog policy={policy} fromVersion={approvedSource} onClose={() => setStartingVersion(false)} />}
      {retiring && <RetireDialog policy={policy} onClose={() => setRetiring(false)} />}
    </Card>
  );
}
