// Which part of Staff & Credentials is open, kept in the address after "#/staff/" so a reload opens the same view.
import { create } from 'zustand';

export type StaffSection = 'roster' | 'expirations' | 'verification' | 'reappointments' | 'evaluations' | 'import' | 'organisation' | 'suspensions' | 'screening' | 'npdb';
export type StaffView = { section: StaffSection } | { section: 'practitioner'; staffId: string };

const namedSections: readonly StaffSection[] = ['expirations', 'verification', 'reappointments', 'evaluations', 'import', 'organisation', 'suspensions', 'screening', 'npdb'];

export function staffViewFromHash(hash: string): StaffView {
  const [route, sub] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (route !== 'staff' || !sub) return { section: 'roster' };
  if ((namedSections as readonly string[]).includes(sub)) return { section: sub as StaffSection };
  // Anything else after "#/staff/" is a practitioner's id (ids are letters, digits, - and _).
  return /^[A-Za-z0-9_-]+$/.test(sub) ? { section: 'practitioner', staffId: sub } : { section: 'roster' };
}

export function hashForStaffView(view: StaffView): string {
  if (view.section === 'practitioner') return `#/staff/${view.staffId}`;
  return view.section === 'roster' ? '#/staff' : `#/staff/${view.section}`;
}

export const hashForPractitioner = (staffId: string) => hashForStaffView({ section: 'practitioner', staffId });

interface StaffViewState {
  view: StaffView;
  go(view: StaffView): void;
}

export const useStaffViewStore = create<StaffViewState>((set) => ({
  view: staffViewFromHash(window.location.hash),
  go(view) {
    const hash = hashForStaffView(view);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ view });
  },
}));

// Links in these screens are plain hrefs; the hash changing is what moves between views (and Back works).
window.addEventListener('hashchange', () => {
  useStaffViewStore.setState({ view: staffViewFromHash(window.location.hash) });
});
