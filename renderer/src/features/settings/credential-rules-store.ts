// The medical staff rules in Settings: credential reminder days (typed as "90, 60, 30, 7") and the reappointment cycle.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call, ClientError } from '../../client';
import { toastError, toastSuccess } from '../../ui';

type Settings = OutputOf<'settings.get'>;
export type CycleYears = Settings['reappointmentCycleYears'];

export interface CredentialRulesDraft {
  /** As typed: numbers separated by commas or spaces. */
  warningDays: string;
  cycleYears: CycleYears;
}

type RulesField = keyof CredentialRulesDraft;

interface CredentialRulesState {
  saved: CredentialRulesDraft | null;
  draft: CredentialRulesDraft | null;
  fieldErrors: Partial<Record<RulesField, string>>;
  saving: boolean;
  load(): Promise<void>;
  edit<F extends RulesField>(field: F, value: CredentialRulesDraft[F]): void;
  discard(): void;
  save(): Promise<void>;
}

const asText = (days: readonly number[]) => days.join(', ');

/** The typed text as whole numbers, or the first piece that is not one. */
function readDays(text: string): { days: number[] } | { error: string } {
  const pieces = text.split(/[\s,;]+/).filter(Boolean);
  const days: number[] = [];
  for (const piece of pieces) {
    if (!/^\d+$/.test(piece)) return { error: `“${piece}” is not a whole number of days` };
    days.push(Number(piece));
  }
  // Largest first, the way the bylaws list them; the core checks range, count and repeats.
  return { days: days.sort((a, b) => b - a) };
}

export const useCredentialRulesStore = create<CredentialRulesState>((set, get) => ({
  saved: null,
  draft: null,
  fieldErrors: {},
  saving: false,
  async load() {
    try {
      const settings = await call('settings.get', {});
      const saved = { warningDays: asText(settings.credentialWarningDays), cycleYears: settings.reappointmentCycleYears };
      set({ saved, draft: saved, fieldErrors: {} });
    } catch (error) {
      toastError('Settings could not be read', error);
    }
  },
  edit(field, value) {
    const { draft, fieldErrors } = get();
    if (!draft) return;
    const { [field]: _stale, ...rest } = fieldErrors;
    set({ draft: { ...draft, [field]: value }, fieldErrors: rest });
  },
  discard() {
    set({ draft: get().saved, fieldErrors: {} });
  },
  async save() {
    const { draft, saving } = get();
    if (!draft || saving) return;
    const read = readDays(draft.warningDays);
    if ('error' in read) {
      set({ fieldErrors: { warningDays: read.error } });
      return;
    }
    set({ saving: true });
    try {
      const next = await call('settings.update', { credentialWarningDays: read.days, reappointmentCycleYears: draft.cycleYears });
      const saved = { warningDays: asText(next.credentialWarningDays), cycleYears: next.reappointmentCycleYears };
      set({ saved, draft: saved, fieldErrors: {}, saving: false });
      toastSuccess('Medical staff rules saved', 'Expiry reminders and reappointment dates now follow them.');
      await announceDatabaseChanged();
    } catch (error) {
      set({ saving: false });
      if (error instanceof ClientError && error.code === 'INVALID_INPUT') {
        const days = error.issues.find((i) => i.path.startsWith('credentialWarningDays'))?.message;
        const cycle = error.issueFor('reappointmentCycleYears');
        if (days || cycle) {
          set({ fieldErrors: { ...(days ? { warningDays: days } : {}), ...(cycle ? { cycleYears: cycle } : {}) } });
          return;
        }
      }
      toastError('The medical staff rules were not saved', error);
    }
  },
}));

onDatabaseChanged(() => useCredentialRulesStore.getState().load());
