// First run: open the fictional sample hospital to look around, join the team's shared folder, or start empty.
// It stays until the database holds records: setting the organisation's name first, as advised, keeps it here.
import { useAppStore } from '../../app/app-store';
import { useRouteStore } from '../../app/route-store';
import { DirectorIdentityForm } from '../settings/DirectorIdentityForm';
import { Button, Card, ChartroomMark, HospitalIcon, PeopleIcon, SettingsIcon } from '../../ui';
import { JoinSharedFolder } from '../sync/JoinSharedFolder';
import { useSyncStore } from '../sync/sync-store';
import { useDashboardStore } from './store';

export function Welcome() {
  const openingSample = useDashboardStore((state) => state.openingSample);
  const openSampleHospital = useDashboardStore((state) => state.openSampleHospital);
  const navigate = useRouteStore((state) => state.navigate);
  const joining = useSyncStore((state) => state.busy === 'joining');
  const info = useAppStore((state) => state.info);

  return (
    <div className="welcome">
      <section className="welcome__hero">
        <ChartroomMark className="welcome__mark" width={48} height={48} />
        <h1 className="welcome__title">Welcome to Chartroom</h1>
        <p className="welcome__lead">
          One desk for the medical director’s work: policies and their approvals, medical staff credentials, committee
          meetings and board packets, the strategic plan, required training and ethics consultations. Everything stays
          on this computer and works without a network.
        </p>
      </section>

      <Card className="welcome__identity" data-testid="welcome-identity">
        <h2 className="welcome__choice-title">{info?.director ? `Welcome, ${info.director.name}` : 'First, who are you?'}</h2>
        <p className="welcome__choice-text">
          {info?.director
            ? `Every change made here is recorded as ${info.actor}. You can change this in Settings.`
            : `Chartroom records who made every change and who entered each approval and signature. Until you say, it uses this computer’s user name (${info?.actor ?? '…'}).`}
        </p>
        {!info?.director && <DirectorIdentityForm submitLabel="Save who I am" />}
      </Card>

      <div className="welcome__choices">
        <Card className="welcome__choice welcome__choice--primary">
          <HospitalIcon className="welcome__choice-icon" />
          <h2 className="welcome__choice-title">Explore a sample hospital</h2>
          <p className="welcome__choice-text">
            Lantern Bay Regional Medical Center is fictional: 250 staff across 17 departments, with realistic roles,
            specialties and hire dates. It is the quickest way to see how the records link together.
          </p>
          <Button variant="primary" size="large" busy={openingSample} disabled={joining} onClick={() => void openSampleHospital()}>
            {openingSample ? 'Opening the sample hospital…' : 'Open the sample hospital'}
          </Button>
          <p className="welcome__choice-note" aria-live="polite">
            {openingSample ? 'Writing departments, roles and staff into this database. This takes a moment.' : 'Uses this database. For your real records, start Chartroom on a new data folder.'}
          </p>
        </Card>

        <Card className="welcome__choice">
          <PeopleIcon className="welcome__choice-icon" />
          <h2 className="welcome__choice-title">Join a shared folder</h2>
          <p className="welcome__choice-text">
            A colleague already keeps Chartroom in a folder your file-sync service shares (OneDrive, Dropbox, a network
            drive)? Enter it and the team passphrase: their records load here, and from then on you sync.
          </p>
          <JoinSharedFolder disabled={openingSample} />
        </Card>

        <Card className="welcome__choice">
          <SettingsIcon className="welcome__choice-icon" />
          <h2 className="welcome__choice-title">Start with an empty database</h2>
          <p className="welcome__choice-text">
            This database is ready now. Give it your organisation’s name and time zone in Settings, then add your first
            department or import your roster; this page offers the other choices until you do.
          </p>
          <Button variant="secondary" size="large" onClick={() => navigate('settings')} disabled={openingSample || joining}>
            Go to Settings
          </Button>
        </Card>
      </div>
    </div>
  );
}
