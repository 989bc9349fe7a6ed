// Exports of a meeting: the board packet and the minutes, each a PDF made by the core. The window stays live while the
// core works (the call is asynchronous and the base64 is decoded off the main thread); what the packet left out is kept.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { base64ToBlob, saveFile } from '../files';

export type Omission = OutputOf<'meetings.exportPacket'>['omitted'][number];
export type ExportKind = 'packet' | 'minutes';

interface PacketReport {
  meetingId: string;
  fileName: string;
  pageCount: number;
  omitted: Omission[];
}

interface ExportState {
  busy: ExportKind | null;
  report: PacketReport | null;
  exportPacket(meetingId: string): Promise<void>;
  exportMinutes(meetingId: string): Promise<void>;
  dismissReport(): void;
}

export const useExportStore = create<ExportState>((set, get) => ({
  busy: null,
  report: null,
  async exportPacket(meetingId) {
    if (get().busy) return;
    set({ busy: 'packet', report: null });
    try {
      const file = await call('meetings.exportPacket', { meetingId });
      saveFile(await base64ToBlob(file.content, file.mediaType), file.fileName);
      set({ report: { meetingId, fileName: file.fileName, pageCount: file.pageCount, omitted: file.omitted } });
    } catch (error) {
      toastError('The packet could not be made', error);
    } finally {
      set({ busy: null });
    }
  },
  async exportMinutes(meetingId) {
    if (get().busy) return;
    set({ busy: 'minutes' });
    try {
      const file = await call('meetings.exportMinutes', { meetingId });
      saveFile(await base64ToBlob(file.content, file.mediaType), file.fileName);
      toastSuccess('Minutes exported', file.fileName);
    } catch (error) {
      toastError('The minutes could not be exported', error);
    } finally {
      set({ busy: null });
    }
  },
  dismissReport: () => set({ report: null }),
}));
