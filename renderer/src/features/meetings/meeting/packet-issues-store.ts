// A meeting's issued packets: the list with what changed since the last issue, issuing (with its progress read from the
// core while it prints), opening an issue exactly as issued, and the distribution log.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { announceDatabaseChanged } from '../../../app/data-events';
import { saveBase64File } from '../../../app/files';
import { followJob, newJobId } from '../../../app/jobs';
import { call, readableMessage } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../field-errors';
import type { ExportProgress } from './export-store';

export type PacketIssues = OutputOf<'packets.issues'>;
export type PacketIssue = PacketIssues['issues'][number];
export type DistributionInput = InputOf<'packets.recordDistribution'>;

interface PacketIssuesState {
  meetingId: string | null;
  state: PacketIssues | null;
  loadError: string | null;
  issuing: boolean;
  progress: ExportProgress | null;
  load(meetingId: string): Promise<void>;
  issue(note: string): Promise<SaveResult<unknown>>;
  open(issueId: string, edition: 'general' | 'supplement'): Promise<void>;
  recordDistribution(input: DistributionInput): Promise<SaveResult<unknown>>;
}

export const usePacketIssuesStore = create<PacketIssuesState>((set, get) => ({
  meetingId: null,
  state: null,
  loadError: null,
  issuing: false,
  progress: null,
  async load(meetingId) {
    if (get().meetingId !== meetingId) set({ meetingId, state: null, loadError: null });
    try {
      const state = await call('packets.issues', { meetingId });
      if (get().meetingId === meetingId) set({ state, loadError: null });
    } catch (error) {
      set({ loadError: readableMessage(error) });
    }
  },
  async issue(note) {
    const meetingId = get().meetingId;
    if (!meetingId || get().issuing) return { ok: false, fieldErrors: {}, message: 'Already issuing.', code: null, error: null };
    set({ issuing: true, progress: null });
    const jobId = newJobId();
    const stopFollowing = followJob(jobId, (progress) => get().issuing && set({ progress }));
    const result = await trySave(() => call('packets.issue', { meetingId, note: note.trim() || null, jobId }));
    stopFollowing();
    set({ issuing: false, progress: null });
    if (result.ok) {
      toastSuccess(`Issue ${result.value.number} stored`, `${result.value.pageCount} pages${result.value.supplementPageCount ? `, and a confidential supplement of ${result.value.supplementPageCount}` : ''}.`);
      void announceDatabaseChanged();
      await get().load(meetingId);
    }
    return result;
  },
  async open(issueId, edition) {
    try {
      await saveBase64File(await call('packets.open', { issueId, edition }));
    } catch (error) {
      toastError('The issued packet could not be opened', error);
    }
  },
  async recordDistribution(input) {
    const result = await trySave(() => call('packets.recordDistribution', input));
    if (result.ok && get().meetingId) {
      void announceDatabaseChanged();
      await get().load(get().meetingId!);
    }
    return result;
  },
}));
