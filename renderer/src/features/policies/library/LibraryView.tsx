// The policy library: filter chips, a search box and department, and one row per policy with what a surveyor would ask.
import { useEffect, useState } from 'react';
import { Button, Card, EmptyState, PageHeader, PlusIcon, PoliciesIcon, SearchIcon, SelectField, UploadIcon } from '../../../ui';
import { plural } from '../format';
import { usePolicyOrganisation } from '../organisation-store';
import { hashQuery, useHashQuery } from '../../../app/hash-query';
import { hashForPoliciesView, libraryFilterFromQuery } from '../policies-view';
import { useDebounced } from '../use-debounced';
import { ApprovalChainsCard } from '../chains/ApprovalChainsCard';
import { NewPolicyDialog } from './NewPolicyDialog';
import { PolicyTable } from './PolicyTable';
import { libraryFilters, useLibraryStore } from './store';

export function LibraryView() {
  const { filter, rows, total, counts, loaded, error, departmentId } = useLibraryStore();
  const setFilter = useLibraryStore((s) => s.setFilter);
  const setSearch = useLibraryStore((s) => s.setSearch);
  const setDepartment = useLibraryStore((s) => s.setDepartment);
  const load = useLibraryStore((s) => s.load);
  const departments = usePolicyOrganisation((s) => s.departments);
  const [typed, setTyped] = useState(useLibraryStore.getState().search);
  const settled = useDebounced(typed, 250);
  const [creating, setCreating] = useState(false);
  // The chip the address names (a dashboard tile's link, a reload, Back) is the one shown.
  const query = useHashQuery();
  useEffect(() => {
    useLibraryStore.getState().applyFilter(libraryFilterFromQuery(hashQuery(`?${query}`)));
    // "#/policies?new=1" (the palette's "New policy") opens the dialog; the address then forgets it, so Back does not reopen it.
    if (hashQuery(`?${query}`).get('new') === '1') {
      setCreating(true);
      window.history.replaceState(null, '', hashForPoliciesView({ section: 'library' }));
    }
  }, [query]);

  useEffect(() => {
    setSearch(settled);
    void load();
  }, [settled, setSearch, load]);

  const libraryEmpty = loaded && !error && (counts.all ?? 0) === 0 && !settled.trim() && !departmentId;
  const newPolicy = (
    <Button variant="primary" icon={<PlusIcon />} onClick={() => setCreating(true)}>
      New policy
    </Button>
  );

  return (
    <>
      <PageHeader
        title="Policies"
        description="Policies and protocols under one reference number each, with the approval trail behind every version."
        actions={libraryEmpty ? undefined : newPolicy}
      />
      {libraryEmpty ? (
        <Card>
          <EmptyState
            icon={<PoliciesIcon />}
            title="No policies yet"
            description="Write a policy here, or import the Word, Markdown and text files you keep today. Each becomes a draft with its own reference number, ready for approval."
            actions={
              <>
                {newPolicy}
                <a className="button button--secondary" href={hashForPoliciesView({ section: 'import' })}>
                  <UploadIcon /> Import files
                </a>
              </>
            }
          />
        </Card>
      ) : (
        <Card flush className="library">
          <div className="library__toolbar">
            <div className="library__search">
              <SearchIcon className="library__search-icon" />
              <label className="visually-hidden" htmlFor="library-search">Search policies</label>
              <input
                id="library-search"
                type="search"
                className="field__control"
                placeholder="Reference, title, owner or keyword"
                value={typed}
                onChange={(event) => setTyped(event.target.value)}
              />
            </div>
            <SelectField
              className="library__department"
              label="Department"
              hideLabel
              value={departmentId}
              onChange={(event) => setDepartment(event.target.value)}
              options={[{ value: '', label: 'All departments' }, ...departments.map((d) => ({ value: d.id, label: d.name }))]}
            />
          </div>
          <div className="library__chips" role="group" aria-label="Show policies">
            {libraryFilters.map((f) => (
              <button key={f.key} type="button" className="library__chip" data-filter={f.key} aria-pressed={filter === f.key} onClick={() => setFilter(f.key)}>
                {f.label}
                {counts[f.key] !== undefined && <span className="library__chip-count" data-nonzero={counts[f.key]! > 0}>{counts[f.key]!.toLocaleString()}</span>}
              </button>
            ))}
          </div>
          {error && <p className="policies-alert" role="alert">{error}</p>}
          <p className="library__summary" data-testid="library-summary" aria-live="polite">
            {!loaded ? 'Reading the library…' : total > rows.length ? `Showing ${rows.length.toLocaleString()} of ${plural(total, 'policy', 'policies')}` : plural(total, 'policy', 'policies')}
          </p>
          {loaded && rows.length === 0 ? <p className="library__none">No policies match. Try another filter or a shorter search.</p> : <PolicyTable rows={rows} />}
        </Card>
      )}
      {!libraryEmpty && <ApprovalChainsCard />}
      {creating && <NewPolicyDialog onClose={() => setCreating(false)} />}
    </>
  );
}
