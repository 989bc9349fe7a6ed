// The standards crosswalk: the standards a policy cites, and for each standard the policies that meet it.
import type { Standard } from '../../../shared/contract/policies';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { policyStandardEntity, standardEntity } from './entities';
import { policyVersions } from './versions';

export function standardsCrosswalk(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const versions = policyVersions(ctx);
  const all = db.prepare('SELECT id, body, code, title FROM standards ORDER BY body, code');
  const links = db.prepare(`SELECT ps.standard_id AS standardId, p.id, p.reference, p.title, p.retired_on AS retiredOn
    FROM policy_standards ps JOIN policies p ON p.id = ps.policy_id ORDER BY p.reference`);
  const linksOf = db.prepare('SELECT id, standard_id AS standardId FROM policy_standards WHERE policy_id = ?');
  const policyExists = db.prepare('SELECT 1 FROM policies WHERE id = ?').pluck();
  const standardExists = db.prepare('SELECT 1 FROM standards WHERE id = ?').pluck();
  const byId = db.prepare('SELECT id, body, code, title FROM standards WHERE id = ?');

  return {
    list() {
      const today = calendar.today();
      const byPolicy = versions.skeletonsByPolicy();
      const grouped = new Map<string, { id: string; reference: string; title: string; active: boolean }[]>();
      for (const l of links.all() as { standardId: string; id: string; reference: string; title: string; retiredOn: string | null }[]) {
        const active = versions.inForce(byPolicy.get(l.id) ?? [], today, l.retiredOn) !== null;
        const list = grouped.get(l.standardId) ?? [];
        list.push({ id: l.id, reference: l.reference, title: l.title, active });
        grouped.set(l.standardId, list);
      }
      return (all.all() as Standard[]).map((s) => ({ ...s, policies: grouped.get(s.id) ?? [] }));
    },
    create(fields: Omit<Standard, 'id'>, id?: string): Standard {
      return byId.get(store.insert(standardEntity, fields, id)) as Standard;
    },
    setForPolicy(policyId: string, standardIds: string[]): void {
      store.transaction(() => {
        if (!policyExists.get(policyId)) throw notFound('This policy');
        for (const id of standardIds) if (!standardExists.get(id)) throw new AppError('INVALID_INPUT', 'One of those standards does not exist.');
        const current = linksOf.all(policyId) as { id: string; standardId: string }[];
        const wanted = new Set(standardIds);
        for (const l of current) if (!wanted.has(l.standardId)) store.remove(policyStandardEntity, l.id);
        const have = new Set(current.map((l) => l.standardId));
        for (const id of wanted) if (!have.has(id)) store.insert(policyStandardEntity, { policyId, standardId: id });
      });
    },
  };
}
