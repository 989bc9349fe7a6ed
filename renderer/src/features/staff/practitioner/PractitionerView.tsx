// A practitioner's profile: who they are and their appointment, then credentials, privileges, evaluations and history in tabs.
import { useEffect, useState, type ReactNode } from 'react';
import { reappointmentStatus } from '../../../../../shared/domain/reappointment';
import { ArrowLeftIcon, Badge, Button, Card, Tabs } from '../../../ui';
import { formatDay } from '../format';
import { appointmentCategoryLabels } from '../labels';
import { useOrganisationRules } from '../organisation-rules';
import { staffStatusDisplay } from '../staff-status';
import { hashForStaffView } from '../staff-view';
import { CredentialsTab } from './CredentialsTab';
import { EndAppointmentDialog } from './EndAppointmentDialog';
import { EvaluationsTab } from './EvaluationsTab';
import { HistoryTab } from './HistoryTab';
import { PractitionerDetailsDialog } from './PractitionerDetailsDialog';
import { PrivilegesTab } from './PrivilegesTab';
import { ScreeningTab } from './ScreeningTab';
import { usePractitionerScreening } from './screening-store';
import { PractitionerTraining, practitionerTrainingNote, usePractitionerTraining } from '../../training/practitioner/PractitionerTraining';
import { SuspensionsPanel } from '../../suspensions/SuspensionsPanel';
import { usePractitionerStore, type StaffRow } from './store';
import './practitioner.css';

type ProfileTab = 'credentials' | 'privileges' | 'evaluations' | 'training' | 'suspensions' | 'screening' | 'history';

export function PractitionerView({ staffId }: { staffId: string }) {
  const open = usePractitionerStore((state) => state.open);
  const close = usePractitionerStore((state) => state.close);
  const member = usePractitionerStore((state) => state.member);
  const loadError = usePractitionerStore((state) => state.loadError);
  const credentialCount = usePractitionerStore((state) => state.credentials.length);
  const privilegeCount = usePractitionerStore((state) => state.privileges.length);
  const evaluationCount = usePractitionerStore((state) => state.evaluations.length);
  const [tab, setTab] = useState<ProfileTab>('credentials');
  const openTraining = usePractitionerTraining((state) => state.open);
  const trainingNote = usePractitionerTraining(practitionerTrainingNote);

  useEffect(() => {
    void openTraining(staffId);
  }, [staffId, openTraining]);

  const openScreening = usePractitionerScreening((state) => state.open);
  const hideDateOfBirth = usePractitionerScreening((state) => state.hideDateOfBirth);
  useEffect(() => {
    void openScreening(staffId);
    // Leaving the profile forgets a date of birth revealed on it.
    return hideDateOfBirth;
  }, [staffId, openScreening, hideDateOfBirth]);

  useEffect(() => {
    void open(staffId);
    // Leaving the profile forgets any number revealed on it.
    return close;
  }, [staffId, open, close]);

  return (
    <>
      <a className="profile__back" href={hashForStaffView({ section: 'roster' })}>
        <ArrowLeftIcon /> Back to the roster
      </a>
      {loadError ? (
        <div className="staff-alert" role="alert">{loadError}</div>
      ) : !member ? (
        <p className="staff-view__note">Reading the record…</p>
      ) : (
        <>
          <ProfileHeader member={member} />
          <Tabs<ProfileTab>
            label="Practitioner record"
            selected={tab}
            onSelect={setTab}
            tabs={[
              { key: 'credentials', label: 'Credentials', note: String(credentialCount) },
              { key: 'privileges', label: 'Privileges', note: String(privilegeCount) },
              { key: 'evaluations', label: 'FPPE & OPPE', note: String(evaluationCount) },
              { key: 'training', label: 'Training & CME', ...(trainingNote ? { note: trainingNote } : {}) },
              { key: 'suspensions', label: 'Suspensions' },
              { key: 'screening', label: 'NPDB & exclusions' },
              { key: 'history', label: 'History' },
            ]}
          >
            {tab === 'credentials' && <CredentialsTab />}
            {tab === 'privileges' && <PrivilegesTab />}
            {tab === 'evaluations' && <EvaluationsTab />}
            {tab === 'training' && <PractitionerTraining />}
            {tab === 'suspensions' && <SuspensionsPanel staffId={staffId} staffName={`${member.givenName} ${member.familyName}`} />}
            {tab === 'screening' && <ScreeningTab staffId={staffId} />}
            {tab === 'history' && <HistoryTab />}
          </Tabs>
        </>
      )}
    </>
  );
}

function ProfileHeader({ member }: { member: StaffRow }) {
  const today = useOrganisationRules((state) => state.today);
  const cycleYears = useOrganisationRules((state) => state.cycleYears);
  const reappointment = reappointmentStatus(member, today, cycleYears);
  const status = staffStatusDisplay[member.status];
  const [dialog, setDialog] = useState<'details' | 'end' | null>(null);
  const excluded = usePractitionerScreening((state) => state.screening?.matches.some((m) => m.status === 'confirmed') ?? false);

  return (
    <Card className="profile__header">
      <div className="profile__title-row">
        <div>
          <h1 className="profile__name">
            {member.givenName} {member.familyName}
            {member.degree && <span className="profile__degree">, {member.degree}</span>}
          </h1>
          <p className="profile__subtitle">
            {[member.specialty, member.roleName, member.departmentName].filter(Boolean).join(' · ')}
          </p>
        </div>
        <div className="profile__actions">
          <div className="profile__badges">
            <Badge tone={status.tone}>{status.label}</Badge>
            {member.privilegesSuspended && <Badge tone="danger">Privileges suspended</Badge>}
            {!member.privilegesSuspended && member.prescribingSuspended && <Badge tone="danger">Controlled-substance prescribing suspended</Badge>}
            {excluded && <Badge tone="danger">On an exclusion list</Badge>}
          </div>
          <Button onClick={() => setDialog('details')}>Edit details</Button>
          {!member.appointmentEndedOn && <Button variant="ghost" onClick={() => setDialog('end')}>End appointment</Button>}
        </div>
      </div>
      {dialog === 'details' && <PractitionerDetailsDialog member={member} onClose={() => setDialog(null)} />}
      {dialog === 'end' && <EndAppointmentDialog member={member} onClose={() => setDialog(null)} />}
      {member.appointmentEndedOn && (
        <p className="staff-alert staff-alert--info" role="note">
          Appointment ended on {formatDay(member.appointmentEndedOn)}: {member.appointmentEndReason}. The record and its history are kept; {member.givenName} is on no active list.
        </p>
      )}
      {(member.privilegesSuspended || member.prescribingSuspended) && (
        <p className="staff-alert" role="note">
          {member.privilegesSuspended
            ? 'All privileges are suspended: a licence in a state of practice or malpractice cover has lapsed, or a suspension is in force. '
            : 'Controlled-substance prescribing is suspended: a DEA or state controlled-substance registration has lapsed, or a suspension is in force. Other privileges stand. '}
          The Suspensions tab has its notice and reinstatement.
        </p>
      )}
      {excluded && (
        <p className="staff-alert" role="note" data-testid="excluded-alert">
          Confirmed on an exclusion list: federal health care programs will not pay for services this practitioner orders or provides. See NPDB &amp; exclusions.
        </p>
      )}
      <dl className="profile__facts">
        <Fact term="NPI" value={member.npi ?? '—'} mono />
        <Fact term="Appointment category" value={member.appointmentCategory ? appointmentCategoryLabels[member.appointmentCategory] : 'No appointment'} />
        <Fact term="Appointed" value={appointedText(member)} />
        <Fact
          term="Reappointment due"
          value={
            member.appointmentEndedOn ? (
              'Not due: the appointment has ended'
            ) : reappointment.dueOn ? (
              <>
                {formatDay(reappointment.dueOn)}{' '}
                {reappointment.state === 'overdue' && <Badge tone="danger">Overdue by {-(reappointment.daysLeft ?? 0)} days</Badge>}
                {reappointment.state === 'due-soon' && <Badge tone="warning">Due in {reappointment.daysLeft} days</Badge>}
              </>
            ) : (
              '—'
            )
          }
          hint={member.appointmentEndedOn ? undefined : `${cycleYears}-year cycle (bylaws)`}
        />
        <Fact term="Email" value={member.email ?? '—'} />
        <Fact term="Hired" value={formatDay(member.hireDate)} />
        <Fact term="Date of birth" value={<DateOfBirth masked={member.dateOfBirthMasked} />} />
        <Fact term="Last exclusion screening" value={member.lastScreenedOn ? formatDay(member.lastScreenedOn) : 'Never'} />
      </dl>
    </Card>
  );
}

/** The appointment's span: its term, or from the start to the day it was ended. */
function appointedText(member: StaffRow): string {
  const start = member.appointmentStart;
  const end = member.appointmentEndedOn ?? member.appointmentEnd;
  if (!start) return member.appointmentEndedOn ? `Ended ${formatDay(member.appointmentEndedOn)}` : '—';
  return end ? `${formatDay(start)} – ${formatDay(end)}` : `Since ${formatDay(start)}`;
}

function Fact({ term, value, hint, mono = false }: { term: string; value: ReactNode; hint?: string; mono?: boolean }) {
  return (
    <div className="profile__fact">
      <dt>{term}</dt>
      <dd className={mono ? 'staff-view__mono' : undefined}>{value}</dd>
      {hint && <dd className="profile__fact-hint">{hint}</dd>}
    </div>
  );
}

/** The date of birth masked to its year; "Reveal" shows it in full on purpose, and the core records the reveal. */
function DateOfBirth({ masked }: { masked: string | null }) {
  const revealed = usePractitionerScreening((state) => state.dateOfBirth);
  const { revealDateOfBirth, hideDateOfBirth } = usePractitionerScreening.getState();
  if (!masked) return <>—</>;
  const shown = revealed !== undefined;
  return (
    <span className="number-reveal">
      <span className="staff-view__mono">{shown ? formatDay(revealed) : masked}</span>
      <button type="button" className="number-reveal__button" onClick={() => void (shown ? hideDateOfBirth() : revealDateOfBirth())}>
        {shown ? 'Hide' : 'Reveal'}
      </button>
    </span>
  );
}
