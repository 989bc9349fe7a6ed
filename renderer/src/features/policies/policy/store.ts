// One policy's page: the policy with its versions, the open version's approval chain, and who has and has not attested.
import { create } from 'zustand';
import type { OutputOf } from '../../../../../shared/contract';
import { onDatabaseChanged } from '../../../app/data-events';
import { call, readableMessage } from '../../../client';

export type Policy = OutputOf<'policies.get'>;
export type PolicyVersion = OutputOf<'policies.version'>;
export type VersionSummary = Policy['versions'][number];
export type AttestationRow = OutputOf<'policies.attestations'>['rows'][number];

interface PolicyPageState {
  policyId: string | null;
  policy: Policy | null;
  /** The draft or in-review version with its approval chain, or the latest decided one when none is open. */
  chainVersion: PolicyVersion | null;
  attestations: { versionId: string | null; rows: AttestationRow[] };
  loadError: string | null;
  open(policyId: string): Promise<void>;
  reload(): Promise<void>;
  /** After a write that returned the policy: show it without another read. */
  show(policy: Policy): void;
  /** Throws away the open draft of a new version; answers a sentence to show when the core refuses. */
  discardDraft(versionId: string): Promise<string | null>;
  close(): void;
}

/** The version whose approvals the page shows: the open one, else the newest that went through a chain. */
export function chainVersionOf(policy: Policy): VersionSummary | null {
  const byNewest = [...policy.versions].sort((a, b) => b.number - a.number);
  return byNewest.find((v) => v.state === 'draft' || v.state === 'in-review') ?? byNewest.find((v) => v.submittedAt) ?? null;
}

export const usePolicyPageStore = create<PolicyPageState>((set, get) => ({
  policyId: null,
  policy: null,
  chainVersion: null,
  attestations: { versionId: null, rows: [] },
  loadError: null,
  async open(policyId) {
    set({ policyId, policy: null, chainVersion: null, attestations: { versionId: null, rows: [] }, loadError: null });
    await get().reload();
  },
  async reload() {
    const { policyId } = get();
    if (!policyId) return;
    try {
      const [policy, attestations] = await Promise.all([call('policies.get', { id: policyId }), call('policies.attestations', { policyId, pendingOnly: false })]);
      const chain = chainVersionOf(policy);
      const chainVersion = chain ? await call('policies.version', { id: chain.id }) : null;
      if (get().policyId === policyId) set({ policy, chainVersion, attestations, loadError: null });
    } catch (error) {
      if (get().policyId === policyId) set({ loadError: readableMessage(error) });
    }
  },
  show(policy) {
    set({ policy });
    void get().reload();
  },
  async discardDraft(versionId) {
    try {
      await call('policies.discardDraft', { versionId });
      await get().reload();
      return null;
    } catch (error) {
      return readableMessage(error);
    }
  },
  close() {
    set({ policyId: null, policy: null, chainVersion: null });
  },
}));

onDatabaseChanged(() => usePolicyPageStore.getState().reload());
