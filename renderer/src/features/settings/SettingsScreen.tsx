// Settings: the organisation's name and time zone, the medical staff rules, and read-only facts about the open database.
import { useEffect, useMemo, type FormEvent } from 'react';
import { useAppStore } from '../../app/app-store';
import { LockSettingsCard } from '../app-lock/LockSettingsCard';
import { Button, Card, PageHeader, SelectField, TextField } from '../../ui';
import { BackupsCard } from '../backup/BackupsCard';
import { ConflictsView } from '../sync/ConflictsView';
import { SyncCard } from '../sync/SyncCard';
import { WaitingRecordsCard } from '../sync/WaitingRecordsCard';
import { useSettingsPage } from '../sync/sync-route';
import { CredentialRulesCard } from './CredentialRulesCard';
import { DirectorIdentityForm } from './DirectorIdentityForm';
import { useCredentialRulesStore } from './credential-rules-store';
import { useSettingsStore } from './store';
import { timeZoneChoices } from './time-zones';
import './settings.css';

export function SettingsScreen() {
  // #/settings/conflicts is sync's review page, reached from the Sync card.
  return useSettingsPage() === 'conflicts' ? <ConflictsView /> : <SettingsCards />;
}

function SettingsCards() {
  const load = useSettingsStore((state) => state.load);
  const loadRules = useCredentialRulesStore((state) => state.load);
  useEffect(() => {
    void load();
    void loadRules();
  }, [load, loadRules]);

  return (
    <>
      <PageHeader title="Settings" description="How this database describes your organisation, the medical staff rules it applies, and where it is kept." />
      <div className="settings">
        <OrganisationSettings />
        <DirectorCard />
        <LockSettingsCard />
        <CredentialRulesCard />
        <SyncCard />
        <WaitingRecordsCard />
        <BackupsCard />
        <DatabaseFacts />
      </div>
    </>
  );
}

function DirectorCard() {
  const info = useAppStore((s) => s.info);
  return (
    <Card title="You">
      <p className="settings__note">
        {info?.director
          ? <>Changes made on this laptop are recorded as <strong>{info.actor}</strong>.</>
          : <>Changes are recorded under this computer’s user name, <strong>{info?.actor}</strong>, until you say who you are.</>}
      </p>
      {/* Keyed by the saved identity, so the form starts again from it once it changes. */}
      <DirectorIdentityForm key={info?.actor ?? ''} />
    </Card>
  );
}

function OrganisationSettings() {
  const { saved, draft, fieldErrors, saving } = useSettingsStore();
  const { edit, discard, save } = useSettingsStore.getState();
  const zones = useMemo(() => timeZoneChoices(draft?.timeZone ?? ''), [draft?.timeZone]);
  const dirty = !!saved && !!draft && (saved.organisationName !== draft.organisationName || saved.timeZone !== draft.timeZone);

  function submit(event: FormEvent) {
    event.preventDefault();
    void save();
  }

  return (
    <Card title="Organisation">
      {draft ? (
        <form className="settings__form" onSubmit={submit} noValidate>
          <TextField
            label="Organisation name"
            name="organisationName"
            value={draft.organisationName}
            error={fieldErrors.organisationName}
            hint="Shown in the header, and on the cover of every board packet."
            onChange={(event) => edit('organisationName', event.target.value)}
            autoComplete="organization"
          />
          <SelectField
            label="Time zone"
            name="timeZone"
            value={draft.timeZone}
            error={fieldErrors.timeZone}
            hint="Decides which calendar day is “today” for expiry dates, due dates and meeting times."
            options={zones.map((zone) => ({ value: zone, label: zone.replaceAll('_', ' ') }))}
            onChange={(event) => edit('timeZone', event.target.value)}
          />
          <div className="settings__actions">
            <Button type="submit" variant="primary" busy={saving} disabled={!dirty}>
              {saving ? 'Saving…' : 'Save changes'}
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

function DatabaseFacts() {
  const info = useAppStore((state) => state.info);
  return (
    <Card title="This database">
      <dl className="settings__facts">
        <Fact term="Data folder" value={info?.dataDir} mono />
        <Fact term="Database file" value={info?.databaseFile} mono />
        <Fact term="Chartroom version" value={info?.appVersion} />
        <Fact term="Schema version" value={info ? String(info.schemaVersion) : undefined} />
      </dl>
      <p className="settings__note">
        Everything is stored in this one file on this computer. To move Chartroom to another computer, copy the data folder while Chartroom is closed.
      </p>
    </Card>
  );
}

function Fact({ term, value, mono = false }: { term: string; value: string | undefined; mono?: boolean }) {
  return (
    <div className="settings__fact">
      <dt>{term}</dt>
      <dd className={mono ? 'settings__mono' : undefined}>{value ?? '…'}</dd>
    </div>
  );
}
