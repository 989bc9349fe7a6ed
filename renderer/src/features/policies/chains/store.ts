// Each category's reusable approval chain, read once and kept current after each change: the card that manages them
// and the submit dialog that starts from one share it.
import { create } from 'zustand';
import type { InputOf, OutputOf } from '../../../../../shared/contract';
import { call, readableMessage } from '../../../client';
import type { ListedApprover } from './ApproverChainEditor';

export type ApprovalChain = OutputOf<'policies.approvalChains'>[number];

interface ChainsState {
  chains: ApprovalChain[];
  loaded: boolean;
  loadError: string | null;
  load(): Promise<void>;
  save(input: InputOf<'policies.saveApprovalChain'>): Promise<void>;
  remove(category: string): Promise<void>;
}

export const useApprovalChainsStore = create<ChainsState>((set) => ({
  chains: [],
  loaded: false,
  loadError: null,
  async load() {
    try {
      set({ chains: await call('policies.approvalChains', {}), loaded: true, loadError: null });
    } catch (error) {
      set({ loadError: readableMessage(error), loaded: true });
    }
  },
  async save(input) {
    await call('policies.saveApprovalChain', input);
    set({ chains: await call('policies.approvalChains', {}) });
  },
  async remove(category) {
    await call('policies.removeApprovalChain', { category });
    set({ chains: await call('policies.approvalChains', {}) });
  },
}));

/** A saved chain as the editor lists it; a step whose person or committee is gone is left out (it could not approve). */
export function listedSteps(chain: ApprovalChain, excludeStaffIds: readonly string[] = []): ListedApprover[] {
  return chain.steps.flatMap((step): ListedApprover[] => {
    if (step.missing) return [];
    if (step.kind === 'person') {
      return excludeStaffIds.includes(step.staffId) ? [] : [{ kind: 'person', staffId: step.staffId, key: `person:${step.staffId}`, name: step.name, detail: step.detail }];
    }
    return [{ kind: 'committee', name: step.name, key: `committee:${step.name}`, detail: 'Committee' }];
  });
}
