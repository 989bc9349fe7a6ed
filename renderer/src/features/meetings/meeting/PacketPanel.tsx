// The packet as issued: issue or re-issue it (saying first what changed since the last issue), open any issue exactly
// as it went out, with its confidential supplement, and log who received it.
import { useEffect, useState } from 'react';
import { distributionMethodLabels, distributionMethods } from '../../../../../shared/contract/packet-issues';
import { Badge, Button, CheckboxField, DownloadIcon, SelectField, TextAreaField, TextField, formatInstant } from '../../../ui';
import type { FieldErrors } from '../field-errors';
import { usePacketIssuesStore, type PacketIssue } from './packet-issues-store';
import type { Meeting } from './store';

export function PacketPanel({ meeting }: { meeting: Meeting }) {
  const { state, loadError, issuing, progress, load, issue } = usePacketIssuesStore();
  const [note, setNote] = useState('');
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    void load(meeting.id);
    // The meeting object changes with every edit: what changed since the last issue is read again each time.
  }, [load, meeting]);

  if (loadError) return <p className="meetings__error" role="alert">{loadError}</p>;
  if (!state) return <p className="meetings__muted">Reading the issued packets…</p>;
  const last = state.issues[0];

  async function submit() {
    setError(null);
    const result = await issue(note);
    if (result.ok) setNote('');
    else setError(result.message);
  }

  return (
    <section className="packet-issues" aria-label="Packet as issued">
      <div className="packet-issues__next">
        <h3 className="meetings__subheading">{last ? `Changes since issue ${last.number}` : 'Not issued yet'}</h3>
        {!last && (
          <p className="meetings__muted">
            Issuing stores the packet and the data it was printed from, dated and numbered: later changes to the agenda or to linked records do not change
            what the committee received. Items taken in executive session go in a separate confidential supplement.
          </p>
        )}
        {state.pending && state.pending.lines.length === 0 && <p className="meetings__muted">Nothing in the packet has changed since issue {state.pending.sinceIssue}.</p>}
        {state.pending && state.pending.lines.length > 0 && (
          <ul className="packet-issues__changes" aria-label={`Changes since issue ${state.pending.sinceIssue}`}>
            {state.pending.lines.map((line) => <li key={line}>{line}</li>)}
          </ul>
        )}
        {state.refusal ? (
          <p className="packet-issues__refusal" role="note">{state.refusal}</p>
        ) : (
          <form className="packet-issues__form" onSubmit={(event) => (event.preventDefault(), void submit())}>
            <TextField label={last ? 'Note for the re-issue (optional)' : 'Note (optional)'} value={note} onChange={(e) => setNote(e.target.value)} placeholder={last ? 'Revised policy text from the author' : ''} />
            <Button type="submit" variant="primary" busy={issuing} disabled={issuing}>
              {issuing ? 'Issuing…' : last ? `Re-issue as issue ${last.number + 1}` : 'Issue packet'}
            </Button>
          </form>
        )}
        {issuing && <p role="status" className="meetings__muted">{progress ? `${progress.step} (step ${Math.min(progress.done + 1, progress.total)} of ${progress.total})` : 'Printing the packet…'}</p>}
        {error && <p className="meetings__error" role="alert">{error}</p>}
      </div>
      {state.issues.map((i) => <IssueCard key={i.id} issue={i} meeting={meeting} latest={i === last} />)}
    </section>
  );
}

function IssueCard({ issue, meeting, latest }: { issue: PacketIssue; meeting: Meeting; latest: boolean }) {
  const { open } = usePacketIssuesStore();
  return (
    <article className="packet-issue" aria-label={`Issue ${issue.number}`}>
      <header className="packet-issue__head">
        <h3 className="meetings__subheading">
          Issue {issue.number} {latest ? <Badge tone="success">Current</Badge> : <Badge tone="neutral">Replaced</Badge>}
        </h3>
        <span className="meetings__muted">Issued {formatInstant(issue.issuedAt)} by {issue.issuedBy}</span>
        <span className="packet-issue__actions">
          <Button icon={<DownloadIcon />} onClick={() => void open(issue.id, 'general')}>Open packet</Button>
          {issue.hasSupplement && <Button icon={<DownloadIcon />} onClick={() => void open(issue.id, 'supplement')}>Open confidential supplement</Button>}
        </span>
      </header>
      {issue.note && <p className="packet-issue__note">{issue.note}</p>}
      {issue.changes.length > 0 && (
        <details className="packet-issue__changes">
          <summary>What changed from issue {issue.number - 1} ({issue.changes.length})</summary>
          <ul>{issue.changes.map((line) => <li key={line}>{line}</li>)}</ul>
        </details>
      )}
      <DistributionLog issue={issue} meeting={meeting} canRecord={latest} />
    </article>
  );
}

/** `canRecord`: only the current issue is sent out; a replaced one keeps its log to read. */
function DistributionLog({ issue, meeting, canRecord }: { issue: PacketIssue; meeting: Meeting; canRecord: boolean }) {
  const { recordDistribution } = usePacketIssuesStore();
  const [recipient, setRecipient] = useState('');
  const [name, setName] = useState('');
  const [sentOn, setSentOn] = useState(issue.issuedAt.slice(0, 10));
  const [method, setMethod] = useState<(typeof distributionMethods)[number]>('email');
  const [supplement, setSupplement] = useState(false);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<string | null>(null);
  const members = meeting.members.filter((m) => m.active);

  async function submit() {
    setErrors({});
    setMessage(null);
    const result = await recordDistribution({ packetIssueId: issue.id, memberId: recipient || null, recipientName: recipient ? '' : name, sentOn, method, supplement: issue.hasSupplement && supplement });
    if (!result.ok) {
      setErrors(result.fieldErrors);
      return setMessage(Object.keys(result.fieldErrors).length ? null : result.message);
    }
    setRecipient('');
    setName('');
    setSupplement(false);
  }

  return (
    <section className="packet-issue__log" aria-label={`Distribution of issue ${issue.number}`}>
      <h4 className="packet-issue__log-title">Sent to</h4>
      {issue.distributions.length === 0 ? (
        <p className="meetings__muted">Not recorded as sent to anyone yet.</p>
      ) : (
        <table className="packet-issue__table">
          <thead><tr><th>Recipient</th><th>Sent on</th><th>How</th><th>Supplement</th></tr></thead>
          <tbody>
            {issue.distributions.map((d) => (
              <tr key={d.id}><td>{d.recipientName}</td><td>{d.sentOn}</td><td>{distributionMethodLabels[d.method]}</td><td>{d.supplement ? 'Yes' : 'No'}</td></tr>
            ))}
          </tbody>
        </table>
      )}
      {canRecord && <form className="packet-issue__log-form" onSubmit={(event) => (event.preventDefault(), void submit())}>
        <SelectField
          label="Member"
          value={recipient}
          onChange={(e) => setRecipient(e.target.value)}
          options={[{ value: '', label: 'Someone else (name)' }, ...members.map((m) => ({ value: m.id, label: m.name }))]}
          error={errors['memberId']}
        />
        {!recipient && <TextField label="Name" value={name} onChange={(e) => setName(e.target.value)} error={errors['recipientName']} />}
        <TextField label="Sent on" type="date" value={sentOn} onChange={(e) => setSentOn(e.target.value)} error={errors['sentOn']} />
        <SelectField label="How" value={method} onChange={(e) => setMethod(e.target.value as typeof method)} options={distributionMethods.map((m) => ({ value: m, label: distributionMethodLabels[m] }))} />
        {issue.hasSupplement && <CheckboxField label="With the confidential supplement" checked={supplement} onChange={(e) => setSupplement(e.target.checked)} />}
        <Button type="submit">Record as sent</Button>
      </form>}
      {message && <p className="meetings__error" role="alert">{message}</p>}
    </section>
  );
}
