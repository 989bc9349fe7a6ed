// One meeting as the chair runs it: every change goes to the core, which answers with the whole meeting (quorum, results
// and carry-forward already worked out), and that answer replaces what the screen shows.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { toastError } from '../../../ui';
import { trySave, type SaveResult } from '../field-errors';
import { fileToBase64 } from '../../../app/files';

export type Meeting = OutputOf<'meetings.get'>;
export type AgendaItem = Meeting['agenda'][number];
export type Motion = Meeting['motions'][number];
export type ActionItem = Meeting['actionItems'][number];
export type AgendaFields = Omit<InputOf<'agenda.add'>, 'meetingId'>;
export type MotionInput = InputOf<'motions.record'>;
export type AmendmentInput = InputOf<'minutes.amend'>;
/** What a motion will be held to: the recused and why, the threshold, the meeting's quorum. */
export type MotionRules = OutputOf<'motions.rules'>;
export type AttendanceStatus = 'present' | 'absent' | 'excused';
export type Slate = OutputOf<'reappointments.slate'>;
/** A policy a motion can retire or record as reviewed: one in force now. */
export interface DecidablePolicy {
  id: string;
  label: string;
}

interface MeetingState {
  meetingId: string | null;
  meeting: Meeting | null;
  loadError: string | null;
  /** Set when the core refused a change because the minutes are approved: the screen shows why. */
  lockedRefusal: string | null;
  /** The action item whose History panel is open (the panel reads it through the history store). */
  actionHistory: { actionItemId: string } | null;
  open(meetingId: string): Promise<void>;
  refresh(): Promise<void>;
  setStatus(status: 'scheduled' | 'held'): Promise<void>;
  addItem(fields: AgendaFields): Promise<SaveResult<Meeting>>;
  updateItem(id: string, patch: Partial<AgendaFields>): Promise<SaveResult<Meeting>>;
  /** The guests invited for one item, replacing its list. */
  setItemGuests(agendaItemId: string, guests: InputOf<'agenda.setGuests'>['guests']): Promise<SaveResult<Meeting>>;
  moveItem(id: string, toPosition: number): Promise<void>;
  removeItem(id: string): Promise<void>;
  attach(agendaItemId: string, file: File): Promise<SaveResult<Meeting>>;
  setAttendance(memberId: string, status: AttendanceStatus): Promise<void>;
  setGuests(guests: string[]): Promise<SaveResult<Meeting>>;
  saveMinutes(agendaItemId: string, text: string): Promise<SaveResult<Meeting>>;
  recordMotion(input: MotionInput): Promise<SaveResult<Meeting>>;
  /** The rules a motion of this kind on this subject will be held to, at a meeting (this one or, for an amendment, a later one). */
  motionRules(input: InputOf<'motions.rules'>): Promise<MotionRules | null>;
  /** The applicants a slate motion decides, as the file stood on the meeting's day. */
  slate(meetingId: string): Promise<Slate | null>;
  /** The policies in force, which a motion may retire or record as reviewed. */
  policiesInForce(): Promise<DecidablePolicy[]>;
  addAction(input: Omit<InputOf<'actions.add'>, 'meetingId'>): Promise<SaveResult<Meeting>>;
  updateAction(id: string, patch: InputOf<'actions.update'>['patch']): Promise<void>;
  /** Opens an action item's history (closing another's), or closes it if it is open. */
  toggleActionHistory(actionItemId: string): void;
  amend(input: AmendmentInput): Promise<SaveResult<Meeting>>;
}

export const useMeetingStore = create<MeetingState>((set, get) => {
  /** Runs a change; the meeting it returns replaces this one. A LOCKED refusal re-reads the meeting so the lock shows. */
  async function change(action: () => Promise<Meeting>): Promise<SaveResult<Meeting>> {
    const result = await trySave(action);
    if (result.ok) {
      if (result.value.id === get().meetingId) set({ meeting: result.value, lockedRefusal: null });
      void announceDatabaseChanged();
    } else if (result.code === 'LOCKED') {
      set({ lockedRefusal: result.message });
      await get().refresh();
    }
    return result;
  }
  /** For changes with no form to hold their error (a move, a status): a toast says what went wrong. */
  async function quietly(title: string, action: () => Promise<Meeting>): Promise<void> {
    const result = await change(action);
    if (!result.ok && result.code !== 'LOCKED') toastError(title, result.error);
  }

  return {
    meetingId: null,
    meeting: null,
    loadError: null,
    lockedRefusal: null,
    actionHistory: null,
    async open(meetingId) {
      set({ meetingId, meeting: null, loadError: null, lockedRefusal: null, actionHistory: null });
      await get().refresh();
    },
    async refresh() {
      const id = get().meetingId;
      if (!id) return;
      try {
        const meeting = await call('meetings.get', { id });
        if (get().meetingId === id) set({ meeting, loadError: null });
      } catch (error) {
        set({ loadError: readableMessage(error) });
      }
    },
    setStatus: (status) => quietly('The meeting’s status was not changed', () => call('meetings.update', { id: get().meetingId!, patch: { status } })),
    addItem: (fields) => change(() => call('agenda.add', { meetingId: get().meetingId!, ...fields })),
    updateItem: (id, patch) => change(() => call('agenda.update', { id, patch })),
    setItemGuests: (agendaItemId, guests) => change(() => call('agenda.setGuests', { agendaItemId, guests })),
    moveItem: (id, toPosition) => quietly('The agenda item was not moved', () => call('agenda.move', { id, toPosition })),
    removeItem: (id) => quietly('The agenda item was not removed', () => call('agenda.remove', { id })),
    attach: async (agendaItemId, file) => change(async () => call('agenda.attach', { agendaItemId, fileName: file.name, dataBase64: await fileToBase64(file) })),
    setAttendance: (memberId, status) =>
      quietly('Attendance was not recorded', () => call('attendance.set', { meetingId: get().meetingId!, members: [{ memberId, status }], guests: guestsOf(get().meeting) })),
    setGuests: (guests) => change(() => call('attendance.set', { meetingId: get().meetingId!, members: [], guests })),
    saveMinutes: (agendaItemId, text) => change(() => call('minutes.set', { agendaItemId, text })),
    recordMotion: (input) => change(() => call('motions.record', input)),
    async motionRules(input) {
      try {
        return await call('motions.rules', input);
      } catch (error) {
        toastError('The rules of this vote could not be read', error);
        return null;
      }
    },
    async slate(meetingId) {
      try {
        return await call('reappointments.slate', { meetingId });
      } catch (error) {
        toastError('The recommendation slate could not be read', error);
        return null;
      }
    },
    async policiesInForce() {
      try {
        const page = await call('policies.list', { filter: 'active', limit: 5000 });
        return page.rows.map((p) => ({ id: p.id, label: `${p.reference} — ${p.title}` }));
      } catch (error) {
        toastError('The policies could not be read', error);
        return [];
      }
    },
    addAction: (input) => change(() => call('actions.add', { meetingId: get().meetingId!, ...input })),
    async updateAction(id, patch) {
      try {
        await call('actions.update', { id, patch });
        await get().refresh();
        void announceDatabaseChanged();
      } catch (error) {
        toastError('The action item was not changed', error);
      }
    },
    toggleActionHistory(actionItemId) {
      set({ actionHistory: get().actionHistory?.actionItemId === actionItemId ? null : { actionItemId } });
    },
    async amend(input) {
      // The amendment is moved in another meeting; the answer is the locked meeting, now with the amendment listed.
      const result = await trySave(() => call('minutes.amend', input));
      if (result.ok && result.value.id === get().meetingId) set({ meeting: result.value });
      if (result.ok) void announceDatabaseChanged();
      return result;
    },
  };
});

export function guestsOf(meeting: Meeting | null): string[] {
  return (meeting?.attendance ?? []).filter((a) => a.status === 'guest').map((a) => a.name);
}

/** The members who can vote on this committee today: one row each in a vote grid. */
export function votingMembers(meeting: Meeting) {
  return meeting.members.filter((m) => m.active && m.voting);
}

export function attendanceOf(meeting: Meeting, memberId: string) {
  return meeting.attendance.find((a) => a.memberId === memberId)?.status ?? null;
}

// An undo in a History panel (or a sync) changes the open meeting: read it again.
onDatabaseChanged(() => useMeetingStore.getState().refresh());
