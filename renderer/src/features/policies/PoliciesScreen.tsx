// Policies and protocols: the library, a policy's page, the editor, the redline, search, the standards crosswalk and
// import, each named by the address after "#/policies/".
import { useEffect } from 'react';
import { EditorView } from './editor/EditorView';
import { ImportView } from './import/ImportView';
import { LibraryView } from './library/LibraryView';
import { usePolicyOrganisation } from './organisation-store';
import { PoliciesSubnav } from './PoliciesSubnav';
import { usePoliciesViewStore } from './policies-view';
import { PolicyView } from './policy/PolicyView';
import { RedlineView } from './redline/RedlineView';
import { SearchView } from './search/SearchView';
import { StandardsView } from './standards/StandardsView';
import './policies.css';

export function PoliciesScreen() {
  const view = usePoliciesViewStore((s) => s.view);
  const loadOrganisation = usePolicyOrganisation((s) => s.load);

  useEffect(() => {
    void loadOrganisation();
  }, [loadOrganisation]);

  const inPolicy = view.section === 'policy' || view.section === 'editor' || view.section === 'redline';
  return (
    <div className="policies" data-view={view.section}>
      <PoliciesSubnav current={inPolicy ? 'library' : view.section} />
      {view.section === 'library' && <LibraryView />}
      {view.section === 'search' && <SearchView />}
      {view.section === 'standards' && <StandardsView />}
      {view.section === 'import' && <ImportView />}
      {view.section === 'policy' && <PolicyView key={view.policyId} policyId={view.policyId} />}
      {view.section === 'editor' && <EditorView key={view.versionId} policyId={view.policyId} versionId={view.versionId} />}
      {view.section === 'redline' && <RedlineView key={view.policyId} policyId={view.policyId} fromVersionId={view.fromVersionId} toVersionId={view.toVersionId} />}
    </div>
  );
}
