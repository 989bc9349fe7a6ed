// Which part of Policies is open, kept in the address after "#/policies/" so a reload (or a crash) reopens the same view.
import { create } from 'zustand';
import { policyLibraryFilters } from '../../../../shared/contract/policies';
import { hashWithQuery } from '../../app/hash-query';

export type PoliciesView =
  | { section: 'library' }
  | { section: 'search' }
  | { section: 'standards' }
  | { section: 'import' }
  | { section: 'policy'; policyId: string }
  | { section: 'editor'; policyId: string; versionId: string }
  | { section: 'redline'; policyId: string; fromVersionId: string | null; toVersionId: string | null };

export type PoliciesSection = PoliciesView['section'];

const namedSections = ['search', 'standards', 'import'] as const;
const isId = (s: string | undefined): s is string => !!s && /^[A-Za-z0-9_-]+$/.test(s);

export function policiesViewFromHash(hash: string): PoliciesView {
  const [route, sub, action, first, second] = hash.replace(/^#\/?/, '').split('?')[0]!.split('/');
  if (route !== 'policies' || !sub) return { section: 'library' };
  if ((namedSections as readonly string[]).includes(sub)) return { section: sub as (typeof namedSections)[number] };
  // Anything else after "#/policies/" is a policy's id, optionally followed by what is open inside it.
  if (!isId(sub)) return { section: 'library' };
  if (action === 'edit' && isId(first)) return { section: 'editor', policyId: sub, versionId: first };
  if (action === 'redline') return { section: 'redline', policyId: sub, fromVersionId: isId(first) ? first : null, toVersionId: isId(second) ? second : null };
  return { section: 'policy', policyId: sub };
}

export function hashForPoliciesView(view: PoliciesView): string {
  switch (view.section) {
    case 'library':
      return '#/policies';
    case 'search':
    case 'standards':
    case 'import':
      return `#/policies/${view.section}`;
    case 'policy':
      return `#/policies/${view.policyId}`;
    case 'editor':
      return `#/policies/${view.policyId}/edit/${view.versionId}`;
    case 'redline':
      return `#/policies/${view.policyId}/redline${view.fromVersionId && view.toVersionId ? `/${view.fromVersionId}/${view.toVersionId}` : ''}`;
  }
}

export type LibraryFilter = (typeof policyLibraryFilters)[number];

/** The library showing one filter chip: "#/policies?filter=review-due" is what the dashboard's "Policy reviews" counted. */
export const libraryHash = (filter: LibraryFilter) => hashWithQuery('#/policies', { filter: filter === 'all' ? null : filter });

/** The chip the address names, or All. */
export function libraryFilterFromQuery(query: URLSearchParams): LibraryFilter {
  const filter = query.get('filter');
  return (policyLibraryFilters as readonly string[]).includes(filter ?? '') ? (filter as LibraryFilter) : 'all';
}

export const hashForPolicy = (policyId: string) => hashForPoliciesView({ section: 'policy', policyId });
export const hashForEditor = (policyId: string, versionId: string) => hashForPoliciesView({ section: 'editor', policyId, versionId });
export const hashForRedline = (policyId: string, fromVersionId: string | null = null, toVersionId: string | null = null) =>
  hashForPoliciesView({ section: 'redline', policyId, fromVersionId, toVersionId });

interface PoliciesViewState {
  view: PoliciesView;
  go(view: PoliciesView): void;
}

export const usePoliciesViewStore = create<PoliciesViewState>((set) => ({
  view: policiesViewFromHash(window.location.hash),
  go(view) {
    const hash = hashForPoliciesView(view);
    if (window.location.hash !== hash) window.location.hash = hash;
    set({ view });
  },
}));

/** Moves to a view by its address: the hashchange listener below updates the store, and Back works. */
export function goTo(hash: string): void {
  window.location.hash = hash;
}

window.addEventListener('hashchange', () => {
  usePoliciesViewStore.setState({ view: policiesViewFromHash(window.location.hash) });
});
