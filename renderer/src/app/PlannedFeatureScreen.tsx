// The screen of a feature whose records have not arrived yet: what it will hold, and what it will build on that already exists.
import { useEffect, type ReactNode } from 'react';
import { Card, EmptyState, PageHeader, type PlannedCapability } from '../ui';
import type { RecordCounts, RecordCountsStore } from './record-counts-store';

export interface PlannedFeatureScreenProps {
  title: string;
  description: string;
  icon: ReactNode;
  emptyTitle: string;
  emptyDescription: string;
  capabilities: readonly PlannedCapability[];
  store: RecordCountsStore;
  /** A sentence on how this feature will use the records already in the database, or null when it has none to say. */
  foundation: (counts: RecordCounts) => string | null;
}

export function PlannedFeatureScreen({ title, description, icon, emptyTitle, emptyDescription, capabilities, store, foundation }: PlannedFeatureScreenProps) {
  const counts = store((state) => state.counts);
  const load = store((state) => state.load);
  useEffect(() => {
    void load();
  }, [load]);
  const note = counts ? foundation(counts) : null;
  return (
    <>
      <PageHeader title={title} description={description} />
      <Card>
        <EmptyState icon={icon} title={emptyTitle} description={emptyDescription} capabilities={capabilities} />
        {note && <p className="planned-feature__note">{note}</p>}
      </Card>
    </>
  );
}

/** "250 staff in 17 departments", or null before any staff exist. */
export function staffPhrase(counts: RecordCounts): string | null {
  const staff = counts['staff'] ?? 0;
  const departments = counts['departments'] ?? 0;
  if (staff === 0) return null;
  return `${staff.toLocaleString()} staff in ${departments.toLocaleString()} ${departments === 1 ? 'department' : 'departments'}`;
}
