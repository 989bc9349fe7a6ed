// Full-text search over policy titles and text with SQLite FTS5: ranked, with highlighted snippets, as the director types.
import type { SearchHit } from '../../../shared/contract/policies';
import { versionState } from '../../../shared/domain/policy-lifecycle';
import type { CoreContext } from '../context';
import { organisationCalendar } from '../settings/today';
import { policyVersions, type VersionSkeleton } from './versions';

/**
 * Turns what was typed into an FTS5 query: every word must appear, the last one as a prefix (the director is still
 * typing it). Words are quoted so FTS5 operators and punctuation in the input are taken literally.
 */
export function ftsQuery(typed: string): string | null {
  const words = typed.normalize('NFKC').match(/[\p{L}\p{N}]+(?:[.'’-][\p{L}\p{N}]+)*/gu) ?? [];
  if (words.length === 0) return null;
  return words.map((w, i) => `"${w.replace(/"/g, '""')}"${i === words.length - 1 ? '*' : ''}`).join(' ');
}

export function policySearch(ctx: CoreContext) {
  const { db } = ctx;
  const calendar = organisationCalendar(ctx);
  const versions = policyVersions(ctx);
  const retired = db.prepare('SELECT id, retired_on AS retiredOn FROM policies');
  // Title matches weigh five times body matches; \u0001 and \u0002 mark the matched words for the screen.
  const search = db.prepare(`SELECT v.id AS versionId, v.policy_id AS policyId, p.reference, v.title, v.number AS versionNumber,
      snippet(policy_search, -1, char(1), char(2), '…', 14) AS snippet, bm25(policy_search, 5.0, 1.0) AS rank
    FROM policy_search JOIN policy_versions v ON v.rowid = policy_search.rowid JOIN policies p ON p.id = v.policy_id
    WHERE policy_search MATCH @query AND (@older = 1 OR v.id IN (SELECT value FROM json_each(@current)))
    ORDER BY rank LIMIT @limit`);
  const byReference = db.prepare("SELECT id FROM policies WHERE reference LIKE @prefix ESCAPE '\\'").pluck();
  const versionHit = db.prepare(`SELECT v.id AS versionId, v.policy_id AS policyId, p.reference, v.title, v.number AS versionNumber, substr(v.body, 1, 160) AS snippet
    FROM policy_versions v JOIN policies p ON p.id = v.policy_id WHERE v.id = ?`);

  return function run(typed: string, includeOlder: boolean, limit: number): SearchHit[] {
    const query = ftsQuery(typed);
    if (!query) return [];
    const today = calendar.today();
    const byPolicy = versions.skeletonsByPolicy();
    const retiredOn = new Map((retired.all() as { id: string; retiredOn: string | null }[]).map((r) => [r.id, r.retiredOn]));
    // By default: the text in force, or for a policy with none yet, its latest draft.
    const currentOf = new Map<string, string>();
    for (const [policyId, list] of byPolicy) {
      const active = versions.inForce(list, today, retiredOn.get(policyId) ?? null);
      const latest = list.reduce<VersionSkeleton | null>((a, v) => (!a || v.number > a.number ? v : a), null);
      if (active ?? latest) currentOf.set(policyId, (active ?? latest)!.id);
    }
    const current = [...currentOf.values()];
    const stateOf = (hit: { policyId: string; versionId: string }): SearchHit['state'] => {
      const list = byPolicy.get(hit.policyId) ?? [];
      const v = list.find((x) => x.id === hit.versionId);
      return v ? versionState(v, list, today, retiredOn.get(hit.policyId) ?? null) : 'draft';
    };
    const hits = search.all({ query, older: includeOlder ? 1 : 0, current: JSON.stringify(current), limit }) as Omit<SearchHit, 'state'>[];
    // A reference typed in full ("MS-014") finds its policy first even though FTS splits it into words, and even when
    // the reference appears nowhere in the title or text (it is the policy's, not the version's).
    const referenceMatches = new Set(/^[A-Za-z]{1,6}-\d/.test(typed.trim()) ? (byReference.all({ prefix: `${typed.trim().toUpperCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%` }) as string[]) : []);
    const found = new Set(hits.map((h) => h.policyId));
    for (const policyId of referenceMatches) {
      if (found.has(policyId)) continue;
      const shown = currentOf.get(policyId);
      const hit = shown ? (versionHit.get(shown) as Omit<SearchHit, 'state' | 'rank'> | undefined) : undefined;
      if (hit) hits.push({ ...hit, snippet: hit.snippet.replace(/[\u0001\u0002]/g, ''), rank: 0 });
    }
    return hits
      .map((h) => ({ ...h, state: stateOf(h), rank: referenceMatches.has(h.policyId) ? h.rank - 1000 : h.rank }))
      .sort((a, b) => a.rank - b.rank)
      .slice(0, limit);
  };
}
