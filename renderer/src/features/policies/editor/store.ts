// The draft being edited: its text as typed, the crash buffer (autosave on every change, one request at a time),
// the saved revision (explicit Save, 5 s after the last change, and on leaving), and what became of each.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { call, ClientError, readableMessage } from '../../../client';
import { forgetText, keepText, keptText } from '../../../app/kept-text';
import { LatestWinsQueue } from './latest-wins-queue';

export type PolicyVersion = OutputOf<'policies.version'>;

/** A pause in writing long enough to call it a revision. */
export const idleSaveDelayMs = 5000;

export type SaveState = 'saved' | 'unsaved' | 'saving' | 'failed';

interface EditorState {
  versionId: string | null;
  version: PolicyVersion | null;
  /** The policy's reference number (MS-014), shown above the version being edited. */
  reference: string | null;
  /** The policy's category: its reusable approval chain, if any, starts the submit dialog's list. */
  category: string | null;
  loadError: string | null;
  body: string;
  title: string;
  changeSummary: string;
  saved: { body: string; title: string; changeSummary: string };
  saveState: SaveState;
  saveError: string | null;
  /** Set when the core refused an edit because the version is approved (LOCKED). */
  locked: string | null;
  autosavedAt: string | null;
  autosaving: boolean;
  autosaveError: string | null;
  /** Text autosaved by an editor that closed or crashed before saving; offered back in a banner. */
  recovered: string | null;
  open(versionId: string): Promise<void>;
  editBody(body: string): void;
  editTitle(title: string): void;
  editSummary(changeSummary: string): void;
  save(): Promise<boolean>;
  restoreRecovered(): void;
  discardRecovered(): Promise<void>;
  /** Leaving the editor: whatever changed is saved as a revision. */
  leave(): void;
  /** The page is going away (reload, crash, quit): push the last text into the crash buffer now. */
  flushAutosave(): void;
}

let idleTimer: number | undefined;
let queue: LatestWinsQueue | null = null;

function clearTimers(): void {
  window.clearTimeout(idleTimer);
}

/** The body's copy on this computer (kept-text): it holds the last keystrokes even when the page goes before the
 * crash buffer's request does. */
const keptKey = (versionId: string) => `policy-body:${versionId}`;

const isDirty = (s: Pick<EditorState, 'body' | 'title' | 'changeSummary' | 'saved'>) =>
  s.body !== s.saved.body || s.title !== s.saved.title || s.changeSummary !== s.saved.changeSummary;

export const useEditorStore = create<EditorState>((set, get) => {
  function queueFor(versionId: string): LatestWinsQueue {
    return new LatestWinsQueue(
      async (body) => {
        set({ autosaving: true });
        try {
          const { savedAt } = await call('policies.autosave', { versionId, body });
          if (get().versionId === versionId) set({ autosavedAt: savedAt, autosaveError: null });
        } catch (error) {
          if (get().versionId !== versionId) return;
          if (error instanceof ClientError && error.code === 'LOCKED') set({ locked: error.message });
          set({ autosaveError: readableMessage(error) });
          throw error;
        }
      },
      () => get().versionId === versionId && set({ autosaving: false }),
    );
  }

  function changed(bodyChanged: boolean): void {
    const state = get();
    if (!state.version || state.locked) return;
    set({ saveState: isDirty(state) ? 'unsaved' : 'saved' });
    // Every change goes to the crash buffer at once: the queue sends one request at a time and only the newest text
    // waiting, so fast typing costs no more requests than the core can answer. (A timer reset by every keystroke
    // never fired while the director kept typing, and a killed app lost everything typed since the last pause.)
    if (bodyChanged) {
      keepText(keptKey(state.version.id), get().body, state.saved.body);
      queue?.push(get().body);
    }
    window.clearTimeout(idleTimer);
    idleTimer = window.setTimeout(() => {
      if (isDirty(get())) void get().save();
    }, idleSaveDelayMs);
  }

  return {
    versionId: null,
    version: null,
    reference: null,
    category: null,
    loadError: null,
    body: '',
    title: '',
    changeSummary: '',
    saved: { body: '', title: '', changeSummary: '' },
    saveState: 'saved',
    saveError: null,
    locked: null,
    autosavedAt: null,
    autosaving: false,
    autosaveError: null,
    recovered: null,

    async open(versionId) {
      clearTimers();
      queue = queueFor(versionId);
      set({ versionId, version: null, reference: null, category: null, loadError: null, locked: null, saveError: null, autosaveError: null, autosavedAt: null, recovered: null, saveState: 'saved' });
      try {
        const version = await call('policies.version', { id: versionId });
        if (get().versionId !== versionId) return;
        const saved = { body: version.body, title: version.title, changeSummary: version.changeSummary };
        // The copy on this computer has the very last keystrokes; the core's crash buffer may be a request behind.
        const kept = keptText(keptKey(versionId))?.text;
        set({ version, ...saved, saved, recovered: kept !== undefined && kept !== version.body ? kept : version.recoveredBody });
        const policy = await call('policies.get', { id: version.policyId });
        if (get().versionId === versionId) set({ reference: policy.reference, category: policy.category });
      } catch (error) {
        if (get().versionId === versionId) set({ loadError: readableMessage(error) });
      }
    },

    editBody(body) {
      set({ body });
      changed(true);
    },
    editTitle(title) {
      set({ title });
      changed(false);
    },
    editSummary(changeSummary) {
      set({ changeSummary });
      changed(false);
    },

    async save() {
      const { versionId, body, title, changeSummary, saved, version } = get();
      if (!versionId || !version) return false;
      window.clearTimeout(idleTimer);
      // Only what changed is sent: an unchanged field must not fail validation (a blank title) or restart a chain.
      const patch = {
        ...(body !== saved.body ? { body } : {}),
        ...(title !== saved.title ? { title } : {}),
        ...(changeSummary !== saved.changeSummary ? { changeSummary } : {}),
      };
      set({ saveState: 'saving', saveError: null });
      try {
        const updated = await call('policies.saveDraft', { versionId, ...patch });
        if (get().versionId !== versionId) return true;
        const now = get();
        const nextSaved = { body: updated.body, title: updated.title, changeSummary: updated.changeSummary };
        set({ version: updated, saved: nextSaved, saveState: isDirty({ ...now, saved: nextSaved }) ? 'unsaved' : 'saved' });
        if (now.body === nextSaved.body) forgetText(keptKey(versionId));
        return true;
      } catch (error) {
        if (get().versionId !== versionId) return false;
        if (error instanceof ClientError && error.code === 'LOCKED') set({ locked: error.message });
        set({ saveState: 'failed', saveError: readableMessage(error) });
        return false;
      }
    },

    restoreRecovered() {
      const { recovered } = get();
      if (recovered === null) return;
      set({ body: recovered, recovered: null });
      changed(true);
    },

    async discardRecovered() {
      set({ recovered: null });
      if (get().versionId) forgetText(keptKey(get().versionId!));
      // Saving drops the crash buffer on the core, so the banner does not come back on the next visit.
      const { versionId } = get();
      if (versionId) await call('policies.saveDraft', { versionId }).catch(() => undefined);
    },

    leave() {
      clearTimers();
      const state = get();
      if (state.version && !state.locked && isDirty(state)) void state.save();
      set({ versionId: null, version: null });
      queue = null;
    },

    flushAutosave() {
      const { version, locked, body, saved } = get();
      if (!version || locked || body === saved.body) return;
      queue?.push(body);
    },
  };
});
