// Which part of Planning is open, kept in the address after "#/planning/" so a reload and Back open the same view.
import { create } from 'zustand';

export type PlanningSection = 'scorecard' | 'measures' | 'strategy' | 'pdsa' | 'risks';
export type PlanningView = { section: PlanningSection } | { section: 'measure'; measureId: string | null };

const sections: readonly PlanningSection[] = ['scorecard', 'measures', 'strategy', 'pdsa', 'risks'];

export function planningViewFromHash(hash: string): PlanningView {
  const [route, sub, id] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (route !== 'planning' || !sub) return { section: 'scorecard' };
  if (sub === 'measures' && id) return { section: 'measure', measureId: id === 'new' ? null : id };
  return (sections as readonly string[]).includes(sub) ? { section: sub as PlanningSection } : { section: 'scorecard' };
}

export function hashForPlanningView(view: PlanningView): string {
  if (view.section === 'measure') return `#/planning/measures/${view.measureId ?? 'new'}`;
  return view.section === 'scorecard' ? '#/planning' : `#/planning/${view.section}`;
}

export const hashForMeasure = (measureId: string | null) => hashForPlanningView({ section: 'measure', measureId });

export const usePlanningViewStore = create<{ view: PlanningView }>(() => ({ view: planningViewFromHash(window.location.hash) }));

window.addEventListener('hashchange', () => {
  usePlanningViewStore.setState({ view: planningViewFromHash(window.location.hash) });
});
