// The standards crosswalk: the standards a policy cites, and for each standard the policies that meet it, with the
// edition each was published in and the citations a newer edition made stale.
import type { Standard, StandardEdition } from '../../../shared/contract/policies';
import type { CoreContext } from '../context';
import { AppError, notFound } from '../errors';
import { organisationCalendar } from '../settings/today';
import { policyStandardEntity, standardEntity } from './entities';
import { standardColumns, standardStandings, type StandardSqlRow } from './standard-standing';
import { policyVersions } from './versions';

export function standardsCrosswalk(ctx: CoreContext) {
  const { db, store } = ctx;
  const calendar = organisationCalendar(ctx);
  const versions = policyVersions(ctx);
  const withStanding = standardStandings(ctx);
  const all = db.prepare(`SELECT ${standardColumns('s')} FROM standards s ORDER BY s.body, s.code`);
  const links = db.prepare(`SELECT ps.standard_id AS standardId, p.id, p.reference, p.title, p.retired_on AS retiredOn
    FROM policy_standards ps JOIN policies p ON p.id = ps.policy_id ORDER BY p.reference`);
  const linksOf = db.prepare('SELECT id, standard_id AS standardId FROM policy_standards WHERE policy_id = ?');
  const citing = db.prepare('SELECT id, policy_id AS policyId FROM policy_standards WHERE standard_id = ?');
  const cites = db.prepare('SELECT 1 FROM policy_standards WHERE policy_id = ? AND standard_id = ?').pluck();
  const policyExists = db.prepare('SELECT 1 FROM policies WHERE id = ?').pluck();
  const standardExists = db.prepare('SELECT 1 FROM standards WHERE id = ?').pluck();
  const editionOf = db.prepare('SELECT body FROM standard_editions WHERE id = ?').pluck();
  const byId = db.prepare(`SELECT ${standardColumns('s')} FROM standards s WHERE s.id = ?`);
  const sameCode = db.prepare('SELECT 1 FROM standards WHERE body = ? AND code = ?').pluck();
  const editions = db.prepare(`SELECT e.id, e.body, e.name, e.effective_on AS effectiveOn,
      (SELECT count(*) FROM standards s WHERE s.edition_id = e.id) AS standards,
      (SELECT count(*) FROM standard_changes c WHERE c.edition_id = e.id) AS changes
    FROM standard_editions e ORDER BY e.body, e.effective_on DESC`);

  function get(id: string): Standard {
    const row = byId.get(id) as StandardSqlRow | undefined;
    if (!row) throw notFound('This standard');
    return withStanding([row])[0]!;
  }

  return {
    get,
    /** Each accreditor's editions, newest first; the one in force is the latest already effective. */
    editions() {
      const today = calendar.today();
      const rows = editions.all() as (StandardEdition & { standards: number; changes: number })[];
      const inForce = new Set<string>();
      for (const body of new Set(rows.map((r) => r.body))) {
        const current = rows.find((r) => r.body === body && r.effectiveOn <= today);
        if (current) inForce.add(current.id);
      }
      return rows.map((r) => ({ ...r, inForce: inForce.has(r.id) }));
    },
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
      return withStanding(all.all() as StandardSqlRow[]).map((s) => ({ ...s, policies: grouped.get(s.id) ?? [] }));
    },
    create(fields: { body: Standard['body']; code: string; title: string; editionId: string | null }, id?: string): Standard {
      return store.transaction(() => {
        if (fields.editionId) {
          const body = editionOf.get(fields.editionId) as string | undefined;
          if (!body) throw notFound('That edition');
          if (body !== fields.body) throw new AppError('INVALID_INPUT', `That edition is ${body}'s, not ${fields.body}'s.`, [{ path: 'editionId', message: `Choose one of ${fields.body}'s editions` }]);
        }
        if (sameCode.get(fields.body, fields.code)) {
          throw new AppError('CONFLICT', `${fields.body} ${fields.code} is already in the crosswalk.`, [{ path: 'code', message: 'Already in the crosswalk' }]);
        }
        return get(store.insert(standardEntity, fields, id));
      });
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
    /** Every policy citing a moved standard cites its successors instead, in one transaction. */
    moveCitations(standardId: string): { policies: number } {
      return store.transaction(() => {
        const standard = get(standardId);
        const name = `${standard.body} ${standard.code}`;
        if (standard.standing.state === 'current') throw new AppError('INVALID_INPUT', `${name} has not been moved by any edition: its citations stand.`);
        if (standard.standing.successors.length === 0) {
          throw new AppError('INVALID_INPUT', `${name} was retired in ${standard.standing.edition.name} without a successor: choose what each policy should cite instead on the policy's page.`);
        }
        const policies = citing.all(standardId) as { id: string; policyId: string }[];
        for (const link of policies) {
          store.remove(policyStandardEntity, link.id);
          for (const successor of standard.standing.successors) {
            if (!cites.get(link.policyId, successor.id)) store.insert(policyStandardEntity, { policyId: link.policyId, standardId: successor.id });
          }
        }
        return { policies: policies.length };
      });
    },
  };
}
