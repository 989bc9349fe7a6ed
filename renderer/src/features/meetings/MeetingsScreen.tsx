// Committees, meetings and board packets: until meetings arrive, what this screen will hold.
import { PlannedFeatureScreen, staffPhrase } from '../../app/PlannedFeatureScreen';
import { MeetingsIcon } from '../../ui';
import { useMeetingsStore } from './store';

const capabilities = [
  { title: 'Committees and members', text: 'Medical Executive, Credentials, Quality, Pharmacy & Therapeutics, Ethics and the Board, with each member’s role and vote.' },
  { title: 'Agendas and quorum', text: 'Agenda items with presenters, time allotted and linked records; attendance, and quorum worked out from the committee’s rule.' },
  { title: 'Motions and votes', text: 'Mover, seconder and every member’s vote, including recusals, recorded as the meeting happens.' },
  { title: 'Action items', text: 'An owner and a due date for each; open items carry forward to the next agenda on their own.' },
  { title: 'Minutes that lock', text: 'Approved minutes cannot change; a correction is an amendment with its own motion.' },
  { title: 'One-PDF board packet', text: 'Cover, contents, agenda, prior minutes and every linked record and attachment, bookmarked and paginated.' },
] as const;

export function MeetingsScreen() {
  return (
    <PlannedFeatureScreen
      title="Meetings"
      description="Committee meetings from agenda to approved minutes, and the board packet built from them."
      icon={<MeetingsIcon />}
      emptyTitle="No meetings yet"
      emptyDescription="Plan each committee meeting here, record attendance, motions and votes as it happens, and send the board one complete packet."
      capabilities={capabilities}
      store={useMeetingsStore}
      foundation={(counts) => {
        const staff = staffPhrase(counts);
        return staff ? `Committee members will be chosen from the ${staff} already in Chartroom.` : null;
      }}
    />
  );
}
