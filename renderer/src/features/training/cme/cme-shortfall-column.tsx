// The CME shortfall beside each name on the reappointments list: read once, looked up by practitioner.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { call } from '../../../client';
import { Badge } from '../../../ui';
import { shortfallText } from './CmeView';

type Summary = OutputOf<'training.cmeShortfalls'>[number];

/** Practitioners short of CME whose reappointment falls within a year (the widest the reappointments list shows). */
export function useCmeShortfalls(): Map<string, Summary> | null {
  const [byStaff, setByStaff] = useState<Map<string, Summary> | null>(null);
  useEffect(() => {
    let current = true;
    call('training.cmeShortfalls', { withinDays: 365 })
      .then((rows) => current && setByStaff(new Map(rows.map((r) => [r.staffId, r]))))
      .catch(() => current && setByStaff(new Map()));
    return () => {
      current = false;
    };
  }, []);
  return byStaff;
}

export function CmeShortfallCell({ summary }: { summary: Summary | undefined }) {
  return summary ? <Badge tone="danger">CME short: {shortfallText(summary)}</Badge> : <span className="table__secondary">No shortfall</span>;
}
