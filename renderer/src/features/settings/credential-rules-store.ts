// The medical staff rules in Settings: credential reminder days (typed as "90, 60, 30, 7"), the reappointment cycle, the
// states of practice, and the accreditor whose window says how old a primary-source verification may be when the committee decides.
import { create } from 'zustand';
import type { OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call, ClientError } from '../../client';
import { toastError, toastSuccess } from '../../ui';

type Settings = OutputOf<'settings.get'>;
export type CycleYears = Settings['reappointmentCycleYears'];
export type Accreditor = Settings['accreditor'];

export interface CredentialRulesDraft {
  /** As typed: numbers separated by commas or spaces. */
  warningDays: string;
  cycleYears: CycleYears;
  /** As typed: two-letter state codes separated by commas or spaces. */
  practiceStates: string;
  accreditor: Accreditor;
  /** As typed: the window in days when the accreditor is "other". */
  otherDays: string;
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
const draftOf = (settings: Settings): CredentialRulesDraft => ({
  warningDays: asText(settings.credentialWarningDays),
  cycleYears: settings.reappointmentCycleYears,
  practiceStates: settings.practiceStates.join(', '),
  accreditor: settings.accreditor,
  otherDays: String(settings.otherReverificationDays),
});
/** "wa, or" as the setting keeps it: ["WA", "OR"]; the core checks each is a two-letter code. */
const readStates = (text: string) => text.split(/[\s,;]+/).filter(Boolean).map((s) => s.toUpperCase());

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
      const saved = draftOf(settings);
      // A change arriving while the director edits (a save's own echo, a sync) must not wipe what they are typing.
      const { saved: before, draft } = get();
      const editing = !!before && !!draft && (Object.keys(draft) as RulesField[]).some((key) => draft[key] !== before[key]);
      set(editing ? { saved } : { saved, draft: saved, fieldErrors: {} });
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
    // Sent as typed (a number when it reads as one): the contract says what is wrong with the days, beside the field.
    const otherDays = /^\s*\d+\s*$/.test(draft.otherDays) ? Number(draft.otherDays) : draft.otherDays;
    set({ saving: true });
    try {
      const next = await call('settings.update', {
        credentialWarningDays: read.days, reappointmentCycleYears: draft.cycleYears, practiceStates: readStates(draft.practiceStates), accreditor: draft.accreditor,
        ...(draft.accreditor === 'other' ? { otherReverificationDays: otherDays as number } : {}),
      });
      const saved = draftOf(next);
      set({ saved, draft: saved, fieldErrors: {}, saving: false });
      toastSuccess('Medical staff rules saved', 'Expiry reminders, reappointment dates and the verification queue now follow them.');
      await announceDatabaseChanged();
    } catch (error) {
      set({ saving: false });
      if (error instanceof ClientError && error.code === 'INVALID_INPUT') {
        const days = error.issues.find((i) => i.path.startsWith('credentialWarningDays'))?.message;
        const cycle = error.issueFor('reappointmentCycleYears');
        const states = error.issues.find((i) => i.path.startsWith('practiceStates'))?.message;
        const window = error.issueFor('otherReverificationDays');
        if (days || cycle || states || window) {
          set({ fieldErrors: { ...(days ? { warningDays: days } : {}), ...(cycle ? { cycleYears: cycle } : {}), ...(states ? { practiceStates: states } : {}), ...(window ? { otherDays: window } : {}) } });
          return;
        }
      }
      toastError('The medical staff rules were not saved', error);
    }
  },
}));

onDatabaseChanged(() => useCredentialRulesStore.getState().load());
