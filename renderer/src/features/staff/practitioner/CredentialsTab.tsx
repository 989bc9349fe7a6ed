// The credentials tab: each credential with its status in words, masked number, document, verifications and renewal
// history; add, edit, renew (a new term, in its own dialog).
import { useEffect, useState } from 'react';
import { expiryPastVerified, primarySourceVerifiedTypes } from '../../../../../shared/domain/credentials';
import { Badge, Button, PlusIcon } from '../../../ui';
import { HistoryButton } from '../../history/HistoryButton';
import { credentialName, credentialStatusDisplay } from '../credential-display';
import { formatDay } from '../format';
import { lapseScopeLabels } from '../../../../../shared/domain/lapse-scope';
import { verificationKindLabels, verificationMethodLabels, verificationResultLabels } from '../labels';
import { VerificationForm } from '../verification/VerificationForm';
import { CredentialForm, type CredentialFormMode } from './CredentialForm';
import { RenewCredentialDialog } from './RenewCredentialDialog';
import { usePractitionerStore, type Credential } from './store';

export function CredentialsTab() {
  const staffId = usePractitionerStore((state) => state.staffId);
  const credentials = usePractitionerStore((state) => state.credentials);
  const [form, setForm] = useState<CredentialFormMode | null>(null);
  const [renewing, setRenewing] = useState<Credential | null>(null);
  if (!staffId) return null;
  const current = credentials.filter((c) => c.isCurrent);
  const replaced = credentials.filter((c) => !c.isCurrent);

  return (
    <section aria-label="Credentials">
      <div className="profile__tab-actions">
        <p className="staff-view__note">Licence and DEA numbers are masked; “Reveal” shows one on purpose, and the reveal is recorded.</p>
        <Button variant="primary" icon={<PlusIcon />} onClick={() => setForm({ kind: 'create' })} disabled={form?.kind === 'create'}>
          Add credential
        </Button>
      </div>
      <div className="profile__list">
        {form?.kind === 'create' && <CredentialForm mode={form} staffId={staffId} onDone={() => setForm(null)} />}
        {current.length === 0 && !form && <p className="staff-view__empty">No credentials on file yet.</p>}
        {current.map((credential) =>
          form && form.kind !== 'create' && form.credential.id === credential.id ? (
            <CredentialForm key={credential.id} mode={form} staffId={staffId} onDone={() => setForm(null)} />
          ) : (
            <CredentialCard key={credential.id} credential={credential} onEdit={() => setForm({ kind: 'edit', credential })} onRenew={() => setRenewing(credential)} />
          ),
        )}
        {renewing && <RenewCredentialDialog credential={renewing} onClose={() => setRenewing(null)} />}
        {replaced.length > 0 && (
          <>
            <h3 className="record-card__section-title">Replaced by a later credential</h3>
            {replaced.map((credential) => (
              <CredentialCard key={credential.id} credential={credential} onEdit={() => setForm({ kind: 'edit', credential })} />
            ))}
          </>
        )}
      </div>
    </section>
  );
}

function CredentialCard({ credential, onEdit, onRenew }: { credential: Credential; onEdit(): void; onRenew?(): void }) {
  const status = credentialStatusDisplay(credential.status);
  const preview = usePractitionerStore((state) => (state.preview?.credentialId === credential.id ? state.preview : null));
  const { attachDocument, openDocument, closePreview, removeCredential } = usePractitionerStore.getState();
  const [showVerifications, setShowVerifications] = useState(false);
  const name = credentialName(credential);
  const accent = credential.status.state === 'expired' ? 'record-card--danger' : credential.status.state === 'expiring' ? 'record-card--warning' : '';

  return (
    <article className={`record-card ${accent}`} aria-label={name} data-testid="credential-card">
      <header className="record-card__head">
        <div>
          <h3 className="record-card__title">{name}</h3>
          {credential.issuer && <p className="record-card__subtitle">{credential.issuer}</p>}
        </div>
        <div className="profile__badges">
          <Badge tone={status.tone}>{status.text}</Badge>
          {credential.status.suspends && <Badge tone="danger">{lapseScopeLabels[credential.status.suspends]}</Badge>}
        </div>
      </header>
      <dl className="record-card__facts">
        <div>
          <dt>Number</dt>
          <dd><CredentialNumber credential={credential} /></dd>
        </div>
        <div>
          <dt>State</dt>
          <dd>{credential.jurisdiction ?? '—'}</dd>
        </div>
        <div>
          <dt>Issued</dt>
          <dd className="tabular">{formatDay(credential.issuedOn)}</dd>
        </div>
        <div>
          <dt>Expires</dt>
          <dd className="tabular">{formatDay(credential.expiresOn)}</dd>
        </div>
        <div>
          <dt>Last verified</dt>
          <dd>
            {credential.lastVerifiedOn ? (
              <>
                {formatDay(credential.lastVerifiedOn)}{' '}
                {credential.lastVerificationResult === 'verified' && expiryPastVerified(credential.expiresOn, credential.lastConfirmedExpiresOn) ? (
                  <Badge tone="warning">An earlier term</Badge>
                ) : (
                  credential.lastVerificationResult && <Badge tone={verificationResultLabels[credential.lastVerificationResult].tone}>{verificationResultLabels[credential.lastVerificationResult].label}</Badge>
                )}
              </>
            ) : primarySourceVerifiedTypes.has(credential.type) ? (
              <Badge tone="warning">Never verified</Badge>
            ) : (
              <span className="table__secondary">Not verified at the source</span>
            )}
          </dd>
        </div>
        <div>
          <dt>Document</dt>
          <dd>{credential.documentName ?? <span className="table__secondary">None attached</span>}</dd>
        </div>
        {credential.restrictions && (
          <div className="record-card__wide">
            <dt>Restrictions</dt>
            <dd>{credential.restrictions}</dd>
          </div>
        )}
      </dl>
      {preview && (
        <div className="record-card__section document-preview">
          <h4 className="record-card__section-title">{preview.fileName}</h4>
          <img src={preview.url} alt={`Document attached to ${name}`} />
          <div>
            <Button variant="secondary" onClick={closePreview}>Close document</Button>
          </div>
        </div>
      )}
      {showVerifications && <VerificationsPanel credential={credential} name={name} />}
      <div className="record-card__actions">
        <Button variant="secondary" onClick={() => setShowVerifications(!showVerifications)} aria-expanded={showVerifications}>
          {showVerifications ? 'Hide verifications' : 'Verifications and renewals'}
        </Button>
        {credential.documentId && (
          <Button variant="secondary" onClick={() => void openDocument(credential)}>Open document</Button>
        )}
        <label className="button button--secondary file-button">
          {credential.documentId ? 'Replace document' : 'Attach document'}
          <input
            type="file"
            accept="application/pdf,image/png,image/jpeg"
            aria-label={`Attach document to ${name}`}
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void attachDocument(credential.id, file);
            }}
          />
        </label>
        <span className="spacer" />
        {/* Only a term can be renewed: a credential without an expiry (education) is corrected with Edit. */}
        {credential.isCurrent && credential.expiresOn && onRenew && <Button variant="ghost" onClick={onRenew} aria-label={`Renew ${name}`}>Renew</Button>}
        <HistoryButton entity="credential" id={credential.id} name={name} version={credential.updatedAt} />
        <Button variant="ghost" onClick={onEdit}>Edit</Button>
        <Button
          variant="ghost"
          onClick={() => {
            if (window.confirm(`Remove ${name}? Only do this for a credential entered in error; a lapsed one should be renewed instead.`)) void removeCredential(credential.id);
          }}
        >
          Remove
        </Button>
      </div>
    </article>
  );
}

function CredentialNumber({ credential }: { credential: Credential }) {
  const revealed = usePractitionerStore((state) => (credential.id in state.revealed ? state.revealed[credential.id] : undefined));
  const { reveal, hide } = usePractitionerStore.getState();
  if (!credential.numberMasked) return <span className="table__secondary">—</span>;
  const shown = revealed !== undefined;
  return (
    <span className="number-reveal">
      <span className="staff-view__mono" data-testid="credential-number">{shown ? (revealed ?? '—') : credential.numberMasked}</span>
      <button type="button" className="number-reveal__button" onClick={() => void (shown ? hide(credential.id) : reveal(credential.id))}>
        {shown ? 'Hide' : 'Reveal'}
      </button>
    </span>
  );
}

function VerificationsPanel({ credential, name }: { credential: Credential; name: string }) {
  const list = usePractitionerStore((state) => state.verifications[credential.id]);
  const terms = usePractitionerStore((state) => state.terms[credential.id]);
  const { loadVerifications, recordVerification } = usePractitionerStore.getState();
  const [recording, setRecording] = useState(false);
  useEffect(() => {
    void loadVerifications(credential.id);
  }, [credential.id, loadVerifications]);

  return (
    <div className="record-card__section">
      <h4 className="record-card__section-title">Primary-source verifications</h4>
      {!list ? (
        <p className="staff-view__note">Reading…</p>
      ) : list.length === 0 ? (
        <p className="staff-view__note">Not verified yet.</p>
      ) : (
        <ul className="verification-list" aria-label={`Verifications of ${name}`}>
          {list.map((v) => (
            <li key={v.id}>
              <span className="tabular">{formatDay(v.verifiedOn)}</span>
              <span>
                {verificationKindLabels[v.kind]} · {v.source}
                <span className="verification-list__meta"> — {v.verifier}, {verificationMethodLabels[v.method].toLowerCase()}{v.notes ? ` · ${v.notes}` : ''}</span>
                <span className="verification-list__meta verification-list__confirmed">
                  {v.confirmedExpiresOn ? `Confirmed expiry ${formatDay(v.confirmedExpiresOn)}` : 'Confirmed no expiry'}
                  {expiryPastVerified(credential.expiresOn, v.confirmedExpiresOn) ? ' — an earlier term' : ''}
                </span>
              </span>
              <Badge tone={verificationResultLabels[v.result].tone}>{verificationResultLabels[v.result].label}</Badge>
            </li>
          ))}
        </ul>
      )}
      {terms && terms.length > 0 && (
        <>
          <h4 className="record-card__section-title">Renewal history</h4>
          <ul className="verification-list term-list" aria-label={`Earlier terms of ${name}`}>
            <li>
              <span className="tabular">{formatDay(credential.expiresOn)}</span>
              <span>
                Current term, issued {formatDay(credential.issuedOn)}
                <span className="verification-list__meta"> — {credential.documentName ?? 'no document attached yet'}</span>
              </span>
              <VerifiedTermBadge verified={!!list?.some((v) => v.result === 'verified' && v.confirmedExpiresOn === credential.expiresOn)} />
            </li>
            {terms.map((t) => (
              <li key={t.id}>
                <span className="tabular">{formatDay(t.expiresOn)}</span>
                <span>
                  Term issued {formatDay(t.issuedOn)}, renewed {formatDay(t.renewedOn)}
                  <span className="verification-list__meta"> — {t.documentName ?? 'no document'}</span>
                </span>
                <VerifiedTermBadge verified={!!list?.some((v) => v.result === 'verified' && v.confirmedExpiresOn === t.expiresOn)} />
              </li>
            ))}
          </ul>
        </>
      )}
      {recording ? (
        <VerificationForm
          credentialId={credential.id}
          credentialLabel={name}
          expiresOn={credential.expiresOn}
          suggestedKind={!list?.length ? 'initial' : list.some((v) => v.confirmedExpiresOn === credential.expiresOn) ? 'periodic' : 'renewal'}
          submit={recordVerification}
          onDone={() => setRecording(false)}
        />
      ) : (
        <div>
          <Button variant="secondary" icon={<PlusIcon />} onClick={() => setRecording(true)}>Record verification</Button>
        </div>
      )}
    </div>
  );
}

/** Whether a successful check confirmed this term's expiry: each term needs its own. */
function VerifiedTermBadge({ verified }: { verified: boolean }) {
  return verified ? <Badge tone="success">Verified</Badge> : <Badge tone="warning">Not verified</Badge>;
}
