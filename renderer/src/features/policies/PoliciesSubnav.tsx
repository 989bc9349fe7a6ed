// The sub-navigation of Policies: plain links to the library, search, the standards crosswalk and import.
import { hashForPoliciesView, type PoliciesSection } from './policies-view';

const entries = [
  { section: 'library', label: 'Library' },
  { section: 'search', label: 'Search' },
  { section: 'standards', label: 'Standards' },
  { section: 'import', label: 'Import' },
] as const;

export function PoliciesSubnav({ current }: { current: PoliciesSection }) {
  return (
    <nav className="policies-subnav" aria-label="Policies views">
      {entries.map((entry) => (
        <a key={entry.section} className="policies-subnav__link" href={hashForPoliciesView({ section: entry.section })} aria-current={entry.section === current ? 'page' : undefined}>
          {entry.label}
        </a>
      ))}
    </nav>
  );
}
