// What the command palette can do besides finding records. A command is one entry here: its id, what the director
// reads, other words they might type, and what it does. "Go to" commands are made from the screens' own view lists.
import { navigationGroups, settingsEntry } from '../../app/navigation';
import { hashFor } from '../../app/routes';
import { call } from '../../client';
import { toastSuccess } from '../../ui';
import { useToastStore } from '../../ui/toast-store';
import { useLockStore } from '../app-lock/lock-store';
import { useBackupStore } from '../backup/backup-store';
import { useEthicsStore } from '../ethics/store';
import { meetingsViews } from '../meetings/MeetingsSubnav';
import { hashForMeetingsView } from '../meetings/meetings-view';
import { planningViews } from '../planning/PlanningScreen';
import { hashForPlanningView } from '../planning/planning-view';
import { policiesViews } from '../policies/PoliciesSubnav';
import { hashForPoliciesView } from '../policies/policies-view';
import { staffViews } from '../staff/StaffSubnav';
import { hashForStaffView } from '../staff/staff-view';
import { conflictsHash, syncCardHash } from '../sync/sync-route';
import { hashForTraining } from '../training/training-view';
import { trainingViews } from '../training/TrainingScreen';

export interface PaletteCommand {
  id: string;
  title: string;
  /** Other words that find it ("packet", "board"): matched like the title, never shown. */
  keywords: string;
  run(): void | Promise<void>;
}

/** Nothing to open: said calmly, with what to do instead. */
const explain = (title: string, message: string) => useToastStore.getState().show({ tone: 'info', title, message });

const goTo = (hash: string) => {
  window.location.hash = hash;
};

function goToCommand(id: string, title: string, hash: string, keywords = ''): PaletteCommand {
  return { id: `go-to-${id}`, title: `Go to ${title}`, keywords: `open show screen view ${keywords}`, run: () => goTo(hash) };
}

/** Every screen, then every view inside one, named as its sub-navigation names it. */
const goToCommands: PaletteCommand[] = [
  ...[...navigationGroups.flatMap((g) => g.entries), settingsEntry].map((e) => goToCommand(e.route, e.label, hashFor(e.route))),
  ...policiesViews.filter((v) => v.section !== 'library').map((v) => goToCommand(`policies-${v.section}`, `Policies: ${v.label}`, hashForPoliciesView({ section: v.section }))),
  ...staffViews.filter((v) => v.section !== 'roster').map((v) => goToCommand(`staff-${v.section}`, v.label, hashForStaffView({ section: v.section }))),
  ...meetingsViews.filter((v) => v.section !== 'list').map((v) => goToCommand(`meetings-${v.section}`, v.label, hashForMeetingsView({ section: v.section }))),
  ...planningViews.map((v) => goToCommand(`planning-${v.section}`, `Planning: ${v.label}`, hashForPlanningView({ section: v.section }))),
  ...trainingViews.map((v) => goToCommand(`training-${v.section}`, `Training: ${v.label}`, hashForTraining(v.section))),
  goToCommand('settings-sync', 'Sync settings', syncCardHash, 'shared folder'),
  goToCommand('settings-conflicts', 'Sync conflicts', conflictsHash, 'settings'),
];

/** The next meeting of the Medical Executive Committee that has not yet been held, opened on its Packet tab. */
async function openNextMecPacket(): Promise<void> {
  const committees = await call('committees.list', {});
  const mec = committees.find((c) => c.kind === 'medical-executive');
  if (!mec) return explain('No Medical Executive Committee', 'Add it under Meetings → Committees, then schedule its meeting.');
  const now = new Date().toISOString();
  const next = (await call('meetings.list', { committeeId: mec.id }))
    .filter((m) => m.startsAt >= now && (m.status === 'draft' || m.status === 'scheduled'))
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt))[0];
  if (!next) return explain(`No meeting of ${mec.name} is coming up`, 'Schedule one under Meetings, then export its packet.');
  goTo(`${hashForMeetingsView({ section: 'meeting', meetingId: next.id })}?tab=packet`);
}

export const paletteCommands: readonly PaletteCommand[] = [
  { id: 'new-policy', title: 'New policy', keywords: 'create add draft write', run: () => goTo(`${hashForPoliciesView({ section: 'library' })}?new=1`) },
  { id: 'export-next-mec-packet', title: 'Export the packet for the next MEC', keywords: 'board packet pdf medical executive committee meeting print', run: openNextMecPacket },
  { id: 'back-up-now', title: 'Back up now', keywords: 'backup copy save restore safety', run: () => useBackupStore.getState().backUpNow() },
  { id: 'lock-chartroom', title: 'Lock Chartroom', keywords: 'lock screen away passphrase privacy', run: () => useLockStore.getState().lockNow() },
  {
    id: 'lock-ethics',
    title: 'Lock ethics cases',
    keywords: 'close hide passphrase confidential',
    run: async () => {
      await useEthicsStore.getState().lockNow();
      toastSuccess('Ethics cases are locked.');
    },
  },
  ...goToCommands,
];
