// Lapses that suspend with nothing recorded yet, then the suspensions themselves (in force, then reinstated), each with
// what the director records next. Shown on a practitioner's Suspensions tab and, across the staff, as its own view.
import { useEffect, useState } from 'react';
import { credentialTypeLabels } from '../../../../shared/domain/credentials';
import { lapseScopeLabels } from '../../../../shared/domain/lapse-scope';
import { Badge, Button, Card } from '../../ui';
import { HistoryButton } from '../history/HistoryButton';
import { formatDay } from '../staff/format';
import { hashForPractitioner } from '../staff/staff-view';
import { NoticeDialog, RecordSuspensionDialog, ReinstateDialog } from './SuspensionDialogs';
import { useSuspensions, type Suspension, type UnrecordedLapse } from './store';
import './suspensions.css';

export type SuspensionsShown = 'all' | 'unrecorded' | 'in-force';

const scopeNouns = { 'all-privileges': 'all privileges', 'controlled-substance-prescribing': 'controlled-substance prescribing' } as const;

type Open =
  | { kind: 'record'; lapse: UnrecordedLapse | null; staffId: string; staffName: string }
  | { kind: 'notice' | 'reinstate'; suspension: Suspension }
  | null;

export function SuspensionsPanel({ staffId, staffName, show = 'all' }: { staffId: string | null; staffName?: string; show?: SuspensionsShown }) {
  const load = useSuspensions((state) => state.load);
  const { suspensions, lapses, loaded, loadError } = useSuspensions();
  const [open, setOpen] = useState<Open>(null);
  const across = staffId === null;

  useEffect(() => {
    void load(staffId);
  }, [staffId, load]);

  if (loadError) return <div className="staff-alert" role="alert">{loadError}</div>;
  if (!loaded) return <p className="staff-view__note">Reading suspensions…</p>;
  const inForce = suspensions.filter((s) => s.active);
  const ended = suspensions.filter((s) => !s.active);

  return (
    <div className="suspensions">
      {staffId && staffName && (
        <div className="profile__tab-actions">
          <p className="staff-view__note">
            A lapsed licence in a state of practice or lapsed malpractice cover suspends all privileges; a lapsed DEA or state controlled-substance
            registration suspends controlled-substance prescribing only. Each suspension is recorded with its notice and its reinstatement.
          </p>
          <Button onClick={() => setOpen({ kind: 'record', lapse: null, staffId, staffName })}>Record a suspension for cause</Button>
        </div>
      )}
      {show !== 'in-force' && (
        <section aria-labelledby="lapses-unrecorded">
          <h2 id="lapses-unrecorded" className="suspensions__heading">
            Lapses with no suspension recorded <span className="suspensions__count">{lapses.length}</span>
          </h2>
          {lapses.length === 0 ? (
            <p className="staff-view__empty">None: every lapse that suspends something has its suspension recorded.</p>
          ) : (
            <Card flush>
              <table className="table" aria-label="Lapses with no suspension recorded">
                <thead>
                  <tr>
                    {across && <th scope="col" style={{ width: '20%' }}>Practitioner</th>}
                    <th scope="col">Credential</th>
                    <th scope="col" style={{ width: '11%' }}>Expired</th>
                    <th scope="col" style={{ width: '28%' }}>Suspends, from</th>
                    <th scope="col" style={{ width: '19%' }}><span className="visually-hidden">Action</span></th>
                  </tr>
                </thead>
                <tbody>
                  {lapses.map((lapse) => (
                    <tr key={lapse.credentialId} data-testid="unrecorded-lapse">
                      {across && (
                        <td>
                          <a className="staff-link" href={hashForPractitioner(lapse.staffId)}>{lapse.staffName}</a>
                          <div className="staff-view__muted">{lapse.departmentName}</div>
                        </td>
                      )}
                      <td>{[credentialTypeLabels[lapse.type], lapse.jurisdiction].filter(Boolean).join(' — ')}</td>
                      <td className="tabular">{formatDay(lapse.expiresOn)}</td>
                      <td>
                        <Badge tone="danger">{scopeNouns[lapse.scope].replace(/^./, (c) => c.toUpperCase())}</Badge>
                        <div className="staff-view__muted">since {formatDay(lapse.suspendedFrom)}</div>
                      </td>
                      <td className="suspensions__action">
                        <Button variant="primary" onClick={() => setOpen({ kind: 'record', lapse, staffId: lapse.staffId, staffName: lapse.staffName })}>
                          Record suspension
                        </Button>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </Card>
          )}
        </section>
      )}
      {show !== 'unrecorded' && (
        <section aria-labelledby="suspensions-in-force">
          <h2 id="suspensions-in-force" className="suspensions__heading">
            Suspensions in force <span className="suspensions__count">{inForce.length}</span>
          </h2>
          {inForce.length === 0 ? (
            <p className="staff-view__empty">No suspension in force.</p>
          ) : (
            <div className="profile__list">
              {inForce.map((s) => <SuspensionCard key={s.id} suspension={s} across={across} onOpen={setOpen} />)}
            </div>
          )}
        </section>
      )}
      {!across && ended.length > 0 && (
        <section aria-labelledby="suspensions-ended">
          <h2 id="suspensions-ended" className="suspensions__heading">Reinstated</h2>
          <div className="profile__list">
            {ended.map((s) => <SuspensionCard key={s.id} suspension={s} across={false} onOpen={setOpen} />)}
          </div>
        </section>
      )}
      {open?.kind === 'record' && <RecordSuspensionDialog staffId={open.staffId} staffName={open.staffName} lapse={open.lapse} onClose={() => setOpen(null)} />}
      {open?.kind === 'notice' && <NoticeDialog suspension={open.suspension} onClose={() => setOpen(null)} />}
      {open?.kind === 'reinstate' && <ReinstateDialog suspension={open.suspension} onClose={() => setOpen(null)} />}
    </div>
  );
}

function SuspensionCard({ suspension: s, across, onOpen }: { suspension: Suspension; across: boolean; onOpen(open: Open): void }) {
  const lapseStill = s.active && !!s.credentialLabel && !s.causeResolved;
  const title = across ? s.staffName : `Suspension: ${scopeNouns[s.scope]}`;
  return (
    <article className={`record-card ${s.active ? 'record-card--danger' : ''}`} aria-label={`${s.staffName}: ${lapseScopeLabels[s.scope]} from ${s.startedOn}`} data-testid="suspension-card">
      <header className="record-card__head">
        <div>
          <h3 className="record-card__title">{across ? <a className="staff-link" href={hashForPractitioner(s.staffId)}>{title}</a> : title}</h3>
          <p className="record-card__subtitle">{s.reason}</p>
        </div>
        <div className="profile__badges">
          {across && <Badge tone={s.active ? 'danger' : 'neutral'}>{lapseScopeLabels[s.scope]}</Badge>}
          {s.active ? <Badge tone="danger">In force</Badge> : <Badge tone="success">Reinstated {formatDay(s.reinstatedOn)}</Badge>}
          {s.active && !s.noticeSentOn && <Badge tone="warning">No notice recorded</Badge>}
        </div>
      </header>
      <dl className="record-card__facts">
        <div><dt>Started</dt><dd>{formatDay(s.startedOn)}</dd></div>
        <div><dt>Notice sent</dt><dd>{s.noticeSentOn ? formatDay(s.noticeSentOn) : 'Not yet'}</dd></div>
        <div>
          <dt>Cause</dt>
          <dd>
            {s.credentialLabel
              ? `${s.credentialLabel}${s.credentialExpiresOn ? `, ${s.causeResolved ? 'renewed to' : 'expired'} ${formatDay(s.credentialExpiresOn)}` : ''}`
              : s.credentialId ? 'A credential since deleted' : 'For cause'}
          </dd>
        </div>
        {s.reinstatedOn && <div><dt>Reinstated</dt><dd>{formatDay(s.reinstatedOn)}{s.reinstatementNote ? ` — ${s.reinstatementNote}` : ''}</dd></div>}
        {s.notes && <div className="record-card__wide"><dt>Notes</dt><dd>{s.notes}</dd></div>}
      </dl>
      <div className="record-card__actions">
        {s.active && (
          <>
            <Button onClick={() => onOpen({ kind: 'notice', suspension: s })}>{s.noticeSentOn ? 'Change notice date' : 'Record notice'}</Button>
            <Button variant="primary" onClick={() => onOpen({ kind: 'reinstate', suspension: s })} disabled={lapseStill}>Reinstate</Button>
            {lapseStill && <span className="staff-view__muted">The credential is still lapsed: record its renewal to reinstate.</span>}
          </>
        )}
        <span className="spacer" />
        <HistoryButton entity="suspension" id={s.id} name={`the suspension of ${s.staffName} from ${formatDay(s.startedOn)}`} version={s.updatedAt} />
      </div>
    </article>
  );
}
