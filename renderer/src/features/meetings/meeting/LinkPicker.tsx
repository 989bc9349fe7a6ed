// Choose the record an agenda item brings to the committee: a policy version in review, the reappointment
// recommendation slate, the credentialing report, the
// quality scorecard (or one measure), the training report, a signed-off ethics summary, the ethics report, or nothing.
import { useEffect, useState } from 'react';
import { consultTypeLabels } from '../../../../../shared/domain/ethics-cases';
import { call } from '../../../client';
import { SelectField } from '../../../ui';
import { linkKindLabel } from '../labels';

export type LinkChoice = { kind: 'policy-version' | 'recommendation-slate' | 'credential-report' | 'kpi-snapshot' | 'training-report' | 'ethics-summary' | 'ethics-report'; id: string | null } | null;
export const pickableLinkKinds = ['policy-version', 'recommendation-slate', 'credential-report', 'kpi-snapshot', 'training-report', 'ethics-summary', 'ethics-report'] as const;
type StandingLink = { kind: string; id: string | null } | null;

interface PolicyVersionOption {
  id: string;
  label: string;
}

export function LinkPicker({ value, onChange, error, standing }: { value: LinkChoice; onChange(link: LinkChoice): void; error?: string | undefined; standing: StandingLink }) {
  const [versions, setVersions] = useState<PolicyVersionOption[] | null>(null);
  const [measures, setMeasures] = useState<PolicyVersionOption[] | null>(null);
  const kind = value?.kind ?? '';

  useEffect(() => {
    if (kind !== 'kpi-snapshot' || measures) return;
    call('measures.list', {})
      .then((list) => setMeasures(list.map((m) => ({ id: m.id, label: m.goalTitle ? `${m.name} (${m.goalTitle})` : m.name }))))
      .catch(() => setMeasures([]));
  }, [kind, measures]);

  const [summaries, setSummaries] = useState<PolicyVersionOption[] | 'locked' | null>(null);
  // Only signed-off summaries can be linked, and only while the ethics cases are unlocked.
  useEffect(() => {
    if (kind !== 'ethics-summary' || summaries) return;
    call('ethics.signedSummaries', {})
      .then((rows) => setSummaries(rows.map((r) => ({ id: r.caseId, label: `${r.caseNumber} · ${consultTypeLabels[r.type]}` }))))
      .catch((error: { code?: string }) => setSummaries(error.code === 'LOCKED' ? 'locked' : []));
  }, [kind, summaries]);

  // Only versions waiting for approval can be approved by a motion, so only those are offered.
  useEffect(() => {
    if (kind !== 'policy-version' || versions) return;
    call('policies.list', { filter: 'in-review', limit: 500 })
      .then((page) =>
        setVersions(page.rows.flatMap((p) => (p.openVersion ? [{ id: p.openVersion.id, label: `${p.reference} v${p.openVersion.number} — ${p.title}` }] : []))),
      )
      .catch(() => setVersions([]));
  }, [kind, versions]);

  // The standing items link the previous minutes and the open action items themselves; that link is not changed here.
  if (standing && (standing.kind === 'prior-minutes' || standing.kind === 'action-items')) {
    return <p className="field__hint">Linked on its own: {linkKindLabel[standing.kind as 'prior-minutes']}.</p>;
  }

  return (
    <div className="meetings__form-row">
      <SelectField
        label="Linked record"
        value={kind}
        onChange={(e) => {
          const next = e.target.value;
          onChange((pickableLinkKinds as readonly string[]).includes(next) ? { kind: next as NonNullable<LinkChoice>['kind'], id: null } : null);
        }}
        options={[
          { value: '', label: 'None' },
          { value: 'policy-version', label: linkKindLabel['policy-version'] },
          { value: 'recommendation-slate', label: linkKindLabel['recommendation-slate'] },
          { value: 'credential-report', label: linkKindLabel['credential-report'] },
          { value: 'kpi-snapshot', label: linkKindLabel['kpi-snapshot'] },
          { value: 'training-report', label: linkKindLabel['training-report'] },
          { value: 'ethics-summary', label: linkKindLabel['ethics-summary'] },
          { value: 'ethics-report', label: linkKindLabel['ethics-report'] },
        ]}
        hint={
          kind === 'recommendation-slate' ? 'For the Credentials Committee, the MEC and the board: each applicant whose file reached this meeting, with category, privileges requested, FPPE/OPPE, verification and the recommendation, as of the meeting day. A motion on it records each decision.'
          : kind === 'credential-report' ? 'The expirations list as of the day it is printed; reappointments go to the committees on the recommendation slate.'
          : kind === 'kpi-snapshot' ? 'The packet shows the scorecard as of the meeting: periods that ended before the meeting day, and the charts of what is off track.'
          : kind === 'ethics-report' ? 'The packet carries the ethics consultation report for the twelve months up to the meeting, counts only.'
          : kind === 'ethics-summary' ? 'The packet prints the de-identified summary, marked confidential.'
          : kind === 'training-report' ? 'The packet carries training compliance by department, overdue counts, the MATE Act and CME shortfalls, as of the meeting day.'
          : undefined
        }
        error={kind === 'policy-version' || kind === 'kpi-snapshot' || kind === 'ethics-summary' ? undefined : error}
      />
      {kind === 'kpi-snapshot' && (
        <SelectField
          label="Measure"
          value={value?.id ?? ''}
          onChange={(e) => onChange({ kind: 'kpi-snapshot', id: e.target.value || null })}
          options={[{ value: '', label: 'The whole scorecard' }, ...(measures ?? []).map((m) => ({ value: m.id, label: m.label }))]}
          error={error}
        />
      )}
      {kind === 'policy-version' && (
        <SelectField
          label="Policy version"
          value={value?.id ?? ''}
          onChange={(e) => onChange({ kind: 'policy-version', id: e.target.value || null })}
          options={[{ value: '', label: versions === null ? 'Reading policies in review…' : versions.length ? 'Choose a version in review' : 'No policy versions are in review' }, ...(versions ?? []).map((v) => ({ value: v.id, label: v.label }))]}
          error={error}
        />
      )}
      {kind === 'ethics-summary' && (
        <SelectField
          label="Signed-off summary"
          value={value?.id ?? ''}
          onChange={(e) => onChange({ kind: 'ethics-summary', id: e.target.value || null })}
          options={[{ value: '', label: summaries === null ? 'Reading signed-off summaries…' : summaries === 'locked' ? 'Unlock the ethics cases on the Ethics screen first' : summaries.length ? 'Choose a signed-off summary' : 'No summary is signed off yet' }, ...(Array.isArray(summaries) ? summaries : []).map((v) => ({ value: v.id, label: v.label }))]}
          hint="Only a summary a reviewer signed off on the Ethics screen can be linked; the packet prints its de-identified text."
          error={error}
        />
      )}
    </div>
  );
}
