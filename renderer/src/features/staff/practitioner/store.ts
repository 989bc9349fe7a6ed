// One practitioner's record: who they are, their credentials with verifications, privileges, evaluations and change history.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { credentialTypes } from '../../../../../shared/domain/credentials';
import { announceDatabaseChanged, onDatabaseChanged } from '../../../app/data-events';
import { call, ClientError, readableMessage } from '../../../client';
import { toastError, toastSuccess } from '../../../ui';
import { trySave, type SaveResult } from '../field-errors';
import { base64ToBlob, fileToBase64, saveFile } from '../../../app/files';

export type StaffRow = OutputOf<'staff.get'>;
export type Credential = OutputOf<'credentials.forStaff'>[number];
export type Verification = OutputOf<'verifications.forCredential'>[number];
export type CredentialTerm = OutputOf<'credentials.terms'>[number];
export type CredentialRenewal = InputOf<'credentials.renew'>;
export type Privilege = OutputOf<'privileges.forStaff'>[number];
export type Evaluation = OutputOf<'evaluations.forStaff'>[number];
export type StaffInput = InputOf<'staff.create'>;
export type EndAppointmentInput = InputOf<'staff.endAppointment'>;
export type CredentialInput = InputOf<'credentials.create'>;
export type CredentialPatch = InputOf<'credentials.update'>['patch'];
export type VerificationInput = InputOf<'verifications.record'>;
export type PrivilegeInput = InputOf<'privileges.grant'>;
export type PrivilegePatch = InputOf<'privileges.update'>['patch'];
export type EvaluationInput = InputOf<'evaluations.create'>;
export type EvaluationPatch = InputOf<'evaluations.update'>['patch'];
export type FppeCompletion = InputOf<'evaluations.complete'>;

/** An image document shown inside the app; PDFs are saved instead (the window's security policy allows no embedded frames). */
export interface DocumentPreview {
  credentialId: string;
  fileName: string;
  url: string;
}

interface PractitionerState {
  staffId: string | null;
  member: StaffRow | null;
  credentials: Credential[];
  privileges: Privilege[];
  evaluations: Evaluation[];
  /** Verifications by credential id, read when the credential's verification panel is opened. */
  verifications: Record<string, Verification[]>;
  /** Earlier terms by credential id, read with its verifications. */
  terms: Record<string, CredentialTerm[]>;
  /** Numbers revealed on purpose, by credential id; forgotten when the director leaves this profile. */
  revealed: Record<string, string | null>;
  preview: DocumentPreview | null;
  loadError: string | null;
  open(staffId: string): Promise<void>;
  close(): void;
  refresh(): Promise<void>;
  reveal(credentialId: string): Promise<void>;
  hide(credentialId: string): void;
  /** Adds a practitioner, or changes who they are; a new one's record is what the screen opens next. */
  saveMember(input: { id: string; patch: Partial<StaffInput> } | { create: StaffInput }): Promise<SaveResult<StaffRow>>;
  endAppointment(input: EndAppointmentInput): Promise<SaveResult<StaffRow>>;
  saveCredential(input: { id: string; patch: CredentialPatch } | { create: CredentialInput }): Promise<SaveResult<Credential>>;
  /** A new term: the one it ends stays readable, and the credential needs verifying again. */
  renewCredential(input: CredentialRenewal): Promise<SaveResult<Credential>>;
  removeCredential(credentialId: string): Promise<void>;
  attachDocument(credentialId: string, file: File): Promise<void>;
  openDocument(credential: Credential): Promise<void>;
  closePreview(): void;
  loadVerifications(credentialId: string): Promise<void>;
  recordVerification(input: VerificationInput): Promise<SaveResult<Verification>>;
  savePrivilege(input: { id: string; patch: PrivilegePatch } | { create: PrivilegeInput }): Promise<SaveResult<Privilege>>;
  saveEvaluation(input: { id: string; patch: EvaluationPatch } | { create: EvaluationInput }): Promise<SaveResult<Evaluation>>;
  /** Completes an FPPE with its decision, which the core applies to the privilege in the same change. */
  completeFppe(input: FppeCompletion): Promise<SaveResult<Evaluation>>;
}

/** A credentialing file's order: licence, registrations, insurance, board, life support; the latest of a kind first. */
function inFileOrder(credentials: Credential[]): Credential[] {
  const rank = (c: Credential) => credentialTypes.indexOf(c.type);
  return [...credentials].sort((a, b) => rank(a) - rank(b) || (b.expiresOn ?? '').localeCompare(a.expiresOn ?? ''));
}

const acceptedDocumentTypes = new Set(['application/pdf', 'image/png', 'image/jpeg']);

export const usePractitionerStore = create<PractitionerState>((set, get) => {
  /** Re-reads the lists a change can move (status, last verification, next expiry) and tells other screens. */
  async function afterWrite() {
    await get().refresh();
    await announceDatabaseChanged();
  }

  return {
    staffId: null,
    member: null,
    credentials: [],
    privileges: [],
    evaluations: [],
    verifications: {},
    terms: {},
    revealed: {},
    preview: null,
    loadError: null,
    async open(staffId) {
      get().close();
      set({ staffId, member: null, credentials: [], privileges: [], evaluations: [], verifications: {}, terms: {}, loadError: null });
      await get().refresh();
    },
    close() {
      const { preview } = get();
      if (preview) URL.revokeObjectURL(preview.url);
      set({ revealed: {}, preview: null });
    },
    async refresh() {
      const { staffId } = get();
      if (!staffId) return;
      try {
        const [member, credentials, privileges, evaluations] = await Promise.all([
          call('staff.get', { id: staffId }),
          call('credentials.forStaff', { staffId }),
          call('privileges.forStaff', { staffId }),
          call('evaluations.forStaff', { staffId }),
        ]);
        if (get().staffId !== staffId) return;
        set({ member, credentials: inFileOrder(credentials), privileges, evaluations, loadError: null });
        // Open verification panels stay current after a change.
        await Promise.all(Object.keys(get().verifications).map((id) => get().loadVerifications(id)));
      } catch (error) {
        if (get().staffId === staffId) set({ loadError: readableMessage(error) });
      }
    },
    async reveal(credentialId) {
      try {
        const { number } = await call('credentials.revealNumber', { id: credentialId });
        set({ revealed: { ...get().revealed, [credentialId]: number } });
      } catch (error) {
        toastError('The number could not be shown', error);
      }
    },
    hide(credentialId) {
      const { [credentialId]: _hidden, ...rest } = get().revealed;
      set({ revealed: rest });
    },
    async saveMember(input) {
      const result = await trySave(() => ('create' in input ? call('staff.create', input.create) : call('staff.update', input)));
      if (result.ok) {
        toastSuccess('create' in input ? 'Practitioner added' : 'Details saved', `${result.value.givenName} ${result.value.familyName}`);
        if ('create' in input) await announceDatabaseChanged();
        else await afterWrite();
      }
      return result;
    },
    async endAppointment(input) {
      const result = await trySave(() => call('staff.endAppointment', input));
      if (result.ok) {
        toastSuccess('Appointment ended', 'The record and its history stay; the practitioner leaves the active lists.');
        await afterWrite();
      }
      return result;
    },
    async saveCredential(input) {
      const result = await trySave(() => ('create' in input ? call('credentials.create', input.create) : call('credentials.update', input)));
      if (result.ok) {
        toastSuccess('create' in input ? 'Credential added' : 'Credential saved');
        // A changed number must not stay revealed under its old value.
        if (!('create' in input)) get().hide(input.id);
        await afterWrite();
      }
      return result;
    },
    async renewCredential(input) {
      const result = await trySave(() => call('credentials.renew', input));
      if (result.ok) {
        toastSuccess('Credential renewed', 'The new term needs its own primary-source verification: it is in the verification queue.');
        await afterWrite();
      }
      return result;
    },
    async removeCredential(credentialId) {
      try {
        await call('credentials.remove', { id: credentialId });
        toastSuccess('Credential removed');
        await afterWrite();
      } catch (error) {
        toastError('The credential was not removed', error);
      }
    },
    async attachDocument(credentialId, file) {
      if (!acceptedDocumentTypes.has(file.type)) {
        toastError('That file was not attached', new ClientError({ code: 'INVALID_INPUT', message: `"${file.name}" is not a PDF, PNG or JPEG file.` }));
        return;
      }
      try {
        await call('credentials.attachDocument', { credentialId, fileName: file.name, dataBase64: await fileToBase64(file) });
        toastSuccess('Document attached', file.name);
        await afterWrite();
      } catch (error) {
        toastError('The document was not attached', error);
      }
    },
    async openDocument(credential) {
      if (!credential.documentId) return;
      try {
        const document = await call('attachments.read', { id: credential.documentId });
        const blob = await base64ToBlob(document.dataBase64, document.mediaType);
        if (document.mediaType.startsWith('image/')) {
          get().closePreview();
          set({ preview: { credentialId: credential.id, fileName: document.fileName, url: URL.createObjectURL(blob) } });
        } else {
          saveFile(blob, document.fileName);
          toastSuccess('Document saved', `${document.fileName} is in your downloads; open it from there.`);
        }
      } catch (error) {
        toastError('The document could not be opened', error);
      }
    },
    closePreview() {
      const { preview } = get();
      if (preview) URL.revokeObjectURL(preview.url);
      set({ preview: null });
    },
    async loadVerifications(credentialId) {
      try {
        const [list, terms] = await Promise.all([call('verifications.forCredential', { credentialId }), call('credentials.terms', { credentialId })]);
        set({ verifications: { ...get().verifications, [credentialId]: list }, terms: { ...get().terms, [credentialId]: terms } });
      } catch (error) {
        toastError('The verifications could not be read', error);
      }
    },
    async recordVerification(input) {
      const result = await trySave(() => call('verifications.record', input));
      if (result.ok) {
        toastSuccess('Verification recorded');
        set({ verifications: { ...get().verifications, [input.credentialId]: get().verifications[input.credentialId] ?? [] } });
        await afterWrite();
      }
      return result;
    },
    async savePrivilege(input) {
      const result = await trySave(() => ('create' in input ? call('privileges.grant', input.create) : call('privileges.update', input)));
      if (result.ok) {
        toastSuccess('create' in input ? 'Privilege added' : 'Privilege saved');
        await afterWrite();
      }
      return result;
    },
    async saveEvaluation(input) {
      const result = await trySave(() => ('create' in input ? call('evaluations.create', input.create) : call('evaluations.update', input)));
      if (result.ok) {
        toastSuccess('create' in input ? 'Evaluation opened' : 'Evaluation saved');
        await afterWrite();
      }
      return result;
    },
    async completeFppe(input) {
      const result = await trySave(() => call('evaluations.complete', input));
      if (result.ok) {
        toastSuccess(input.decision === 'extend' ? 'FPPE extended: a new period is open' : input.decision === 'limit' ? 'FPPE completed: the privilege is limited' : 'FPPE completed: the privilege is confirmed');
        await afterWrite();
      }
      return result;
    },
  };
});

// An undo in a History panel (or a sync) changes the record under the open page: read it again.
onDatabaseChanged(() => usePractitionerStore.getState().refresh());
