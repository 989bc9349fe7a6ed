// Training and continuing education: until courses arrive, what requirements, completions and credits will look like.
import { PlannedFeatureScreen, staffPhrase } from '../../app/PlannedFeatureScreen';
import { TrainingIcon } from '../../ui';
import { useTrainingStore } from './store';

const capabilities = [
  { title: 'Course catalogue', text: 'Provider, accrediting body, credit type and amount: AMA PRA Category 1, nursing contact hours and more.' },
  { title: 'Requirements by role', text: 'A fixed date, days after hire, rolling renewal or one time, assigned by role and department.' },
  { title: 'Completions and certificates', text: 'Date, credits and valid-until for each completion, with due-soon and overdue lists.' },
  { title: 'Compliance matrix', text: 'Staff against required courses at a glance, and CME credits per practitioner per licence cycle.' },
] as const;

export function TrainingScreen() {
  return (
    <PlannedFeatureScreen
      title="Training"
      description="Required training and continuing education, and who is up to date."
      icon={<TrainingIcon />}
      emptyTitle="No courses yet"
      emptyDescription="Add the courses your staff must complete, say who must take them and how often, and see at a glance who is current and who is overdue."
      capabilities={capabilities}
      store={useTrainingStore}
      foundation={(counts) => {
        const staff = staffPhrase(counts);
        return staff ? `Requirements will be assigned across the ${staff} already in Chartroom.` : null;
      }}
    />
  );
}
