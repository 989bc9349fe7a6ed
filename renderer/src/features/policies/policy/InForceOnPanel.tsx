// "Which version was in force on 3 March?": pick a day, read the one answer the core gives.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { call, readableMessage } from '../../../client';
import { Card } from '../../../ui';
import { formatDay } from '../format';
import { usePolicyOrganisation } from '../organisation-store';
import { hashForEditor } from '../policies-view';
import type { Policy } from './store';

export function InForceOnPanel({ policy }: { policy: Policy }) {
  const today = usePolicyOrganisation((s) => s.today);
  const [date, setDate] = useState(today);
  const [answer, setAnswer] = useState<{ date: string; version: OutputOf<'policies.inForceOn'> } | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) return;
    let current = true;
    call('policies.inForceOn', { policyId: policy.id, date })
      .then((version) => current && (setAnswer({ date, version }), setError(null)))
      .catch((e) => current && setError(readableMessage(e)));
    return () => {
      current = false;
    };
    // The versions change when one is approved; the answer must follow.
  }, [policy.id, policy.versions, date]);

  return (
    <Card title="In force on" className="in-force">
      <label className="visually-hidden" htmlFor="in-force-date">In force on date</label>
      <input id="in-force-date" type="date" className="field__control" value={date} onChange={(e) => setDate(e.target.value)} />
      {error && <p className="field__error" role="alert">{error}</p>}
      {answer && (
        <p className="in-force__answer" data-testid="in-force-answer" aria-live="polite">
          {answer.version ? (
            <>
              On {formatDay(answer.date)}: <a href={hashForEditor(policy.id, answer.version.id)}>version {answer.version.number}</a>, effective {formatDay(answer.version.effectiveOn)}.
            </>
          ) : (
            <>No version was in force on {formatDay(answer.date)}.</>
          )}
        </p>
      )}
    </Card>
  );
}
