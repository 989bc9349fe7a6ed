// Choose the record an agenda item brings to the committee: a policy version in review, the credentialing report, the
// training report, or nothing. Quality indicators and ethics summaries are not offered until their screens exist (the core refuses them).
import { useEffect, useState } from 'react';
import { call } from '../../../client';
import { SelectField } from '../../../ui';
import { linkKindLabel } from '../labels';

export type LinkChoice = { kind: 'policy-version' | 'credential-report' | 'training-report'; id: string | null } | null;
type StandingLink = { kind: string; id: string | null } | null;

interface PolicyVersionOption {
  id: string;
  label: string;
}

export function LinkPicker({ value, onChange, error, standing }: { value: LinkChoice; onChange(link: LinkChoice): void; error?: string | undefined; standing: StandingLink }) {
  const [versions, setVersions] = useState<PolicyVersionOption[] | null>(null);
  const kind = value?.kind ?? '';

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
          onChange(next === 'policy-version' || next === 'credential-report' || next === 'training-report' ? { kind: next, id: null } : null);
        }}
        options={[
          { value: '', label: 'None' },
          { value: 'policy-version', label: linkKindLabel['policy-version'] },
          { value: 'credential-report', label: linkKindLabel['credential-report'] },
          { value: 'training-report', label: linkKindLabel['training-report'] },
        ]}
        hint={kind === 'credential-report' ? 'The packet carries the credentialing report as of the day it is printed.'
          : kind === 'training-report' ? 'The packet carries training compliance by department, overdue counts, the MATE Act and CME shortfalls, as of the meeting day.'
          : 'Quality indicators and de-identified ethics summaries can be linked once the Planning and Ethics screens hold them.'}
        error={kind === 'policy-version' ? undefined : error}
      />
      {kind === 'policy-version' && (
        <SelectField
          label="Policy version"
          value={value?.id ?? ''}
          onChange={(e) => onChange({ kind: 'policy-version', id: e.target.value || null })}
          options={[{ value: '', label: versions === null ? 'Reading policies in review…' : versions.length ? 'Choose a version in review' : 'No policy versions are in review' }, ...(versions ?? []).map((v) => ({ value: v.id, label: v.label }))]}
          error={error}
        />
      )}
    </div>
  );
}
