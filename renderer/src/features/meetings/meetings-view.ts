// Which part of Meetings is open, kept in the address after "#/meetings/" so a reload opens the same view.
import { create } from 'zustand';

export type MeetingsView = { section: 'list' } | { section: 'committees' } | { section: 'actions' } | { section: 'meeting'; meetingId: string };

export function meetingsViewFromHash(hash: string): MeetingsView {
  const [route, sub] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (route !== 'meetings' || !sub) return { section: 'list' };
  if (sub === 'committees' || sub === 'actions') return { section: sub };
  // Anything else after "#/meetings/" is a meeting's id (ids are letters, digits, - and _).
  return /^[A-Za-z0-9_-]+$/.test(sub) ? { section: 'meeting', meetingId: sub } : { section: 'list' };
}

export function hashForMeetingsView(view: MeetingsView): string {
  if (view.section === 'meeting') return `#/meetings/${view.meetingId}`;
  return view.section === 'list' ? '#/meetings' : `#/meetings/${view.section}`;
}

export const hashForMeeting = (meetingId: string) => hashForMeetingsView({ section: 'meeting', meetingId });

interface MeetingsViewState {
  view: MeetingsView;
  go(view: MeetingsView): void;
}

export const useMeetingsViewStore = create<MeetingsViewState>((set) => ({
  view: meetingsViewFromHash(window.location.hash),
  go(view) {
    const hash = hashForMeetingsView(view);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ view });
  },
}));

// Links in these screens are plain hrefs; the hash changing is what moves between views (and Back works).
window.addEventListener('hashchange', () => {
  useMeetingsViewStore.setState({ view: meetingsViewFromHash(window.location.hash) });
});
