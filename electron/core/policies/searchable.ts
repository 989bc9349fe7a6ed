// Policies and standards in the global search. A policy is found by its reference, title, keywords and text: the text
// of its latest approved version and of a newer draft, so neither what is in force nor what is being written is missed.
import { joinedSql, ownRows, type IndexedSearchKind } from '../search/searchable-kind';

const latestApprovedBody = `(SELECT v.body FROM policy_versions v WHERE v.policy_id = p.id AND v.stage = 'approved' ORDER BY v.number DESC LIMIT 1)`;

export const policySearch: IndexedSearchKind = {
  kind: 'policy',
  label: 'Policies',
  entity: 'policy',
  feeds: [
    ownRows('policy', ['reference', 'title', 'category', 'keywords', 'retiredOn']),
    { entity: 'policyVersion', ids: 'SELECT {row}.policy_id', columns: ['policyId', 'stage', 'title', 'body', 'number'] },
  ],
  rows: `SELECT p.id, p.reference || ' ' || p.title AS title,
      ${joinedSql('p.category', "CASE WHEN p.retired_on IS NOT NULL THEN 'retired' END")} AS subtitle,
      trim(coalesce(${latestApprovedBody}, '') || char(10) ||
        coalesce((SELECT d.body FROM policy_versions d WHERE d.policy_id = p.id AND d.stage <> 'approved'
          AND d.number > coalesce((SELECT max(a.number) FROM policy_versions a WHERE a.policy_id = p.id AND a.stage = 'approved'), 0)
          ORDER BY d.number DESC LIMIT 1), '') || char(10) ||
        coalesce((SELECT group_concat(k.value, ' ') FROM json_each(p.keywords) k), '')) AS body,
      '' AS identifiers, '#/policies/' || p.id AS opens
    FROM policies p`,
};

export const standardSearch: IndexedSearchKind = {
  kind: 'standard',
  label: 'Standards',
  entity: 'standard',
  feeds: [ownRows('standard')],
  rows: `SELECT id, code || ' ' || title AS title, body AS subtitle, '' AS body, '' AS identifiers, '#/policies/standards' AS opens FROM standards`,
};
