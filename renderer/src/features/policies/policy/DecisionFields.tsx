// Who decided, and how it reached the director: a person from the staff list or a committee, the way the decision
// came (in person, a signed sheet, an e-mail), and the document that shows it. Retiring a policy and "reviewed, no
// revision needed" ask the same.
import { useEffect, useState } from 'react';
import type { InputOf } from '../../../../../shared/contract';
import { fileToBase64 } from '../../../app/files';
import { SelectField } from '../../../ui';
import { useCommitteesStore } from '../../meetings/committees/store';
import { StaffPicker, type PickedPerson } from '../StaffPicker';
import { decisionMethodLabels } from '../labels';

type DecisionInput = Pick<InputOf<'policies.retire'>, 'approver' | 'method' | 'evidence'>;
export type DecisionMethod = NonNullable<DecisionInput['method']>;

export interface Decision {
  approverKind: 'person' | 'committee';
  person: PickedPerson | null;
  committee: string;
  method: DecisionMethod;
  evidence: File | null;
}

export const emptyDecision: Decision = { approverKind: 'person', person: null, committee: '', method: 'in-person', evidence: null };

/** What the core takes; null (with the sentence to show) when no approver is chosen yet. */
export async function decisionInput(d: Decision): Promise<DecisionInput | string> {
  const approver = d.approverKind === 'person'
    ? d.person && { kind: 'person' as const, staffId: d.person.id }
    : d.committee && { kind: 'committee' as const, name: d.committee };
  if (!approver) return d.approverKind === 'person' ? 'Choose the person who approved it.' : 'Choose the committee that approved it.';
  const evidence = d.evidence ? { fileName: d.evidence.name, dataBase64: await fileToBase64(d.evidence) } : null;
  return { approver, method: d.method, evidence };
}

export function DecisionFields({ value, onChange, idPrefix, approverError }: { value: Decision; onChange(next: Decision): void; idPrefix: string; approverError?: string | undefined }) {
  const committees = useCommitteesStore((s) => s.committees);
  const [, setLoaded] = useState(false);
  useEffect(() => {
    void useCommitteesStore.getState().load().then(() => setLoaded(true));
  }, []);

  return (
    <fieldset className="decision-fields">
      <legend className="field__label">Approved by</legend>
      <div className="decision-fields__kinds" role="radiogroup" aria-label="Approved by">
        {(['person', 'committee'] as const).map((kind) => (
          <label key={kind} className="decision-fields__kind">
            <input type="radio" name={`${idPrefix}-approver-kind`} checked={value.approverKind === kind} onChange={() => onChange({ ...value, approverKind: kind })} />
            {kind === 'person' ? 'A person' : 'A committee'}
          </label>
        ))}
      </div>
      {value.approverKind === 'person' ? (
        <StaffPicker label="Approver" value={value.person} onChange={(person) => onChange({ ...value, person })} error={approverError} />
      ) : (
        <SelectField
          label="Committee"
          value={value.committee}
          error={approverError}
          onChange={(e) => onChange({ ...value, committee: e.target.value })}
          options={[{ value: '', label: committees.length ? 'Choose a committee…' : 'No committees yet' }, ...committees.map((c) => ({ value: c.name, label: c.name }))]}
        />
      )}
      <div className="policies-form__row">
        <SelectField
          label="How it reached you"
          value={value.method}
          onChange={(e) => onChange({ ...value, method: e.target.value as DecisionMethod })}
          options={Object.entries(decisionMethodLabels).map(([v, label]) => ({ value: v, label }))}
        />
        <div className="field">
          <label className="field__label" htmlFor={`${idPrefix}-evidence`}>Evidence (optional)</label>
          <input id={`${idPrefix}-evidence`} type="file" className="field__control" accept="application/pdf,image/png,image/jpeg"
            onChange={(e) => onChange({ ...value, evidence: e.target.files?.[0] ?? null })} />
          <p className="field__hint">The signed sheet, the e-mail saved as PDF, or a photo of it.</p>
        </div>
      </div>
    </fieldset>
  );
}
