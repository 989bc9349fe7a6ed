// The verification queue: current credentials needing primary-source verification, with the reason in words and a form on each row.
import { Fragment, useEffect, useState } from 'react';
import { Badge, Button, Card, PageHeader } from '../../../ui';
import { credentialName, credentialStatusDisplay } from '../credential-display';
import { formatDay, plural } from '../format';
import { useOrganisationRules } from '../organisation-rules';
import { verificationReasonLabels } from '../labels';
import { hashForPractitioner } from '../staff-view';
import { useVerificationQueueStore, type QueueRow } from './store';
import { VerificationForm } from './VerificationForm';

export function VerificationQueueView() {
  const load = useVerificationQueueStore((state) => state.load);
  const rows = useVerificationQueueStore((state) => state.rows);
  const total = useVerificationQueueStore((state) => state.total);
  const loaded = useVerificationQueueStore((state) => state.loaded);
  const [recordingId, setRecordingId] = useState<string | null>(null);
  const reverificationDays = useOrganisationRules((state) => state.reverificationDays);

  useEffect(() => {
    void load();
  }, [load]);

  return (
    <>
      <PageHeader
        title="Verification queue"
        description={`Licences, registrations, DEA, board certification and education that need primary-source verification: never verified, an expiry that moved past the one last verified (a renewal), a check that did not verify, or a check more than ${reverificationDays} days old before a reappointment due within 90 days (the accreditor’s window, in Settings). BLS, ACLS and PALS cards are not verified at the source.`}
      />
      <p className="staff-view__note staff-view__lead" aria-live="polite" data-testid="verification-summary">
        {!loaded ? 'Reading…' : total > rows.length ? `${plural(total, 'credential')} need verification; the first ${rows.length.toLocaleString('en-US')} are shown.` : `${plural(total, 'credential')} ${total === 1 ? 'needs' : 'need'} verification.`}
      </p>
      {loaded && rows.length === 0 ? (
        <Card><p className="staff-view__empty">Every current credential has a successful primary-source verification.</p></Card>
      ) : (
        <Card flush>
          <div className="table-wrap">
            <table className="table queue-table" aria-label="Credentials needing verification">
              <thead>
                <tr>
                  <th scope="col" style={{ width: '21%' }}>Practitioner</th>
                  <th scope="col" style={{ width: '22%' }}>Credential</th>
                  <th scope="col" style={{ width: '21%' }}>Why</th>
                  <th scope="col" style={{ width: '17%' }}>Expiry</th>
                  <th scope="col" style={{ width: '19%' }}><span className="visually-hidden">Action</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <Fragment key={row.credentialId}>
                    <QueueTableRow row={row} recording={recordingId === row.credentialId} onRecord={() => setRecordingId(row.credentialId)} />
                    {recordingId === row.credentialId && (
                      <tr className="queue__form-row">
                        <td colSpan={5}>
                          <VerificationForm
                            credentialId={row.credentialId}
                            credentialLabel={`${credentialName(row)} for ${row.staffName}`}
                            suggestedKind={row.reason === 'expiry-past-verified' ? 'renewal' : row.reason === 'never-verified' ? 'initial' : 'periodic'}
                            expiresOn={row.expiresOn}
                            submit={useVerificationQueueStore.getState().record}
                            onDone={() => setRecordingId(null)}
                          />
                        </td>
                      </tr>
                    )}
                  </Fragment>
                ))}
              </tbody>
            </table>
          </div>
        </Card>
      )}
    </>
  );
}

function QueueTableRow({ row, recording, onRecord }: { row: QueueRow; recording: boolean; onRecord(): void }) {
  const reason = verificationReasonLabels[row.reason];
  const status = credentialStatusDisplay(row.status);
  return (
    <tr data-testid="verification-row">
      <td>
        <a className="staff-link" href={hashForPractitioner(row.staffId)}>{row.staffName}</a>
        <div className="table__secondary">{row.departmentName}</div>
      </td>
      <td>
        {credentialName(row)}
        {row.numberMasked && <div className="staff-view__mono table__secondary">{row.numberMasked}</div>}
      </td>
      <td>
        <Badge tone={reason.tone}>{reason.label}</Badge>
        {row.lastVerifiedOn && <div className="table__secondary">Last checked {formatDay(row.lastVerifiedOn)}</div>}
      </td>
      <td>
        <Badge tone={status.tone}>{status.text}</Badge>
        {row.expiresOn && <div className="table__secondary tabular">{formatDay(row.expiresOn)}</div>}
      </td>
      <td>
        <Button variant="secondary" onClick={onRecord} disabled={recording} aria-label={`Record verification of ${credentialName(row)} for ${row.staffName}`}>
          Record verification
        </Button>
      </td>
    </tr>
  );
}
