// The dashboard: a welcome on first run, then the organisation at a glance and what to do next.
import { useEffect } from 'react';
import { useAppStore } from '../../app/app-store';
import { PageHeader } from '../../ui';
import { OrganisationAtAGlance } from './OrganisationAtAGlance';
import { useDashboardStore } from './store';
import { Welcome } from './Welcome';
import './dashboard.css';

export function DashboardScreen() {
  const info = useAppStore((state) => state.info);
  const load = useDashboardStore((state) => state.load);

  useEffect(() => {
    void load();
  }, [load]);

  if (!info) return <PageHeader title="Dashboard" description="Opening the database…" />;
  return info.isEmpty ? <Welcome /> : <OrganisationAtAGlance organisationName={info.organisationName} />;
}
