// Exports of a meeting: the board packet and the minutes, each a PDF made by the core. The window stays live while the
// core works (the call is asynchronous and the base64 is decoded off the main thread); while the packet is made its
// progress is read from the core a few times a second; what the packet left out is kept.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { saveBase64File } from '../../../app/files';
import { followJob, newJobId } from '../../../app/jobs';

export type Omission = OutputOf<'meetings.exportPacket'>['omitted'][number];
export type ExportKind = 'packet' | 'minutes';
export type ExportProgress = NonNullable<OutputOf<'meetings.exportProgress'>>;

interface PacketReport {
  meetingId: string;
  fileName: string;
  pageCount: number;
  omitted: Omission[];
}

interface ExportState {
  busy: ExportKind | null;
  /** The packet's current step while it is made; null before the first step and after. */
  progress: ExportProgress | null;
  report: PacketReport | null;
  exportPacket(meetingId: string): Promise<void>;
  exportMinutes(meetingId: string): Promise<void>;
  dismissReport(): void;
}

export const useExportStore = create<ExportState>((set, get) => ({
  busy: null,
  progress: null,
  report: null,
  async exportPacket(meetingId) {
    if (get().busy) return;
    set({ busy: 'packet', progress: null, report: null });
    const jobId = newJobId();
    const stopFollowing = followJob(jobId, (progress) => get().busy === 'packet' && set({ progress }));
    try {
      const file = await call('meetings.exportPacket', { meetingId, jobId });
      await saveBase64File(file);
      set({ report: { meetingId, fileName: file.fileName, pageCount: file.pageCount, omitted: file.omitted } });
    } catch (error) {
      toastError('The packet could not be made', error);
    } finally {
      stopFollowing();
      set({ busy: null, progress: null });
    }
  },
  async exportMinutes(meetingId) {
    if (get().busy) return;
    set({ busy: 'minutes' });
    try {
      const file = await call('meetings.exportMinutes', { meetingId });
      await saveBase64File(file);
      toastSuccess('Minutes exported', file.fileName);
    } catch (error) {
      toastError('The minutes could not be exported', error);
    } finally {
      set({ busy: null });
    }
  },
  dismissReport: () => set({ report: null }),
}));
