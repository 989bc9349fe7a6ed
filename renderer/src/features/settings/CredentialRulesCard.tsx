// Settings' medical staff card: when credential reminders fall, the bylaws' reappointment cycle, the states of practice,
// and the accreditor whose re-verification window the verification queue applies.
import type { FormEvent } from 'react';
import { Button, Card, SelectField, TextField } from '../../ui';
import { accreditorLabels, accreditorReverificationDays, accreditors } from '../../../../shared/domain/credentials';
import { useCredentialRulesStore, type Accreditor, type CycleYears } from './credential-rules-store';

export function CredentialRulesCard() {
  const saved = useCredentialRulesStore((state) => state.saved);
  const draft = useCredentialRulesStore((state) => state.draft);
  const fieldErrors = useCredentialRulesStore((state) => state.fieldErrors);
  const saving = useCredentialRulesStore((state) => state.saving);
  const { edit, discard, save } = useCredentialRulesStore.getState();
  const dirty = !!saved && !!draft && (Object.keys(draft) as (keyof typeof draft)[]).some((key) => saved[key] !== draft[key]);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <Card title="Medical staff">
      {draft ? (
        <form className="settings__form" onSubmit={submit} noValidate aria-label="Medical staff rules">
          <TextField
            label="Credential reminders (days before expiry)"
            name="credentialWarningDays"
            value={draft.warningDays}
            error={fieldErrors.warningDays}
            hint="Up to six, separated by commas. A credential is “expiring” from the largest; the expirations board and calendar reminders use them all."
            inputMode="numeric"
            onChange={(event) => edit('warningDays', event.target.value)}
          />
          <SelectField
            label="Reappointment cycle"
            name="reappointmentCycleYears"
            value={String(draft.cycleYears)}
            error={fieldErrors.cycleYears}
            hint="As your bylaws set it: 2 years in many states, up to 3 under Joint Commission standards."
            options={[
              { value: '2', label: 'Every 2 years' },
              { value: '3', label: 'Every 3 years' },
            ]}
            onChange={(event) => edit('cycleYears', Number(event.target.value) as CycleYears)}
          />
          <TextField
            label="States of practice"
            name="practiceStates"
            value={draft.practiceStates}
            error={fieldErrors.practiceStates}
            hint="Two-letter codes, separated by commas (WA, OR). A lapsed licence from another state suspends nothing here; left empty, every state’s licence counts."
            onChange={(event) => edit('practiceStates', event.target.value)}
          />
          <SelectField
            label="Accreditor"
            name="accreditor"
            value={draft.accreditor}
            hint={
              draft.accreditor === 'other'
                ? 'Primary-source verifications older than the days below on the reappointment date are asked for again.'
                : `A primary-source verification more than ${accreditorReverificationDays[draft.accreditor]} days old on the reappointment date is asked for again${draft.accreditor === 'ncqa' ? ' (NCQA, from July 2025)' : ''}.`
            }
            options={accreditors.map((a) => ({
              value: a,
              label: a === 'other' ? accreditorLabels[a] : `${accreditorLabels[a]} — ${accreditorReverificationDays[a]} days`,
            }))}
            onChange={(event) => edit('accreditor', event.target.value as Accreditor)}
          />
          {draft.accreditor === 'other' && (
            <TextField
              label="Re-verification window (days)"
              name="otherReverificationDays"
              value={draft.otherDays}
              error={fieldErrors.otherDays}
              hint="From 30 to 365 days, as your accreditor or bylaws set it."
              inputMode="numeric"
              onChange={(event) => edit('otherDays', event.target.value)}
            />
          )}
          <div className="settings__actions">
            <Button type="submit" variant="primary" busy={saving} disabled={!dirty}>
              {saving ? 'Saving…' : 'Save medical staff rules'}
            </Button>
            <Button variant="ghost" onClick={discard} disabled={!dirty || saving}>
              Discard
            </Button>
          </div>
        </form>
      ) : (
        <p className="settings__loading">Reading settings…</p>
      )}
    </Card>
  );
}
