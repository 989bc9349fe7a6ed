// Ethics consultation: until consults arrive, what a case record will hold and how it reaches the committee.
import { PlannedFeatureScreen, staffPhrase } from '../../app/PlannedFeatureScreen';
import { EthicsIcon } from '../../ui';
import { useEthicsStore } from './store';

const capabilities = [
  { title: 'Consult requests', text: 'Requester, urgency and setting, followed through Clarify, Assemble, Synthesize, Explain and Support.' },
  { title: 'Four-box analysis', text: 'Medical facts, patient preferences, quality of life and contextual features, with stakeholders and options.' },
  { title: 'Recommendation and follow-up', text: 'What was recommended, how it was communicated, the time spent and the committee’s review.' },
  { title: 'De-identified summaries', text: 'The 18 HIPAA Safe Harbor identifiers removed before a case enters a committee packet.' },
] as const;

export function EthicsScreen() {
  return (
    <PlannedFeatureScreen
      title="Ethics"
      description="Ethics consultations, written so that the patient could read them."
      icon={<EthicsIcon />}
      emptyTitle="No ethics consultations yet"
      emptyDescription="Record each consultation from the first request to follow-up, and bring de-identified cases to the ethics committee."
      capabilities={capabilities}
      store={useEthicsStore}
      foundation={(counts) => {
        const staff = staffPhrase(counts);
        return staff ? `Consultants and committee reviewers will be chosen from the ${staff} already in Chartroom.` : null;
      }}
    />
  );
}
