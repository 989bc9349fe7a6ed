// The applicants a slate motion decides: each is recorded with the recommendation brought to the meeting unless the chair
// marks an exception (a different outcome, with the reason), which the motion then records instead.
import { useEffect, useState } from 'react';
import { outcomeLabel, stepOutcomes, type StepOutcome } from '../../../../../shared/domain/reappointment-process';
import { SelectField, TextField } from '../../../ui';
import { useMeetingStore, type MotionInput, type Slate } from './store';

/** Per applicant (reappointment id): the outcome chosen instead of the recommendation, and why. */
export type SlateChoices = Record<string, { outcome: StepOutcome; note: string }>;

export function exceptionsOf(choices: SlateChoices): MotionInput['slateExceptions'] {
  return Object.entries(choices).map(([reappointmentId, c]) => ({ reappointmentId, outcome: c.outcome, ...(c.note.trim() ? { note: c.note.trim() } : {}) }));
}

export function SlateExceptions({ meetingId, value, onChange }: { meetingId: string; value: SlateChoices; onChange(next: SlateChoices): void }) {
  const loadSlate = useMeetingStore((state) => state.slate);
  const [slate, setSlate] = useState<Slate | null | undefined>(undefined);

  useEffect(() => {
    void loadSlate(meetingId).then(setSlate);
  }, [meetingId]);

  if (slate === undefined) return <p className="meetings__muted">Reading the slate…</p>;
  if (slate === null) return null;
  const pending = slate.rows.filter((r) => !r.decision);
  if (pending.length === 0) return <p className="meetings__muted">Every applicant on this slate is already decided.</p>;

  const choose = (id: string, outcome: string, recommended: StepOutcome | null) => {
    const next = { ...value };
    if (!outcome || outcome === recommended) delete next[id];
    else next[id] = { outcome: outcome as StepOutcome, note: value[id]?.note ?? '' };
    onChange(next);
  };

  return (
    <fieldset className="slate-exceptions" data-testid="slate-exceptions">
      <legend>Applicants on the slate ({pending.length})</legend>
      <p className="field__hint">Each is recorded with the recommendation unless you choose an exception here.</p>
      <table className="table">
        <thead><tr><th style={{ width: "28%" }}>Applicant</th><th style={{ width: "27%" }}>Recommendation</th><th>This meeting records</th></tr></thead>
        <tbody>
          {pending.map((row) => {
            const chosen = value[row.reappointmentId];
            return (
              <tr key={row.reappointmentId}>
                <td>{row.practitioner}<br /><span className="meetings__muted">{row.department}</span></td>
                <td>{row.recommendation}</td>
                <td>
                  <SelectField
                    label={`Outcome for ${row.practitioner}`}
                    hideLabel
                    value={chosen?.outcome ?? ''}
                    onChange={(e) => choose(row.reappointmentId, e.target.value, row.recommendationOutcome)}
                    options={[
                      { value: '', label: 'As recommended' },
                      ...stepOutcomes.filter((o) => o !== row.recommendationOutcome).map((o) => ({ value: o, label: outcomeLabel(slate.step, o) })),
                    ]}
                  />
                  {chosen && (
                    <TextField
                      label={`Reason for the exception for ${row.practitioner}`}
                      hideLabel
                      placeholder="Reason (kept with the decision)"
                      value={chosen.note}
                      onChange={(e) => onChange({ ...value, [row.reappointmentId]: { ...chosen, note: e.target.value } })}
                    />
                  )}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </fieldset>
  );
}
