// The standards a policy cites (Joint Commission, CMS, DNV), and choosing them from the crosswalk's list.
import { useState } from 'react';
import type { OutputOf } from '../../../../../shared/contract';
import { call, readableMessage } from '../../../client';
import { describeStanding } from '../../../../../shared/domain/standard-editions';
import { Button, Card, formatDay, toastSuccess } from '../../../ui';
import { hashForPoliciesView } from '../policies-view';
import { usePolicyPageStore, type Policy } from './store';

type StandardWithPolicies = OutputOf<'standards.list'>[number];

export function StandardsCitedPanel({ policy }: { policy: Policy }) {
  const show = usePolicyPageStore((s) => s.show);
  const [all, setAll] = useState<StandardWithPolicies[] | null>(null);
  const [chosen, setChosen] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  async function startEditing() {
    try {
      setAll(await call('standards.list', {}));
      setChosen(new Set(policy.standards.map((s) => s.id)));
    } catch (e) {
      setError(readableMessage(e));
    }
  }

  async function save() {
    setBusy(true);
    try {
      show(await call('policies.setStandards', { policyId: policy.id, standardIds: [...chosen] }));
      toastSuccess('Standards saved');
      setAll(null);
    } catch (e) {
      setError(readableMessage(e));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Card title="Standards cited" actions={!all && <Button variant="ghost" onClick={() => void startEditing()}>Edit</Button>}>
      {error && <p className="field__error" role="alert">{error}</p>}
      {all ? (
        <div className="standards-choice">
          {all.length === 0 && (
            <p className="policies__muted">
              The crosswalk is empty. <a href={hashForPoliciesView({ section: 'standards' })}>Add standards</a> first.
            </p>
          )}
          <ul className="standards-choice__list" aria-label="Standards">
            {all.map((s) => (
              <li key={s.id}>
                <label className="standards-choice__item">
                  <input
                    type="checkbox"
                    checked={chosen.has(s.id)}
                    onChange={(e) => {
                      const next = new Set(chosen);
                      if (e.target.checked) next.add(s.id);
                      else next.delete(s.id);
                      setChosen(next);
                    }}
                  />
                  <span>
                    <span className="standard-code">{s.body} {s.code}</span> {s.title}
                    {s.standing.state === 'stale' && <span className="policies__muted"> — no longer in force</span>}
                  </span>
                </label>
              </li>
            ))}
          </ul>
          <div className="side-form__buttons">
            <Button onClick={() => setAll(null)}>Cancel</Button>
            <Button variant="primary" busy={busy} onClick={() => void save()}>Save standards</Button>
          </div>
        </div>
      ) : policy.standards.length === 0 ? (
        <p className="policies__muted">None cited.</p>
      ) : (
        <ul className="side-list" aria-label="Standards cited">
          {policy.standards.map((s) => (
            <li key={s.id} data-testid="cited-standard">
              <span className="standard-code">{s.body} {s.code}</span>
              <div className="policies__muted">{s.title}</div>
              <div className="policies__muted">{s.edition ? `${s.edition.name} · effective ${formatDay(s.edition.effectiveOn)}` : 'Edition not recorded'}</div>
              {s.standing.state !== 'current' && (
                <div className={`standards__standing standards__standing--${s.standing.state}`} role="note">
                  {describeStanding(s.standing, formatDay)}
                  {s.standing.successors.length > 0 ? `: cite ${s.standing.successors.map((x) => `${x.body} ${x.code}`).join(' and ')} instead` : ': choose what to cite instead'}
                </div>
              )}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}
