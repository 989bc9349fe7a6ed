// A standard as the screens see it: its edition and whether citing it still points at a standard in force.
import type { Standard } from '../../../shared/contract/policies';
import { citationStanding, type StandardChangeFacts } from '../../../shared/domain/standard-editions';
import type { CoreContext } from '../context';
import { organisationCalendar } from '../settings/today';

/** The columns every standards query selects, so each can be turned into a Standard the same way. */
export const standardColumns = (alias: string) => `${alias}.id, ${alias}.body, ${alias}.code, ${alias}.title,
  ${alias}.edition_id AS editionId, (SELECT e.name FROM standard_editions e WHERE e.id = ${alias}.edition_id) AS editionName,
  (SELECT e.effective_on FROM standard_editions e WHERE e.id = ${alias}.edition_id) AS editionEffectiveOn`;

type StandardRef = Pick<Standard, 'id' | 'body' | 'code' | 'title'>;

export interface StandardSqlRow {
  id: string; body: Standard['body']; code: string; title: string;
  editionId: string | null; editionName: string | null; editionEffectiveOn: string | null;
}

export function standardStandings(ctx: CoreContext) {
  const calendar = organisationCalendar(ctx);
  const changes = ctx.db.prepare(`SELECT c.standard_id AS standardId, c.change, c.successor_id AS successorId, e.name, e.effective_on AS effectiveOn
    FROM standard_changes c JOIN standard_editions e ON e.id = c.edition_id`);
  const refOf = ctx.db.prepare('SELECT id, body, code, title FROM standards WHERE id = ?');

  /** The standards with their standing today; the few change rows are read once per call. */
  return function withStanding(rows: readonly StandardSqlRow[]): Standard[] {
    const today = calendar.today();
    const byStandard = new Map<string, StandardChangeFacts[]>();
    for (const c of changes.all() as { standardId: string; change: 'moved' | 'retired'; successorId: string | null; name: string; effectiveOn: string }[]) {
      const list = byStandard.get(c.standardId) ?? [];
      list.push({ change: c.change, edition: { name: c.name, effectiveOn: c.effectiveOn }, successorIds: c.successorId ? [c.successorId] : [] });
      byStandard.set(c.standardId, list);
    }
    return rows.map(({ editionId, editionName, editionEffectiveOn, ...ref }) => {
      const standing = citationStanding(byStandard.get(ref.id) ?? [], today);
      return {
        ...ref,
        edition: editionId && editionName && editionEffectiveOn ? { id: editionId, name: editionName, effectiveOn: editionEffectiveOn } : null,
        standing: standing.state === 'current'
          ? standing
          : { state: standing.state, change: standing.change, edition: standing.edition, successors: standing.successorIds.map((id) => refOf.get(id) as StandardRef | undefined).filter((s): s is StandardRef => !!s) },
      };
    });
  };
}
