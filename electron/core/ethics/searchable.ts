// Ethics cases in the global search, without ever putting their text in the index file: their narrative is sealed, so
// they are searched here in memory after decrypting, and only while the cases are unlocked. The patient's identifiers
// are not searched: they are shown only with the case open.
import { caseStateLabels, consultTypeLabels, narrativeFields } from '../../../shared/domain/ethics-cases';
import type { CoreContext } from '../context';
import { foldedForSearch } from '../../../shared/domain/search-text';
import type { InMemorySearchKind } from '../search/searchable-kind';
import { ethicsCases } from './cases';
import { ethicsVault } from './vault';

export const ethicsCaseSearch: InMemorySearchKind = {
  kind: 'ethicsCase',
  label: 'Ethics cases',
  entities: ['ethicsCase', 'ethicsNote'],
  available: (ctx: CoreContext) => ethicsVault(ctx).state().unlocked,
  search(ctx, words, limit) {
    const cases = ethicsCases(ctx);
    const hits = [];
    for (const row of cases.list()) {
      const c = cases.get(row.id);
      const body = [c.question, ...narrativeFields.map((f) => c[f]), c.policyRecommendation, c.themes.join(', '), ...c.notes.map((n) => n.text)]
        .filter(Boolean)
        .join('\n');
      const title = `${c.caseNumber} · ${consultTypeLabels[c.type]}`;
      const subtitle = [caseStateLabels[c.status], c.unitName, c.requestedAt.slice(0, 10)].filter(Boolean).join(' · ');
      const haystack = foldedForSearch(`${title}\n${subtitle}\n${body}`);
      if (words.every((w) => haystack.includes(w))) hits.push({ id: c.id, title, subtitle, body, opens: `#/ethics?case=${c.id}` });
      if (hits.length >= limit) break;
    }
    return hits;
  },
};
