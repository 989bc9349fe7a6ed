// Roster import's state: the chosen file, the preview and column mapping, then the import's report.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import type { ColumnMapping, RosterField } from '../../../../../shared/contract/roster-import';
import { announceDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';
import { toastSuccess } from '../../../ui';
import { fileToBase64 } from '../../../app/files';

export type RosterPreview = OutputOf<'staff.importPreview'>;
export type RosterImportReport = OutputOf<'staff.importCommit'>;

interface RosterImportState {
  fileName: string | null;
  dataBase64: string | null;
  /** The last preview the core could make; kept while a remapping is refused, so the table stays to fix it in. */
  preview: RosterPreview | null;
  mapping: ColumnMapping;
  /** Why the last preview (or import) was refused, in the core's words. */
  problem: string | null;
  report: RosterImportReport | null;
  busy: 'reading' | 'importing' | null;
  chooseFile(file: File): Promise<void>;
  remap(field: RosterField, header: string): Promise<void>;
  commit(): Promise<void>;
  startOver(): void;
}

export const useRosterImportStore = create<RosterImportState>((set, get) => {
  async function runPreview(mapping?: ColumnMapping) {
    const { fileName, dataBase64 } = get();
    if (!fileName || !dataBase64) return;
    set({ busy: 'reading' });
    try {
      const preview = await call('staff.importPreview', { fileName, dataBase64, ...(mapping ? { mapping } : {}) });
      set({ preview, mapping: preview.mapping, problem: null, busy: null });
    } catch (error) {
      set({ problem: readableMessage(error), busy: null });
    }
  }

  return {
    fileName: null,
    dataBase64: null,
    preview: null,
    mapping: {},
    problem: null,
    report: null,
    busy: null,
    async chooseFile(file) {
      set({ fileName: file.name, dataBase64: null, preview: null, mapping: {}, problem: null, report: null, busy: 'reading' });
      try {
        set({ dataBase64: await fileToBase64(file) });
      } catch {
        set({ problem: `“${file.name}” could not be read from the disk.`, busy: null });
        return;
      }
      // The first preview guesses the mapping from the headers; later ones send the director's choices.
      await runPreview();
    },
    async remap(field, header) {
      const { [field]: _old, ...rest } = get().mapping;
      const mapping: ColumnMapping = header ? { ...rest, [field]: header } : rest;
      set({ mapping });
      await runPreview(mapping);
    },
    async commit() {
      const { fileName, dataBase64, mapping, preview } = get();
      if (!fileName || !dataBase64 || !preview || get().busy) return;
      set({ busy: 'importing' });
      try {
        const report = await call('staff.importCommit', { fileName, dataBase64, mapping });
        set({ report, busy: null, problem: null });
        toastSuccess('Roster imported', `${report.created} added, ${report.updated} updated, ${report.unchanged} unchanged.`);
        await announceDatabaseChanged();
      } catch (error) {
        set({ problem: readableMessage(error), busy: null });
      }
    },
    startOver() {
      set({ fileName: null, dataBase64: null, preview: null, mapping: {}, problem: null, report: null, busy: null });
    },
  };
});
