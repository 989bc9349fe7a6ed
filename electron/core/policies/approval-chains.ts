// Reusable approval chains, one per policy category: set once, offered (and still changeable) on every submission
// of a draft in that category. Every step must name someone who exists when the chain is saved.
import type { CoreContext } from '../context';
import type { ApprovalChain } from '../../../shared/contract/policies';
import { AppError } from '../errors';
import { approverDirectory, type ApproverInput } from './approvers';
import { approvalChainEntity } from './entities';

interface ChainRow { id: string; category: string; steps: string; updatedAt: string }

export function approvalChains(ctx: CoreContext) {
  const { db, store } = ctx;
  const directory = approverDirectory(db);
  const all = db.prepare('SELECT id, category, steps, updated_at AS updatedAt FROM approval_chains ORDER BY category COLLATE NOCASE');
  const byCategory = db.prepare('SELECT id, category, steps, updated_at AS updatedAt FROM approval_chains WHERE category = ?');

  function shown(row: ChainRow): ApprovalChain {
    const steps = (JSON.parse(row.steps) as ApproverInput[]).map((step) => {
      const found = directory.lookUp(step);
      return step.kind === 'person'
        ? { kind: 'person' as const, staffId: step.staffId, name: found?.name ?? 'Someone no longer on the staff list', detail: found?.detail ?? '', missing: !found }
        : { kind: 'committee' as const, name: step.name, missing: !found };
    });
    return { id: row.id, category: row.category, steps, updatedAt: row.updatedAt };
  }

  return {
    list(): ApprovalChain[] {
      return (all.all() as ChainRow[]).map(shown);
    },

    get(category: string): ApprovalChain | undefined {
      const row = byCategory.get(category) as ChainRow | undefined;
      return row && shown(row);
    },

    save(category: string, steps: ApproverInput[]): ApprovalChain {
      return store.transaction(() => {
        const seen = new Set<string>();
        for (const step of steps) {
          directory.nameOf(step);
          const key = step.kind === 'person' ? `person:${step.staffId}` : `committee:${step.name}`;
          if (seen.has(key)) throw new AppError('INVALID_INPUT', `${directory.nameOf(step)} is in the chain twice: each approver decides once.`);
          seen.add(key);
        }
        const existing = byCategory.get(category) as ChainRow | undefined;
        if (existing) store.update(approvalChainEntity, existing.id, { steps });
        else store.insert(approvalChainEntity, { category, steps });
        return shown(byCategory.get(category) as ChainRow);
      });
    },

    remove(category: string): boolean {
      const existing = byCategory.get(category) as ChainRow | undefined;
      if (!existing) return false;
      store.remove(approvalChainEntity, existing.id);
      return true;
    },
  };
}
