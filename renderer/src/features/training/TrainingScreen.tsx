// Training and continuing education: the compliance matrix, requirements, courses, completions and CME by licence cycle.
import { useEffect } from 'react';
import { SubNav } from '../../ui';
import { CmeView } from './cme/CmeView';
import { CompletionsView } from './completions/CompletionsView';
import { CoursesView } from './courses/CoursesView';
import { MatrixView } from './matrix/MatrixView';
import { RequirementsView } from './requirements/RequirementsView';
import { useTrainingStore } from './store';
import { hashForTraining, useTrainingView, type TrainingSection } from './training-view';
import './training.css';

/** The views in the order the sub-navigation shows them (the command palette offers "Go to" each). */
export const trainingViews: readonly { section: TrainingSection; label: string }[] = [
  { section: 'matrix', label: 'Compliance matrix' },
  { section: 'requirements', label: 'Requirements' },
  { section: 'courses', label: 'Courses' },
  { section: 'completions', label: 'Completions' },
  { section: 'cme', label: 'CME' },
];

export function TrainingScreen() {
  const section = useTrainingView((s) => s.section);
  const load = useTrainingStore((s) => s.load);
  useEffect(() => {
    void load();
  }, [load]);
  return (
    <>
      <SubNav label="Training views" links={trainingViews.map((e) => ({ href: hashForTraining(e.section), label: e.label, current: e.section === section }))} />
      {section === 'matrix' && <MatrixView />}
      {section === 'requirements' && <RequirementsView />}
      {section === 'courses' && <CoursesView />}
      {section === 'completions' && <CompletionsView />}
      {section === 'cme' && <CmeView />}
    </>
  );
}
