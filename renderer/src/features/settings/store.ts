// Settings' state: what is saved, what is being edited, and the core's word on any field it refused.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import { call, ClientError } from '../../client';
import { toastError, toastSuccess } from '../../ui';

export type Settings = OutputOf<'settings.get'>;
/** The settings this screen edits; credential reminders and the reappointment cycle belong with Staff & Credentials. */
export type SettingsField = 'organisationName' | 'timeZone';
export type OrganisationSettings = Pick<Settings, SettingsField>;
type SettingsPatch = InputOf<'settings.update'>;

interface SettingsState {
  saved: OrganisationSettings | null;
  draft: OrganisationSettings | null;
  /** Messages from INVALID_INPUT, by field, shown beside the field they are about. */
  fieldErrors: Partial<Record<SettingsField, string>>;
  saving: boolean;
  load(): Promise<void>;
  edit(field: SettingsField, value: string): void;
  discard(): void;
  save(): Promise<void>;
}

const settingsFields: readonly SettingsField[] = ['organisationName', 'timeZone'];

export const useSettingsStore = create<SettingsState>((set, get) => ({
  saved: null,
  draft: null,
  fieldErrors: {},
  saving: false,
  async load() {
    try {
      const saved = organisationPart(await call('settings.get', {}));
      set({ saved, draft: saved, fieldErrors: {} });
    } catch (error) {
      toastError('Settings could not be read', error);
    }
  },
  edit(field, value) {
    const { draft, fieldErrors } = get();
    if (!draft) return;
    // The message was about the old value; keeping it while the director types would be wrong.
    const { [field]: _stale, ...otherErrors } = fieldErrors;
    set({ draft: { ...draft, [field]: value }, fieldErrors: otherErrors });
  },
  discard() {
    set({ draft: get().saved, fieldErrors: {} });
  },
  async save() {
    const { saved, draft } = get();
    if (!saved || !draft || get().saving) return;
    const patch: SettingsPatch = {};
    for (const field of settingsFields) if (draft[field] !== saved[field]) patch[field] = draft[field];
    if (Object.keys(patch).length === 0) return;
    set({ saving: true });
    try {
      const next = organisationPart(await call('settings.update', patch));
      set({ saved: next, draft: next, fieldErrors: {}, saving: false });
      toastSuccess('Settings saved');
      await announceDatabaseChanged();
    } catch (error) {
      set({ saving: false });
      const fieldErrors = error instanceof ClientError && error.code === 'INVALID_INPUT' ? errorsByField(error) : {};
      if (Object.keys(fieldErrors).length > 0) set({ fieldErrors });
      else toastError('Settings were not saved', error);
    }
  },
}));

function organisationPart({ organisationName, timeZone }: Settings): OrganisationSettings {
  return { organisationName, timeZone };
}

function errorsByField(error: ClientError): Partial<Record<SettingsField, string>> {
  const errors: Partial<Record<SettingsField, string>> = {};
  for (const field of settingsFields) {
    const message = error.issueFor(field);
    if (message) errors[field] = message;
  }
  return errors;
}

onDatabaseChanged(() => useSettingsStore.getState().load());
