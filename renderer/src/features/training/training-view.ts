// Which part of Training is open, kept in the address after "#/training/" so a reload opens the same view.
import { create } from 'zustand';

export const trainingSections = ['matrix', 'requirements', 'courses', 'completions', 'cme'] as const;
export type TrainingSection = (typeof trainingSections)[number];

export function trainingSectionFromHash(hash: string): TrainingSection {
  const [route, sub] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (route !== 'training' || !sub) return 'matrix';
  return (trainingSections as readonly string[]).includes(sub) ? (sub as TrainingSection) : 'matrix';
}

export const hashForTraining = (section: TrainingSection) => (section === 'matrix' ? '#/training' : `#/training/${section}`);

export const useTrainingView = create<{ section: TrainingSection }>(() => ({ section: trainingSectionFromHash(window.location.hash) }));

window.addEventListener('hashchange', () => {
  useTrainingView.setState({ section: trainingSectionFromHash(window.location.hash) });
});
