// Read-and-sign: the roles and departments a policy is assigned to, compliance, who has not attested yet, and recording
// an attestation (who, when, how) to the version in force — one by one, or the names on a signed sheet at once.
import { useState } from 'react';
import { call, readableMessage } from '../../../client';
import { Badge, Button, Card, CloseIcon, toastError, toastSuccess } from '../../../ui';
import { fileToBase64 } from '../../../app/files';
import { EvidenceLink } from './EvidenceLink';
import { complianceText, formatDay } from '../format';
import { attestationMethodLabels, type AttestationMethod } from '../labels';
import { usePolicyOrganisation } from '../organisation-store';
import { usePolicyPageStore, type AttestationRow, type Policy } from './store';
import { PolicyTrainingCompliance } from '../../training/policy/PolicyTrainingCompliance';

export function ReadAndSignPanel({ policy }: { policy: Policy }) {
  const attestations = usePolicyPageStore((s) => s.attestations);
  const [showing, setShowing] = useState<'pending' | 'attested'>('pending');
  const pending = attestations.rows.filter((r) => r.status === 'due' || r.status === 'overdue');
  const attested = attestations.rows.filter((r) => r.attestedOn);
  const onLeave = attestations.rows.filter((r) => r.status === 'on-leave');
  // Compliance counts only those who must sign (staff on leave are left out): the core's figures, not a recount here.
  const { assigned, attested: attestedCount, overdue } = policy.attestation;
  const percent = assigned ? Math.floor((attestedCount / assigned) * 100) : 0;
  const shown = showing === 'pending' ? pending : attested;
  // Names ticked off a signed sheet; only people still to attest can be ticked.
  const [ticked, setTicked] = useState<ReadonlySet<string>>(new Set());
  const tick = (staffId: string, on: boolean) => setTicked((current) => {
    const next = new Set(current);
    if (on) next.add(staffId);
    else next.delete(staffId);
    return next;
  });
  const tickedPending = pending.filter((r) => ticked.has(r.staffId)).map((r) => r.staffId);

  return (
    <Card title="Read and sign" data-testid="read-and-sign">
      <Assignments policy={policy} />
      <div className="compliance">
        <div>
          <div className="compliance__label">Compliance{policy.activeVersion ? ` with version ${policy.activeVersion.number}` : ''}</div>
          <div className="compliance__value tabular" data-testid="compliance">
            {complianceText({ assigned, attested: attestedCount })}
            {overdue > 0 && <> <Badge tone="danger">{overdue} overdue</Badge></>}
          </div>
          <div className="policies__muted">
            Due {policy.attestationDueDays} days after a version takes effect or a person is assigned
            {onLeave.length > 0 && ` · ${onLeave.length} on leave, not counted`}
          </div>
        </div>
        <div className="compliance__meter" role="meter" aria-label="Attested" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent}>
          <span style={{ width: `${percent}%` }} />
        </div>
      </div>
      <PolicyTrainingCompliance policyId={policy.id} assignedCount={assigned} />
      {!attestations.versionId ? (
        <p className="policies__muted">Staff attest to the version in force; there is none yet. Assignments made now apply once a version is active.</p>
      ) : attestations.rows.length === 0 ? (
        <p className="policies__muted">Assign the policy to a role or a department to ask staff to read and sign it.</p>
      ) : (
        <>
          <div className="segmented" role="group" aria-label="Show staff">
            <button type="button" aria-pressed={showing === 'pending'} onClick={() => setShowing('pending')}>Not attested ({pending.length})</button>
            <button type="button" aria-pressed={showing === 'attested'} onClick={() => setShowing('attested')}>Attested ({attested.length})</button>
          </div>
          {showing === 'pending' && pending.length > 0 && (
            <SignedSheetBar
              versionId={attestations.versionId}
              ticked={tickedPending}
              total={pending.length}
              onTickAll={(on) => setTicked(new Set(on ? pending.map((r) => r.staffId) : []))}
              onRecorded={() => setTicked(new Set())}
            />
          )}
          {shown.length === 0 ? (
            <p className="policies__muted">{showing === 'pending' ? 'Everyone assigned has attested.' : 'No one has attested yet.'}</p>
          ) : (
            <ul className="attestations" aria-label={showing === 'pending' ? 'Not attested' : 'Attested'}>
              {shown.map((row) => (
                <AttestationItem key={row.staffId} row={row} versionId={attestations.versionId!} ticked={ticked.has(row.staffId)} onTick={(on) => tick(row.staffId, on)} />
              ))}
            </ul>
          )}
          {showing === 'pending' && onLeave.length > 0 && (
            <>
              <h3 className="attestations__heading">On leave: not asked to sign until they return</h3>
              <ul className="attestations" aria-label="On leave">
                {onLeave.map((row) => (
                  <li key={row.staffId} className="attestations__item" data-testid="attestation-row">
                    <div className="attestations__who">
                      <strong>{row.staffName}</strong>
                      <span className="policies__muted">{row.roleName} · {row.departmentName}</span>
                    </div>
                    <Badge tone="neutral">On leave</Badge>
                  </li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Card>
  );
}

function Assignments({ policy }: { policy: Policy }) {
  const roles = usePolicyOrganisation((s) => s.roles);
  const departments = usePolicyOrganisation((s) => s.departments);
  const show = usePolicyPageStore((s) => s.show);
  const [choice, setChoice] = useState('');
  const [busy, setBusy] = useState(false);
  const current = policy.assignments.map((a) => ({ kind: a.kind, id: a.id }));

  async function assign(targets: { kind: 'role' | 'department'; id: string }[]) {
    setBusy(true);
    try {
      show(await call('policies.assign', { policyId: policy.id, targets }));
      setChoice('');
    } catch (error) {
      toastError('The assignment was not changed', error);
    } finally {
      setBusy(false);
    }
  }

  const taken = new Set(policy.assignments.map((a) => `${a.kind}:${a.id}`));
  return (
    <div className="assignments">
      <div className="assignments__label">Assigned to</div>
      {policy.assignments.length === 0 ? (
        <p className="policies__muted">No one yet.</p>
      ) : (
        <ul className="assignments__chips" aria-label="Assigned to">
          {policy.assignments.map((a) => (
            <li key={`${a.kind}:${a.id}`} className="assignments__chip">
              <span className="policies__muted">{a.kind === 'role' ? 'Role' : 'Department'}:</span> {a.name}
              <button type="button" aria-label={`Remove ${a.name}`} disabled={busy} onClick={() => void assign(current.filter((c) => !(c.kind === a.kind && c.id === a.id)))}>
                <CloseIcon />
              </button>
            </li>
          ))}
        </ul>
      )}
      <div className="assignments__add">
        <label className="visually-hidden" htmlFor="assign-target">Assign to a role or department</label>
        <select id="assign-target" className="field__control" value={choice} onChange={(e) => setChoice(e.target.value)}>
          <option value="">Choose a role or department…</option>
          <optgroup label="Roles">
            {roles.filter((r) => !taken.has(`role:${r.id}`)).map((r) => <option key={r.id} value={`role:${r.id}`}>{r.name}</option>)}
          </optgroup>
          <optgroup label="Departments">
            {departments.filter((d) => !taken.has(`department:${d.id}`)).map((d) => <option key={d.id} value={`department:${d.id}`}>{d.name}</option>)}
          </optgroup>
        </select>
        <Button
          disabled={!choice}
          busy={busy}
          onClick={() => {
            const [kind, id] = choice.split(':') as ['role' | 'department', string];
            void assign([...current, { kind, id }]);
          }}
        >
          Assign
        </Button>
      </div>
    </div>
  );
}

/** A signed attendance sheet: tick the names on it, give the day it was signed, and record them all in one go. */
function SignedSheetBar({ versionId, ticked, total, onTickAll, onRecorded }: { versionId: string; ticked: readonly string[]; total: number; onTickAll(on: boolean): void; onRecorded(): void }) {
  const today = usePolicyOrganisation((s) => s.today);
  const reload = usePolicyPageStore((s) => s.reload);
  const [attestedOn, setAttestedOn] = useState(today);
  const [sheet, setSheet] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function record() {
    setBusy(true);
    setError(null);
    try {
      const evidence = sheet ? { fileName: sheet.name, dataBase64: await fileToBase64(sheet) } : null;
      const counts = await call('policies.attestMany', { versionId, staffIds: [...ticked], attestedOn, method: 'signed-sheet', evidence });
      toastSuccess(`${ticked.length === 1 ? '1 name' : `${ticked.length} names`} recorded from the signed sheet`, `Compliance is now ${complianceText(counts)}.`);
      onRecorded();
      await reload();
    } catch (e) {
      setError(readableMessage(e));
    } finally {
      setBusy(false);
    }
  }

  const allTicked = ticked.length === total;
  return (
    <div className="signed-sheet" role="group" aria-label="Signed sheet">
      <label className="signed-sheet__all">
        <input type="checkbox" checked={allTicked} ref={(box) => {
          if (box) box.indeterminate = ticked.length > 0 && !allTicked;
        }} onChange={(e) => onTickAll(e.target.checked)} />
        Tick everyone
      </label>
      <span className="policies__muted" aria-live="polite" data-testid="signed-sheet-count">{ticked.length} of {total} ticked</span>
      <label className="signed-sheet__date">
        Signed on
        <input type="date" className="field__control" value={attestedOn} max={today} onChange={(e) => setAttestedOn(e.target.value)} />
      </label>
      <label className="signed-sheet__date">
        Scanned sheet
        <input type="file" className="field__control" accept="application/pdf,image/png,image/jpeg" onChange={(e) => setSheet(e.target.files?.[0] ?? null)} />
      </label>
      <Button variant="primary" busy={busy} disabled={ticked.length === 0} onClick={() => void record()}>
        Record {ticked.length || ''} as signed sheet
      </Button>
      {error && <p className="field__error signed-sheet__error" role="alert">{error}</p>}
    </div>
  );
}

function AttestationItem({ row, versionId, ticked, onTick }: { row: AttestationRow; versionId: string; ticked: boolean; onTick(on: boolean): void }) {
  const today = usePolicyOrganisation((s) => s.today);
  const reload = usePolicyPageStore((s) => s.reload);
  const [recording, setRecording] = useState(false);
  const [attestedOn, setAttestedOn] = useState(today);
  const [method, setMethod] = useState<AttestationMethod>('electronic');
  const [evidenceFile, setEvidenceFile] = useState<File | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function record() {
    setBusy(true);
    setError(null);
    try {
      const evidence = evidenceFile ? { fileName: evidenceFile.name, dataBase64: await fileToBase64(evidenceFile) } : null;
      const counts = await call('policies.attest', { versionId, staffId: row.staffId, attestedOn, method, evidence });
      toastSuccess(`${row.staffName} attested`, `Compliance is now ${complianceText(counts)}.`);
      await reload();
    } catch (e) {
      setError(readableMessage(e));
      setBusy(false);
    }
  }

  return (
    <li className="attestations__item" data-testid="attestation-row">
      {!row.attestedOn && (
        <input type="checkbox" className="attestations__tick" aria-label={`On the signed sheet: ${row.staffName}`} checked={ticked} onChange={(e) => onTick(e.target.checked)} />
      )}
      <div className="attestations__who">
        <strong>{row.staffName}</strong>
        <span className="policies__muted">{row.roleName} · {row.departmentName}</span>
        {!row.attestedOn && row.dueOn && (
          <span className={row.status === 'overdue' ? 'attestations__due attestations__due--overdue' : 'attestations__due policies__muted'}>
            {row.status === 'overdue' ? `Overdue since ${formatDay(row.dueOn)}` : `Due ${formatDay(row.dueOn)}`}
          </span>
        )}
      </div>
      {row.attestedOn ? (
        <div className="attestations__how">
          {formatDay(row.attestedOn)} · {row.method ? attestationMethodLabels[row.method as AttestationMethod] ?? row.method : ''}
          {row.versionNumber !== null && <span className="policies__muted"> · to version {row.versionNumber}</span>}
          {row.recordedBy && <div className="policies__muted">Recorded by {row.recordedBy}</div>}
          {row.evidence && <div><EvidenceLink evidence={row.evidence} /></div>}
        </div>
      ) : recording ? (
        <div className="attestations__form" role="group" aria-label={`Attestation by ${row.staffName}`}>
          <label className="visually-hidden" htmlFor={`attested-on-${row.staffId}`}>Attested on</label>
          <input id={`attested-on-${row.staffId}`} type="date" className="field__control" value={attestedOn} onChange={(e) => setAttestedOn(e.target.value)} />
          <label className="visually-hidden" htmlFor={`method-${row.staffId}`}>How</label>
          <select id={`method-${row.staffId}`} className="field__control" value={method} onChange={(e) => setMethod(e.target.value as AttestationMethod)}>
            {Object.entries(attestationMethodLabels).map(([key, label]) => <option key={key} value={key}>{label}</option>)}
          </select>
          <label className="visually-hidden" htmlFor={`evidence-${row.staffId}`}>Evidence</label>
          <input id={`evidence-${row.staffId}`} type="file" className="field__control attestations__evidence" accept="application/pdf,image/png,image/jpeg"
            title="The signed sheet, e-mail or LMS export" onChange={(e) => setEvidenceFile(e.target.files?.[0] ?? null)} />
          <Button variant="primary" busy={busy} onClick={() => void record()}>Save</Button>
          <Button variant="ghost" onClick={() => setRecording(false)}>Cancel</Button>
          {error && <p className="field__error" role="alert">{error}</p>}
        </div>
      ) : (
        <Button onClick={() => setRecording(true)}>Record attestation<span className="visually-hidden"> by {row.staffName}</span></Button>
      )}
    </li>
  );
}
