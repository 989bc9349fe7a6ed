// Tracked changes between any two versions of a policy, word by word, read as the policy reads: insertions
// underlined, deletions struck through, each also named in words (a legend and counts), so colour is never the only signal.
import { useEffect, useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { call, readableMessage } from '../../../client';
import { ArrowLeftIcon, Card, PageHeader } from '../../../ui';
import { plural } from '../format';
import { versionStateLabel } from '../labels';
import { RedlineDocument } from './RedlineDocument';
import { goTo, hashForPolicy, hashForRedline } from '../policies-view';

type Policy = OutputOf<'policies.get'>;
type Redline = OutputOf<'policies.redline'>;

export function RedlineView({ policyId, fromVersionId, toVersionId }: { policyId: string; fromVersionId: string | null; toVersionId: string | null }) {
  const [policy, setPolicy] = useState<Policy | null>(null);
  const [redline, setRedline] = useState<Redline | null>(null);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    call('policies.get', { id: policyId }).then(setPolicy, (e) => setError(readableMessage(e)));
  }, [policyId]);

  const versions = policy ? [...policy.versions].sort((a, b) => a.number - b.number) : [];
  // Without a choice in the address: the newest version against the one before it.
  const to = toVersionId ?? versions.at(-1)?.id ?? null;
  const from = fromVersionId ?? versions.at(-2)?.id ?? null;

  useEffect(() => {
    if (!from || !to) return;
    let current = true;
    setRedline(null);
    call('policies.redline', { fromVersionId: from, toVersionId: to }).then(
      (r) => current && setRedline(r),
      (e) => current && setError(readableMessage(e)),
    );
    return () => {
      current = false;
    };
  }, [from, to]);

  const options = versions.map((v) => ({ value: v.id, label: `Version ${v.number} — ${versionStateLabel(v.state)}` }));
  const numberOf = (id: string | null) => versions.find((v) => v.id === id)?.number;

  return (
    <>
      <a className="policies__back" href={hashForPolicy(policyId)}>
        <ArrowLeftIcon /> Back to the policy
      </a>
      <PageHeader title={policy ? `${policy.reference} — changes` : 'Changes'} description={policy?.title} />
      {error && <p className="policies-alert" role="alert">{error}</p>}
      {policy && versions.length < 2 && <p className="policies__muted">This policy has one version so far; there is nothing to compare yet.</p>}
      {policy && from && to && (
        <Card className="redline">
          <div className="redline__toolbar">
            <label className="field">
              <span className="field__label">From</span>
              <select className="field__control" value={from} onChange={(e) => goTo(hashForRedline(policyId, e.target.value, to))}>
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <label className="field">
              <span className="field__label">To</span>
              <select className="field__control" value={to} onChange={(e) => goTo(hashForRedline(policyId, from, e.target.value))}>
                {options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
              </select>
            </label>
            <ul className="redline__legend" aria-label="Legend">
              <li><ins className="redline__added">Inserted</ins> underlined, green</li>
              <li><del className="redline__removed">Deleted</del> struck through, red</li>
            </ul>
          </div>
          {redline && (
            <>
              <p className="redline__counts" data-testid="redline-counts">
                From version {numberOf(from)} to version {numberOf(to)}: {plural(redline.added, 'word')} inserted, {plural(redline.removed, 'word')} deleted.
              </p>
              <div className="redline__text" data-testid="redline-text">
                <RedlineDocument segments={redline.segments} />
              </div>
            </>
          )}
        </Card>
      )}
    </>
  );
}
