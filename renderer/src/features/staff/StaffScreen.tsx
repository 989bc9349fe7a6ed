// Staff & Credentials: a sub-navigation (roster, expirations, verification, reappointments, evaluations, suspensions, import, organisation) over the view the address names.
import { useEffect } from 'react';
import { EvaluationsDueView } from './evaluations/EvaluationsDueView';
import { ExpirationsView } from './expirations/ExpirationsView';
import { RosterImportView } from './import/RosterImportView';
import { OrganisationView } from './organisation/OrganisationView';
import { useOrganisationRules } from './organisation-rules';
import { PractitionerView } from './practitioner/PractitionerView';
import { ReappointmentsView } from './reappointments/ReappointmentsView';
import { RosterView } from './roster/RosterView';
import { NpdbDueView } from './screening/NpdbDueView';
import { ScreeningView } from './screening/ScreeningView';
import { StaffSubnav } from './StaffSubnav';
import { useStaffViewStore } from './staff-view';
import { VerificationQueueView } from './verification/VerificationQueueView';
import { SuspensionsView } from '../suspensions/SuspensionsView';
import './staff.css';

export function StaffScreen() {
  const view = useStaffViewStore((state) => state.view);
  const loadRules = useOrganisationRules((state) => state.load);

  useEffect(() => {
    void loadRules();
  }, [loadRules]);

  return (
    <>
      <StaffSubnav current={view.section === 'practitioner' ? 'roster' : view.section} />
      {view.section === 'roster' && <RosterView />}
      {view.section === 'practitioner' && <PractitionerView key={view.staffId} staffId={view.staffId} />}
      {view.section === 'expirations' && <ExpirationsView />}
      {view.section === 'verification' && <VerificationQueueView />}
      {view.section === 'reappointments' && <ReappointmentsView />}
      {view.section === 'evaluations' && <EvaluationsDueView />}
      {view.section === 'import' && <RosterImportView />}
      {view.section === 'organisation' && <OrganisationView />}
      {view.section === 'suspensions' && <SuspensionsView />}
      {view.section === 'screening' && <ScreeningView />}
      {view.section === 'npdb' && <NpdbDueView />}
    </>
  );
}
