// The sub-navigation of Policies: plain links to the library, search, the standards crosswalk and import.
import { SubNav } from '../../ui';
import { hashForPoliciesView, type PoliciesSection } from './policies-view';

/** The views in the order the sub-navigation shows them (the command palette offers "Go to" each). */
export const policiesViews = [
  { section: 'library', label: 'Library' },
  { section: 'search', label: 'Search' },
  { section: 'standards', label: 'Standards' },
  { section: 'import', label: 'Import' },
] as const;

export function PoliciesSubnav({ current }: { current: PoliciesSection }) {
  return (
    <SubNav
      label="Policies views"
      links={policiesViews.map((entry) => ({ href: hashForPoliciesView({ section: entry.section }), label: entry.label, current: entry.section === current }))}
    />
  );
}
