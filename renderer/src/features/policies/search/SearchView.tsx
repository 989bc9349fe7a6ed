// Full-text search across the policy manual as the director types: ranked hits with the matched words marked.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { call, readableMessage } from '../../../client';
import { Badge, Card, PageHeader, SearchIcon } from '../../../ui';
import { plural } from '../format';
import { versionStateLabel, versionStateTone } from '../labels';
import { hashForEditor, hashForPolicy } from '../policies-view';
import { useDebounced } from '../use-debounced';
import { SnippetText } from './SnippetText';

type SearchHit = OutputOf<'policies.search'>[number];

export function SearchView() {
  const [typed, setTyped] = useState('');
  const [includeOlder, setIncludeOlder] = useState(false);
  const query = useDebounced(typed.trim(), 150);
  const [result, setResult] = useState<{ query: string; hits: SearchHit[] } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!query) {
      setResult(null);
      return;
    }
    let current = true;
    call('policies.search', { query, includeOlderVersions: includeOlder, limit: 50 }).then(
      (hits) => current && (setResult({ query, hits }), setError(null)),
      (e) => current && setError(readableMessage(e)),
    );
    // An answer to an earlier query that arrives late is dropped.
    return () => {
      current = false;
    };
  }, [query, includeOlder]);

  return (
    <>
      <PageHeader title="Search policies" description="Every word of every policy in force, ranked with titles first; older versions when you ask for them." />
      <Card>
        <div className="search__box">
          <div className="library__search">
            <SearchIcon className="library__search-icon" />
            <label className="visually-hidden" htmlFor="policy-search">Search the text of policies</label>
            <input id="policy-search" type="search" className="field__control" autoFocus placeholder="e.g. hand hygiene, restraint, MS-014" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </div>
          <label className="search__older">
            <input type="checkbox" checked={includeOlder} onChange={(e) => setIncludeOlder(e.target.checked)} /> Include older versions
          </label>
        </div>
        {error && <p className="policies-alert" role="alert">{error}</p>}
        {result && (
          <p className="search__count" aria-live="polite" data-testid="search-count">
            {result.hits.length === 0 ? `Nothing matches “${result.query}”.` : `${plural(result.hits.length, 'match', 'matches')} for “${result.query}”`}
          </p>
        )}
        {result && result.hits.length > 0 && (
          <ol className="search__hits" aria-label="Search results">
            {result.hits.map((hit) => (
              <li key={hit.versionId} className="search__hit" data-testid="search-hit">
                <div className="search__hit-head">
                  <a href={hit.state === 'active' ? hashForPolicy(hit.policyId) : hashForEditor(hit.policyId, hit.versionId)} className="search__hit-title">
                    <span className="library__reference">{hit.reference}</span> {hit.title}
                  </a>
                  <span className="policies__muted">Version {hit.versionNumber}</span>
                  <Badge tone={versionStateTone[hit.state]}>{versionStateLabel(hit.state)}</Badge>
                </div>
                <p className="search__snippet">
                  <SnippetText snippet={hit.snippet} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </Card>
    </>
  );
}
