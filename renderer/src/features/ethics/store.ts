// Ethics's state: the lock, the case list, the open case and its summary review. A LOCKED answer from any call locks
// the screen too, so nothing of a case stays drawn after the core has forgotten the key.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../shared/contract';
import { announceDatabaseChanged, onDatabaseChanged } from '../../app/data-events';
import type { SaveOutcome } from '../../app/draft-form';
import { call, ClientError, readableMessage } from '../../client';
import { fieldErrorsOf } from '../staff/field-errors';
import { displayName } from '../../../../shared/domain/names';
import { toastError, toastSuccess } from '../../ui';

export type EthicsCase = OutputOf<'ethics.get'>;
export type EthicsCaseRow = OutputOf<'ethics.list'>[number];
export type SummaryReview = OutputOf<'ethics.summaryReview'>;
export type EthicsReport = OutputOf<'ethics.report'>;
export type LockState = OutputOf<'ethics.lockState'>;
export type CasePatch = InputOf<'ethics.update'>['patch'];

export type SaveResult = SaveOutcome;

interface EthicsState {
  lock: LockState | null;
  cases: EthicsCaseRow[];
  open: EthicsCase | null;
  review: SummaryReview | null;
  report: EthicsReport | null;
  /** Units (departments) and staff to choose from: consultants are staff members. */
  units: { id: string; name: string }[];
  staff: { id: string; name: string }[];
  loadChoices(): Promise<void>;
  loadLock(): Promise<void>;
  setPassphrase(passphrase: string, idleMinutes: number): Promise<SaveResult>;
  unlock(passphrase: string): Promise<SaveResult>;
  lockNow(): Promise<void>;
  loadCases(): Promise<void>;
  openCase(id: string | null): Promise<void>;
  create(input: InputOf<'ethics.create'>): Promise<SaveResult>;
  update(patch: CasePatch): Promise<SaveResult>;
  advance(to: EthicsCase['status']): Promise<SaveResult>;
  addNote(text: string): Promise<SaveResult>;
  draftSummary(): Promise<void>;
  saveSummary(text: string): Promise<SaveResult>;
  signOff(): Promise<SaveResult>;
  loadReport(from: string, to: string): Promise<void>;
}

const locked = (s: LockState | null): LockState | null => (s ? { ...s, unlocked: false } : s);

/** A refusal as the form shows it: the messages by field and one sentence (the staff forms' reading of issues). */
function failure(error: unknown): SaveResult {
  return { ok: false, fieldErrors: fieldErrorsOf(error) ?? {}, message: readableMessage(error) };
}

export const useEthicsStore = create<EthicsState>((set, get) => {
  /** Runs a call; a LOCKED answer clears everything of the cases from the screen and shows the unlock. */
  async function guarded<T>(fn: () => Promise<T>): Promise<T> {
    try {
      return await fn();
    } catch (error) {
      if (error instanceof ClientError && error.code === 'LOCKED') set({ lock: locked(get().lock), cases: [], open: null, review: null, report: null });
      throw error;
    }
  }
  async function write(fn: () => Promise<unknown>, done?: string): Promise<SaveResult> {
    try {
      await guarded(fn);
      announceDatabaseChanged();
      if (done) toastSuccess(done);
      return { ok: true };
    } catch (error) {
      return failure(error);
    }
  }
  const refreshOpen = async () => {
    const id = get().open?.id;
    if (id) set({ open: await call('ethics.get', { id }) });
    await get().loadCases();
  };

  return {
    lock: null,
    cases: [],
    open: null,
    review: null,
    report: null,
    units: [],
    staff: [],
    async loadChoices() {
      try {
        const [units, staff] = await Promise.all([call('departments.list', {}), call('staff.list', { limit: 2000, status: 'active' })]);
        set({ units: units.filter((u) => !u.retiredOn).map((u) => ({ id: u.id, name: u.name })), staff: staff.rows.map((s) => ({ id: s.id, name: displayName(s) })) });
      } catch (error) {
        toastError('Units and staff could not be read', error);
      }
    },
    async loadLock() {
      try {
        const lock = await call('ethics.lockState', {});
        set(lock.unlocked ? { lock } : { lock, cases: [], open: null, review: null, report: null });
      } catch (error) {
        toastError('The ethics lock could not be read', error);
      }
    },
    async setPassphrase(passphrase, idleMinutes) {
      try {
        set({ lock: await call('ethics.setPassphrase', { passphrase, idleMinutes }) });
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async unlock(passphrase) {
      try {
        set({ lock: await call('ethics.unlock', { passphrase }) });
        await get().loadCases();
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async lockNow() {
      set({ lock: await call('ethics.lock', {}), cases: [], open: null, review: null, report: null });
    },
    async loadCases() {
      try {
        set({ cases: await guarded(() => call('ethics.list', {})) });
      } catch (error) {
        if (!(error instanceof ClientError && error.code === 'LOCKED')) toastError('Ethics cases could not be read', error);
      }
    },
    async openCase(id) {
      if (!id) {
        set({ open: null, review: null });
        return;
      }
      try {
        const open = await guarded(() => call('ethics.get', { id }));
        const review = open.summaryStatus === 'none' ? null : await guarded(() => call('ethics.summaryReview', { id }));
        set({ open, review });
      } catch (error) {
        if (!(error instanceof ClientError && error.code === 'LOCKED')) toastError('This case could not be opened', error);
      }
    },
    async create(input) {
      try {
        const created = await guarded(() => call('ethics.create', input));
        announceDatabaseChanged();
        set({ open: created, review: null });
        await get().loadCases();
        toastSuccess(`Request ${created.caseNumber} recorded`);
        return { ok: true };
      } catch (error) {
        return failure(error);
      }
    },
    async update(patch) {
      const id = get().open!.id;
      return write(async () => {
        set({ open: await call('ethics.update', { id, patch }) });
        await get().loadCases();
      }, 'Case saved');
    },
    async advance(to) {
      const id = get().open!.id;
      return write(async () => {
        set({ open: await call('ethics.advance', { id, to }) });
        await get().loadCases();
      });
    },
    async addNote(text) {
      const caseId = get().open!.id;
      return write(async () => set({ open: await call('ethics.addNote', { caseId, text }) }));
    },
    async draftSummary() {
      const id = get().open!.id;
      try {
        set({ review: await guarded(() => call('ethics.draftSummary', { id })) });
        announceDatabaseChanged();
        await refreshOpen();
      } catch (error) {
        toastError('The summary could not be made', error);
      }
    },
    async saveSummary(text) {
      const id = get().open!.id;
      return write(async () => {
        set({ review: await call('ethics.saveSummary', { id, text }) });
        await refreshOpen();
      }, 'Summary saved');
    },
    async signOff() {
      const id = get().open!.id;
      return write(async () => {
        set({ review: await call('ethics.signOff', { id }) });
        await refreshOpen();
      }, 'Summary signed off for the committee');
    },
    async loadReport(from, to) {
      try {
        set({ report: await guarded(() => call('ethics.report', { from, to })) });
      } catch (error) {
        if (!(error instanceof ClientError && error.code === 'LOCKED')) toastError('The report could not be made', error);
      }
    },
  };
});

// An undo in a case's History panel (or a sync) changes the open case: read it and the list again while unlocked.
onDatabaseChanged(async () => {
  const { lock, open, loadCases, openCase } = useEthicsStore.getState();
  if (!lock?.unlocked) return;
  await loadCases();
  if (open) await openCase(open.id);
});
