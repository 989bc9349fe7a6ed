// Which part of Planning is open, kept in the address after "#/planning/" so a reload (and a dashboard tile) opens it.
import { useSyncExternalStore } from 'react';

export const planningSections = ['strategy', 'pdsa', 'risks'] as const;
export type PlanningSection = (typeof planningSections)[number];

export function planningSectionFromHash(hash: string): PlanningSection {
  const [route, sub] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  return route === 'planning' && (planningSections as readonly string[]).includes(sub ?? '') ? (sub as PlanningSection) : 'strategy';
}

export const hashForPlanningSection = (section: PlanningSection) => `#/planning/${section}`;

function subscribe(onChange: () => void): () => void {
  window.addEventListener('hashchange', onChange);
  return () => window.removeEventListener('hashchange', onChange);
}

export function usePlanningSection(): PlanningSection {
  return useSyncExternalStore(subscribe, () => planningSectionFromHash(window.location.hash));
}
