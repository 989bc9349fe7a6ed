// Policies and protocols: until the policy register arrives, what it will hold for a medical director.
import { PlannedFeatureScreen, staffPhrase } from '../../app/PlannedFeatureScreen';
import { PoliciesIcon } from '../../ui';
import { usePoliciesStore } from './store';

const capabilities = [
  { title: 'Versions and redlines', text: 'Draft, in review, approved, active and superseded, each with a change summary and a tracked-changes view between any two versions.' },
  { title: 'Approval chains', text: 'Approvers and committees in sequence. An edit restarts the chain, and no one approves their own draft.' },
  { title: 'Review cycles', text: 'Review every 12 to 36 months with a warning period, so overdue policies surface before a surveyor finds them.' },
  { title: 'Read-and-sign', text: 'Assign a version by role or department, see who attested and when, and re-assign when the content changes.' },
  { title: 'Standards crosswalk', text: 'Link each policy to Joint Commission elements of performance, CMS Conditions of Participation and DNV NIAHO.' },
  { title: 'Version in force on any date', text: '“Which version applied on 3 March?” has one answer, and printed copies carry a controlled-copy mark.' },
] as const;

export function PoliciesScreen() {
  return (
    <PlannedFeatureScreen
      title="Policies"
      description="Policies and protocols under one reference number each, with the approval trail behind every version."
      icon={<PoliciesIcon />}
      emptyTitle="No policies yet"
      emptyDescription="This is where your policy library will live: every version, who approved it and when, when it is next due for review, and who has read and signed it."
      capabilities={capabilities}
      store={usePoliciesStore}
      foundation={(counts) => {
        const staff = staffPhrase(counts);
        return staff ? `Read-and-sign assignments will draw on the ${staff} already in Chartroom.` : null;
      }}
    />
  );
}
